// Loaded only for a split feed, in a file of its own (`bildung-*.split.js` next to an editor
// bundle, with the finder's Land-scale code that uses it): it imports nothing from the main file
// at run time; what it needs from there comes in as `SplitDeps`.
import type { Offer, OfferChunks } from './feed.types.js';
import type { FetchResult, fetchWithin } from './loader.js';
import type { Checking, Problem } from './validate.js';
import { checkEntries } from './checker.js';
import { readPrebuiltIndex, type PackedIndex } from '../search/prebuilt.js';

/** What the split-feed code uses from the main bundle. */
export interface SplitDeps {
  /** Fetches a file with the feed loader's timeout and error kinds (`fetchWithin` of loader.ts). */
  fetch: typeof fetchWithin;
  /** The validator's pieces (`checking` of validate.ts): each chunk's offers are checked like a feed's. */
  checking: Checking;
  /** Tells the console about a chunk's problems (`reportProblems` of loader.ts). */
  report(url: string, problems: Problem[]): unknown;
  /** Paces long work (`slicer` of scheduling.ts). */
  slicer(): () => Promise<void>;
}

const shared = new Map<string, SplitOffers>();

/**
 * The offers of a split feed, shared per feed URL and manifest by every finder on the page (a
 * retry that brings a new manifest gets a new store). Throws a `RangeError` naming the mistake
 * for a manifest that cannot describe a split feed.
 */
export function splitOffers(feedUrl: string, spec: OfferChunks, deps: SplitDeps): SplitOffers {
  const key = `${feedUrl}\u0000${JSON.stringify(spec)}`;
  let store = shared.get(key);
  if (!store) shared.set(key, (store = new SplitOffers(feedUrl, spec, deps)));
  return store;
}

/** Forgets every split feed (with `clearFeedCache`, for tests and pages that swap feeds). */
export function clearSplitOffers(): void {
  shared.clear();
}

/** What a chunk or index request can end in. */
export type SplitResult<T> = FetchResult<T>;

/**
 * The offers of a split feed (`offerChunks`, see docs/FEED.md): the prebuilt index first, then
 * only the chunks whose offers are shown. Shared by every finder on the page that names the same
 * feed; each chunk is fetched once (again only after a failure).
 */
export class SplitOffers {
  readonly count: number;
  readonly chunkSize: number;
  private readonly offers: (Offer | null | undefined)[];
  private readonly chunkUrls: string[];
  private readonly indexUrl: string;
  private readonly pending = new Map<number, Promise<void>>();
  private readonly failedChunks = new Set<number>();
  /** Problems in the chunks loaded so far, each pointer prefixed by its chunk's path (`angebote/teil-0001.….json#/offers/3/name`). */
  readonly problems: Problem[] = [];
  private readonly chunkPaths: readonly string[];
  private index?: Promise<SplitResult<PackedIndex>>;

  /**
   * Throws a `RangeError` naming the mistake when the manifest cannot describe a split feed
   * (chunk count not matching `count`/`chunkSize`, a file on another origin).
   */
  constructor(
    readonly feedUrl: string,
    spec: OfferChunks,
    private readonly deps: SplitDeps,
  ) {
    this.count = spec.count;
    this.chunkSize = spec.chunkSize;
    const expected = Math.ceil(spec.count / spec.chunkSize);
    if (spec.chunks.length !== expected) {
      throw new RangeError(`offerChunks: ${spec.chunks.length} chunk files listed, ${expected} expected for ${spec.count} offers of ${spec.chunkSize}`);
    }
    const resolve = (path: string) => {
      const url = new URL(path, feedUrl);
      if (url.origin !== new URL(feedUrl).origin) throw new RangeError(`offerChunks: ${path} lies outside the feed's origin`);
      return url.href;
    };
    this.indexUrl = resolve(spec.index);
    this.chunkUrls = spec.chunks.map(resolve);
    this.chunkPaths = spec.chunks;
    this.offers = new Array<Offer | null | undefined>(spec.count);
  }

  /** The prebuilt index, read once (again after a failure). */
  prebuilt(fieldNames: readonly string[]): Promise<SplitResult<PackedIndex>> {
    const index = (this.index ??= this.deps.fetch(this.indexUrl, async (response) =>
      readPrebuiltIndex(await response.arrayBuffer(), fieldNames, this.deps.slicer()),
    ));
    void index.then((result) => {
      if (!result.ok && this.index === index) this.index = undefined;
    });
    return index;
  }

  /** The offer at position `i`: `undefined` while its chunk is not loaded, `null` when it failed. */
  offer(i: number): Offer | null | undefined {
    return this.offers[i];
  }

  /** Chunks that hold these positions and are not loaded yet. */
  missing(positions: Iterable<number>): number[] {
    const chunks = new Set<number>();
    for (const i of positions) if (this.offers[i] === undefined) chunks.add(Math.floor(i / this.chunkSize));
    return [...chunks];
  }

  /** Forgets the chunks that could not be loaded, so the next `loadChunk` fetches them again. */
  retryFailed(): void {
    for (const chunk of this.failedChunks) {
      const from = chunk * this.chunkSize;
      for (let i = from; i < Math.min(this.count, from + this.chunkSize); i++) this.offers[i] = undefined;
    }
    this.failedChunks.clear();
  }

  /** Loads one chunk (once at a time); resolves when it has settled, loaded or failed. */
  loadChunk(chunk: number): Promise<void> {
    let pending = this.pending.get(chunk);
    if (!pending) {
      const url = this.chunkUrls[chunk]!;
      pending = this.deps.fetch(url, (response) => response.json() as Promise<unknown>).then((result) => {
        this.pending.delete(chunk);
        this.store(chunk, url, result);
      });
      this.pending.set(chunk, pending);
    }
    return pending;
  }

  private store(chunk: number, url: string, result: SplitResult<unknown>) {
    const from = chunk * this.chunkSize;
    const size = Math.min(this.chunkSize, this.count - from);
    const doc = result.ok ? (result.value as { version?: unknown; offers?: unknown }) : undefined;
    const entries = doc && typeof doc === 'object' && doc.version === 1 && Array.isArray(doc.offers) ? doc.offers : undefined;
    if (!entries || entries.length !== size) {
      this.failedChunks.add(chunk);
      for (let i = 0; i < size; i++) this.offers[from + i] = null;
      console.error(
        `bildung-widgets: ${url}: ${result.ok ? `not a chunk of ${size} offers (version 1, "offers")` : `could not be loaded (${result.error.kind}${result.error.detail ? ` ${result.error.detail}` : ''})`}`,
      );
      return;
    }
    // Every chunk is checked like a feed of its own; an offer that fails stays in its place as `null`.
    const { entries: checked, problems } = checkEntries('offers', entries, this.deps.checking);
    checked.forEach((offer, i) => (this.offers[from + i] = (offer as Offer | undefined) ?? null));
    if (problems.length) this.deps.report(url, problems);
    for (const p of problems) this.problems.push({ ...p, pointer: `${this.chunkPaths[chunk]}#${p.pointer}` });
  }
}

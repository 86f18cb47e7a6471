import type { Offer, OfferChunks } from './feed.types.js';
import { feedOptions, type FeedError } from './loader.js';
import { checkEntries, type Problem } from './validate.js';
import { formatProblem } from './problems.js';
import { readPrebuiltIndex, PrebuiltIndexError, type PrebuiltIndex } from '../search/prebuilt.js';
import type { SearchField } from '../search/search-index.js';

/** What a chunk or index request can end in. */
export type SplitResult<T> = { ok: true; value: T } | { ok: false; error: FeedError };

/** Fetches one file beside the feed, with the feed's timeout; never throws. */
async function fetchFile<T>(url: string, read: (response: Response) => Promise<T>): Promise<SplitResult<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), feedOptions.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, error: { kind: 'http', detail: String(response.status) } };
    return { ok: true, value: await read(response) };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: { kind: 'timeout' } };
    if (error instanceof SyntaxError || error instanceof PrebuiltIndexError) {
      console.error(`bildung-widgets: ${url}: ${error.message}`);
      return { ok: false, error: { kind: 'parse' } };
    }
    return { ok: false, error: { kind: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}

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
  private index?: Promise<SplitResult<PrebuiltIndex>>;

  /**
   * Throws a `RangeError` naming the mistake when the manifest cannot describe a split feed
   * (chunk count not matching `count`/`chunkSize`, a file on another origin).
   */
  constructor(
    readonly feedUrl: string,
    spec: OfferChunks,
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
    this.offers = new Array<Offer | null | undefined>(spec.count);
  }

  /** The prebuilt index, read once (again after a failure). */
  prebuilt(fields: readonly SearchField<Offer>[]): Promise<SplitResult<PrebuiltIndex>> {
    const index = (this.index ??= fetchFile(this.indexUrl, async (response) => readPrebuiltIndex(await response.arrayBuffer(), fields)));
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

  /** Forgets failed chunks, so the next `load` fetches them again. */
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
      pending = fetchFile(url, (response) => response.json() as Promise<unknown>).then((result) => {
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
    const { entries: checked, problems } = checkEntries('offers', entries);
    checked.forEach((offer, i) => (this.offers[from + i] = (offer as Offer | undefined) ?? null));
    reportChunkProblems(url, problems);
  }
}

function reportChunkProblems(url: string, problems: Problem[]) {
  if (problems.length) console.warn(`bildung-widgets: ${url}:\n${problems.map((p) => `  ${formatProblem(p, 'en')}`).join('\n')}`);
}

const shared = new Map<string, SplitOffers>();

/** The split offers of a feed, shared per feed URL and manifest (a retry that brings a new manifest gets a new store). */
export function splitOffers(feedUrl: string, spec: OfferChunks): SplitOffers {
  const key = `${feedUrl}\u0000${JSON.stringify(spec)}`;
  let store = shared.get(key);
  if (!store) shared.set(key, (store = new SplitOffers(feedUrl, spec)));
  return store;
}

/** Forgets every split feed (with `clearFeedCache`, for tests and pages that swap feeds). */
export function clearSplitOffers(): void {
  shared.clear();
}

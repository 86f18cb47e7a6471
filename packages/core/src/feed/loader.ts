import type { Feed } from './feed.types.js';
import { validateFeedInSlices, type Problem } from './validate.js';
import { formatProblem } from './problems.js';
import type { JsonFeedParser } from './parse.js';
import { slicer } from '../scheduling.js';
import { DEFAULT_LANG } from '../i18n/i18n.js';

/** Why a feed could not be used. */
export type FeedErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'version';

export interface FeedError {
  kind: FeedErrorKind;
  /** HTTP status for `http`, the unsupported version for `version`. */
  detail?: string;
}

export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; problems: Problem[] }
  | { status: 'error'; error: FeedError };

/** Loader settings. `timeoutMs`: how long a feed may take before the widgets give up and offer a retry. */
export const feedOptions = { timeoutMs: 15_000 };

type Listener = (state: FeedState) => void;

/**
 * One feed URL: fetched once, parsed and validated once, shared by every widget that names it,
 * however late a widget upgrades.
 */
export class FeedResource {
  private current: FeedState = { status: 'loading' };
  private readonly listeners = new Set<Listener>();
  private started = false;
  private generation = 0;

  constructor(readonly url: string) {}

  get state(): FeedState {
    return this.current;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.started) void this.load();
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Fetches again (after an error); every subscribed widget follows. */
  retry(): void {
    void this.load();
  }

  private set(state: FeedState) {
    this.current = state;
    for (const listener of [...this.listeners]) {
      try {
        listener(state);
      } catch (error) {
        // One broken widget must not stop the others from getting their data.
        console.error('bildung-widgets: listener failed', error);
      }
    }
  }

  private async load(): Promise<void> {
    this.started = true;
    const generation = ++this.generation;
    if (this.current.status !== 'loading') this.set({ status: 'loading' });
    const state = await fetchFeed(this.url);
    if (generation === this.generation) this.set(state);
  }
}

/** What a request for a feed's file ends in: its content, or why not. */
export type FetchResult<T> = { ok: true; value: T } | { ok: false; error: FeedError };

/**
 * Fetches a feed's file with the feed timeout and reads the response with `read`; never throws.
 * HTTP errors, the timeout and network failures become a `FeedError`, and so does a file `read`
 * cannot make sense of (it throws a `SyntaxError`: kind `parse`, the reason on the console).
 */
export async function fetchWithin<T>(url: string, read: (response: Response) => Promise<T>, headers?: Record<string, string>): Promise<FetchResult<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), feedOptions.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers });
    if (!response.ok) return { ok: false, error: { kind: 'http', detail: String(response.status) } };
    return { ok: true, value: await read(response) };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: { kind: 'timeout' } };
    if (!(error instanceof SyntaxError)) return { ok: false, error: { kind: 'network' } };
    console.error(`bildung-widgets: ${url}: ${error.message}`);
    return { ok: false, error: { kind: 'parse' } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * From this many bytes a feed is parsed piece by piece while it downloads. Below, the browser's
 * own parse (~150 MB/s here) blocks for ~100 ms at most and is quicker overall (10,000 offers are
 * ~11 MB).
 */
const BIG_FEED_BYTES = 16_000_000;

/**
 * Reads a feed's JSON while it downloads, with a turn for the browser between pieces (a feed of
 * unknown size: a server that compresses on the fly sends no length). A big feed is parsed piece
 * by piece too, by the parser that comes with the split-feed code (`JsonFeedParser`,
 * in `bildung-*.split.js` next to an editor bundle), so it never blocks the page for long; a small
 * feed, or a big one when that file cannot load, is parsed in one go.
 */
export async function readJson(response: Response): Promise<unknown> {
  // A feed known to be small: the browser parses the bytes itself, which is quickest and keeps
  // its strings compact (10,000 offers: ~10 ms quicker and ~10 MB less than decoding them here).
  // Compressed JSON is ~5–10 times smaller than the text it unpacks to.
  const length = Number(response.headers.get('content-length') ?? NaN) * (response.headers.has('content-encoding') ? 10 : 1);
  if (!response.body || length < BIG_FEED_BYTES) return response.json();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const turn = slicer();
  const pieces: string[] = [];
  let bytes = 0;
  // `null`: the parser could not be loaded.
  let parser: JsonFeedParser | null | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    const piece = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (parser) parser.push(piece);
    else pieces.push(piece);
    if (done) return parser ? parser.end() : JSON.parse(pieces.join(''));
    bytes += value.byteLength;
    if (parser === undefined && bytes >= BIG_FEED_BYTES) {
      parser = await import('./parse.js').then(
        ({ JsonFeedParser }) => new JsonFeedParser(),
        (error: unknown) => (console.warn(`bildung-widgets: ${response.url}: big feed read in one go (${String(error)})`), null),
      );
      if (parser) {
        for (const earlier of pieces.splice(0)) {
          parser.push(earlier);
          await turn();
        }
      }
    }
    await turn();
  }
}

async function fetchFeed(url: string): Promise<FeedState> {
  const fetched = await fetchWithin(url, readJson, { accept: 'application/json' });
  if (!fetched.ok) return { status: 'error', error: fetched.error };
  const doc = fetched.value;
  const { feed, problems } = await validateFeedInSlices(doc);
  if (!feed) {
    const version = problems.find((p) => p.code === 'version');
    return version
      ? { status: 'error', error: { kind: 'version', detail: version.actual ?? '?' } }
      : { status: 'error', error: { kind: 'parse' } };
  }
  reportProblems(url, problems);
  return { status: 'ready', feed, problems };
}

/** One console summary per feed, so an editor sees every skipped entry in one place. */
export function reportProblems(url: string, problems: Problem[]): void {
  if (!problems.length) return;
  // In the widgets' default language, whatever the page's: the people who fix feeds read German.
  const lines = problems.map((p) => `  ${formatProblem(p, DEFAULT_LANG)}`);
  console.warn(`bildung-widgets: ${url}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the feed\n${lines.join('\n')}`);
}

const resources = new Map<string, FeedResource>();

/** The shared resource for a feed URL (resolved against the page). */
export function feedResource(src: string, base: string = document.baseURI): FeedResource {
  const url = new URL(src, base).href;
  let resource = resources.get(url);
  if (!resource) resources.set(url, (resource = new FeedResource(url)));
  return resource;
}

/** Forgets every loaded feed. For tests and for pages that swap feeds without reloading. */
export function clearFeedCache(): void {
  resources.clear();
}

import type { Feed } from './feed.types.js';
import { checking, validateFeedInSlices, type Problem } from './validate.js';
import type { JsonFeedParser } from './parse.js';
import type { FeedChecker } from './checker.js';
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
 * Hears of a section's entries checked while a big feed still downloads: `kept` is the section's
 * list so far (the very list the ready feed will hold), `from` where the new entries start.
 */
export type EntriesListener = (section: string, kept: readonly unknown[], from: number) => void;

/**
 * One feed URL: fetched once, parsed and validated once, shared by every widget that names it,
 * however late a widget upgrades.
 */
export class FeedResource {
  private current: FeedState = { status: 'loading' };
  // (Names no other code uses, so the editor files shorten them: see scripts/private-members.mjs.)
  private readonly stateListeners = new Set<Listener>();
  private readonly entryListeners = new Set<EntriesListener>();
  /** How many loads have started: 0 until the first subscriber; only the latest load's result counts. */
  private generation = 0;

  constructor(readonly url: string) {}

  get state(): FeedState {
    return this.current;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.stateListeners.add(listener);
    if (!this.generation) void this.startLoad();
    listener(this.current);
    return () => this.stateListeners.delete(listener);
  }

  /** Calls `listener` with the entries checked while the feed downloads (see `EntriesListener`). */
  watchEntries(listener: EntriesListener): () => void {
    this.entryListeners.add(listener);
    return () => this.entryListeners.delete(listener);
  }

  /** Fetches again (after an error); every subscribed widget follows. */
  retry(): void {
    void this.startLoad();
  }

  private setState(state: FeedState) {
    this.current = state;
    for (const listener of [...this.stateListeners]) tell(listener, state);
  }

  private entriesChecked = (section: string, kept: readonly unknown[], from: number) => {
    for (const listener of [...this.entryListeners]) tell(listener, section, kept, from);
  };

  private async startLoad(): Promise<void> {
    const generation = ++this.generation;
    if (this.current.status !== 'loading') this.setState({ status: 'loading' });
    const state = await fetchFeed(this.url, this.entriesChecked);
    if (generation === this.generation) this.setState(state);
  }
}

/** Calls a widget's listener; one broken widget must not stop the others from getting their data. */
function tell<A extends unknown[]>(listener: (...args: A) => void, ...args: A) {
  try {
    listener(...args);
  } catch (error) {
    console.error('bildung-widgets: listener failed', error);
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
 * From this many bytes a feed is parsed piece by piece while it downloads, and its entries are
 * checked (and the finder's offers indexed) as they arrive: most of the work is done by the last
 * byte. Below, the browser's own parse (`response.json()`) is quicker, and the little work left
 * after it is soon done.
 */
const PIECEWISE_FROM = 2_000_000;

/**
 * Reads a feed's JSON. A feed of unknown size (a server that compresses on the fly sends no
 * length) is read as it downloads, with a turn for the browser between pieces. A big one is
 * parsed piece by piece too, by the parser that comes with the split-feed code (`JsonFeedParser`,
 * in `bildung-*.split.js` next to an editor bundle), which hands each group of a list's entries
 * to `onEntries` as soon as it is parsed, with the class that checks them (`FeedChecker`, in the
 * same file); so the page never blocks for long. A small feed, or a big one when that file cannot
 * load, is parsed in one go.
 */
export async function readJson(
  response: Response,
  onEntries?: (key: string, entries: readonly unknown[], from: number, checker: typeof FeedChecker) => void,
): Promise<unknown> {
  // A feed known to be small: the browser parses the bytes itself, which is quickest and keeps
  // its strings compact. Compressed JSON is ~5–10 times smaller than the text it unpacks to.
  const length = Number(response.headers.get('content-length') ?? NaN) * (response.headers.has('content-encoding') ? 10 : 1);
  if (!response.body || length < PIECEWISE_FROM) return response.json();
  const loadParser = () =>
    import('./parse.js').then(
      ({ JsonFeedParser, FeedChecker }) => new JsonFeedParser(onEntries && ((key, entries, from) => onEntries(key, entries, from, FeedChecker))),
      (error: unknown) => (console.warn(`bildung-widgets: ${response.url}: big feed read in one go (${String(error)})`), null),
    );
  // Known to be big (a length here is one from PIECEWISE_FROM; unknown is NaN): the parser loads
  // while the first bytes arrive.
  let loading = length ? loadParser() : undefined;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const turn = slicer();
  const pieces: string[] = [];
  let bytes = 0;
  // `null`: the parser could not be loaded.
  let parser: JsonFeedParser | null | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    // (At the end: no bytes, and whatever the decoder still holds.)
    const piece = decoder.decode(value, { stream: !done });
    (parser || pieces).push(piece);
    if (done) return parser ? parser.end() : JSON.parse(pieces.join(''));
    bytes += value.byteLength;
    if (parser === undefined && bytes >= PIECEWISE_FROM) {
      parser = await (loading ??= loadParser());
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

async function fetchFeed(url: string, onChecked: EntriesListener): Promise<FeedState> {
  // The entries of a big feed are checked as they arrive; the rest once it is all there.
  let checker: FeedChecker | undefined;
  const fetched = await fetchWithin(
    url,
    (response) => readJson(response, (key, entries, from, Checker) => (checker ??= new Checker(onChecked, checking)).entries(key, entries, from)),
    { accept: 'application/json' },
  );
  if (!fetched.ok) return { status: 'error', error: fetched.error };
  const doc = fetched.value;
  const { feed, problems } = checker?.finish(doc) ?? (await validateFeedInSlices(doc));
  if (!feed) {
    const version = problems.find((p) => p.code === 'version');
    return { status: 'error', error: version ? { kind: 'version', detail: version.actual ?? '?' } : { kind: 'parse' } };
  }
  // On the console once their texts are loaded; the widgets do not wait for that.
  void reportProblems(url, problems);
  return { status: 'ready', feed, problems };
}

/** Formats a problem for an editor: `/offers/4/name: Text erwartet, Zahl gefunden`. */
export type ProblemFormat = (problem: Problem, lang?: string) => string;

let loadingProblemTexts: Promise<ProblemFormat> | undefined;
let problemFormat: ProblemFormat | undefined;
/** Why the problem texts could not be loaded, if so. */
let problemTextsFailed: string | undefined;

/**
 * The problem texts (`formatProblem`), from a file of their own next to an editor bundle
 * (`bildung-*.problems.js`): only a feed with problems needs them. Without that file a problem
 * is named by its pointer and code.
 */
export function problemTexts(): Promise<ProblemFormat> {
  return (loadingProblemTexts ??= import('./problems.js').then(
    (m) => (problemFormat = m.formatProblem),
    (error: unknown) => {
      problemTextsFailed = String(error);
      return (problemFormat = (p: Problem) => `${p.pointer || '/'}: ${p.code}`);
    },
  ));
}

/** The problem texts if `problemTexts` has loaded them. */
export function loadedProblemTexts(): ProblemFormat | undefined {
  return problemFormat;
}

/** One console summary per feed, so an editor sees every skipped entry in one place. */
export async function reportProblems(url: string, problems: Problem[]): Promise<void> {
  if (!problems.length) return;
  const format = await problemTexts();
  // In the widgets' default language, whatever the page's: the people who fix feeds read German.
  const lines = problems.map((p) => `  ${format(p, DEFAULT_LANG)}`);
  const missing = problemTextsFailed ? ` (named by code: the texts could not be loaded, ${problemTextsFailed})` : '';
  console.warn(`bildung-widgets: ${url}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the feed${missing}\n${lines.join('\n')}`);
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

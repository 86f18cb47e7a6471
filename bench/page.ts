// The in-page half of the search benchmark: bundled by bench/run.mjs with esbuild and driven by
// puppeteer-core. It imports the REAL widget (define entry) and core, plus fuse.js and MiniSearch
// as references, and exposes `window.bench.run(args)`.
import '../packages/angebote/src/angebote.js';
import { OFFER_SEARCH_FIELDS, type BildungAngebote } from '../packages/angebote/src/angebote.component.js';
import { SearchIndex, type Feed, type Offer } from '../packages/core/src/index.js';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { prng } from './prng.mjs';
import { JUDGED, SEARCH_CORPUS, TYPO_CASES } from '../packages/core/src/search/search.examples.js';

export type Impl = 'ours' | 'ours-split' | 'fuse' | 'minisearch';

export interface RunArgs {
  impl: Impl;
  feedUrl: string;
  /** ours-split: the manifest written by `bildung-feed build-index`, and the offer ids in its list order. */
  splitUrl?: string;
  idsUrl?: string;
  queries: string[];
  /** Per query, the ids of the offers the visitor means. */
  targets: string[][];
  /** Per query, the prefix lengths to type (1…length when every keystroke counts). */
  prefixes: number[][];
  warmupPasses: number;
  passes: number;
  seed: number;
  /** Results shown, as in the widget's default page size. */
  pageSize: number;
}

export interface Keystroke {
  query: number;
  len: number;
  pass: number;
  /** dispatch → results in the DOM (widget: `updateComplete`; baselines: search + DOM list). */
  update: number;
  /** … + one requestAnimationFrame: the benchmark's headline number. */
  raf: number;
  /** … + a task after that frame (style, layout and paint of the frame included). */
  paint: number;
  /** The search call alone on the same prefix (ours: `SearchIndex.search` on an identical index, run untimed-after). */
  search: number;
  count: number;
  /** ours-split: … until every result on screen has arrived from its chunk (network included). */
  loaded?: number;
}

export interface Hit {
  query: number;
  /** The visible list (first `pageSize` results) holds a target. */
  hit: boolean;
  /** 1-based rank of the first target among all results; 0 = none. */
  firstRank: number;
  count: number;
  targets: number;
  /** How many of the targets are anywhere in the results. */
  targetsFound: number;
  top3: string[];
}

export interface RunResult {
  impl: Impl;
  build: Record<string, number>;
  keystrokes: Keystroke[];
  hits: Hit[];
}

const now = () => performance.now();
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const afterFrame = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Builds an index three times on fresh instances (the first is colder): median and first time go into `build`. */
function timedIndex<T>(build: Record<string, number>, make: () => T): T {
  const times: number[] = [];
  let index!: T;
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    index = make();
    times.push(now() - t0);
  }
  build.indexMs = median(times);
  build.indexFirstMs = times[0]!;
  return index;
}

async function loadOffers(url: string): Promise<{ offers: Offer[]; ms: number }> {
  const t0 = now();
  const feed = (await (await fetch(url, { cache: 'no-store' })).json()) as Feed;
  return { offers: feed.offers ?? [], ms: now() - t0 };
}

/** Watches long tasks (> 50 ms) from now on; `stop()` gives the longest, in ms (0 if none). */
function watchLongTasks(): { stop(): number } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      return longest;
    },
  };
}

/** Resolves once `test()` holds, checked every frame. */
async function frameUntil(test: () => boolean): Promise<void> {
  while (!test()) await frame();
}

/** One implementation behind a common face: set the query, get the ordered result ids. */
interface Subject {
  setQuery(query: string): Promise<void>;
  /** Milliseconds of the search call alone for `query` (no rendering). */
  searchOnly(query: string): number;
  /** Ordered result ids of the current query (all of them), and the visible ones. */
  results(): { all: string[]; visible: string[] };
  /** ours-split: resolves when every result on screen has arrived from its chunk. */
  settle?(): Promise<void>;
}

async function oursSubject(args: RunArgs, build: Record<string, number>): Promise<Subject> {
  const { offers, ms } = await loadOffers(args.feedUrl);
  build.fetchParseMs = ms;
  // Index alone.
  const index = timedIndex(build, () => new SearchIndex(offers, OFFER_SEARCH_FIELDS));
  // fuse.js over the vocabulary is created lazily by the first query word of 4+ letters.
  let t0 = now();
  index.search('zzzq');
  build.firstFuzzySearchMs = now() - t0;
  const again: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = now();
    index.search('zzzq');
    again.push(now() - t0);
  }
  build.secondFuzzySearchMs = median(again);

  // The real widget: from setting the feed to the first render with data.
  const el = await loadWidget(args.feedUrl, args, build);
  // The widget's private state, for the hit rate only (read after timing); bracket access keeps it type-checked.
  return widgetSubject(el, (query) => index.search(query), (i) => el['listedOffers'][i]!.id);
}

/**
 * Sets `src` on a new finder and times it: first offers on screen, searchable (bildung-ready and
 * the frame after), the longest task meanwhile, and the JS heap the widget holds then.
 */
async function loadWidget(src: string, args: RunArgs, build: Record<string, number>, pendingSelector?: string): Promise<BildungAngebote> {
  const heapBefore = usedHeap();
  const el = document.createElement('bildung-angebote') as BildungAngebote;
  el.setAttribute('url-state', 'off');
  el.pageSize = args.pageSize;
  const ready = new Promise<void>((resolve) => el.addEventListener('bildung-ready', () => resolve(), { once: true }));
  const longTasks = watchLongTasks();
  const t0 = now();
  el.src = src;
  document.body.append(el);
  await frameUntil(() => !!el.shadowRoot?.querySelector('[part="result-title"]') && !(pendingSelector && el.shadowRoot!.querySelector(pendingSelector)));
  build.firstOffersMs = now() - t0;
  await ready;
  await el.updateComplete;
  build.feedToFirstRenderMs = now() - t0;
  await frame();
  build.feedToFirstFrameMs = now() - t0;
  // The measure: from the feed's last byte (its Resource Timing responseEnd) to searchable on screen.
  const feedEntry = performance.getEntriesByName(new URL(src, location.href).href).at(-1) as PerformanceResourceTiming | undefined;
  if (feedEntry) build.afterArrivalMs = now() - feedEntry.responseEnd;
  build.longestTaskMs = longTasks.stop();
  // What the widget holds once it shows the feed: parsed and checked offers (or chunks), index, facets.
  build.widgetHeapMB = (usedHeap() - heapBefore) / 1e6;
  build.pageHeapMB = usedHeap() / 1e6;
  return el;
}

/** The widget as a bench subject: `search` runs the search alone; `idOf` names the offer at a list position. */
function widgetSubject(el: BildungAngebote, search: (query: string) => void, idOf: (position: number) => string, settle?: () => Promise<void>): Subject {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  return {
    searchOnly(query) {
      const t = now();
      search(query);
      return now() - t;
    },
    async setQuery(query) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    },
    settle,
    results() {
      const all = (el['facetResult']?.matches ?? []).map(idOf);
      const visible = [...el.shadowRoot!.querySelectorAll('[part="result-title"]')].map((h) => idOf(Number(h.id.slice(2))));
      return { all, visible };
    },
  };
}

/** A result of a split feed whose chunk has not arrived yet. */
const PENDING = '.result.pending[aria-busy="true"]';

/**
 * The real widget on a split feed (`bildung-feed build-index`): manifest and prebuilt index first,
 * then only the chunks of the offers on screen.
 */
async function oursSplitSubject(args: RunArgs, build: Record<string, number>): Promise<Subject> {
  const ids = (await (await fetch(args.idsUrl!, { cache: 'no-store' })).json()) as string[];
  performance.clearResourceTimings();
  const el = await loadWidget(args.splitUrl!, args, build, PENDING);
  const files = performance.getEntriesByType('resource').filter((e) => e.name.includes('/split-')) as PerformanceResourceTiming[];
  build.startBytesMB = files.reduce((n, e) => n + e.encodedBodySize, 0) / 1e6;
  build.startFiles = files.length;
  return widgetSubject(el, (query) => el['searcher']!.search(query), (i) => ids[i]!, () => frameUntil(() => !el.shadowRoot!.querySelector(PENDING)));
}

/** The baselines render the first results as a plain list (DOM, no innerHTML). */
function listRenderer(offers: Offer[], pageSize: number) {
  const root = document.createElement('section');
  const status = document.createElement('p');
  const list = document.createElement('ol');
  root.append(status, list);
  document.body.append(root);
  return (indices: number[]) => {
    status.textContent = `${indices.length} Angebote`;
    const items = indices.slice(0, pageSize).map((i) => {
      const o = offers[i]!;
      const li = document.createElement('li');
      const h = document.createElement('h3');
      h.textContent = o.name;
      const p = document.createElement('p');
      p.textContent = [o.provider?.name, o.location?.locality].filter(Boolean).join(' · ');
      li.append(h, p);
      return li;
    });
    list.replaceChildren(...items);
  };
}

const WEIGHTS = { name: 10, keywords: 7, provider: 5, locality: 4, municipality: 3.5, description: 1 };

/**
 * A baseline: `engine(offers)` says how to build its index (timed like ours) and how to search it
 * (result positions in `offers`, best first); the first results are rendered as a plain list.
 */
async function baselineSubject<T>(
  args: RunArgs,
  build: Record<string, number>,
  engine: (offers: Offer[]) => { index: () => T; search: (index: T, query: string) => number[] },
): Promise<Subject> {
  const { offers, ms } = await loadOffers(args.feedUrl);
  build.fetchParseMs = ms;
  const { index: make, search } = engine(offers);
  const index = timedIndex(build, make);
  const render = listRenderer(offers, args.pageSize);
  let current: number[] = [];
  let searchMs = 0;
  return {
    searchOnly: () => searchMs,
    async setQuery(query) {
      const t = now();
      current = search(index, query);
      searchMs = now() - t;
      render(current);
    },
    results() {
      const all = current.map((i) => offers[i]!.id);
      return { all, visible: all.slice(0, args.pageSize) };
    },
  };
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'name', weight: WEIGHTS.name },
    { name: 'keywords', weight: WEIGHTS.keywords },
    { name: 'provider.name', weight: WEIGHTS.provider },
    { name: 'location.locality', weight: WEIGHTS.locality },
    { name: 'location.municipality', weight: WEIGHTS.municipality },
    { name: 'description', weight: WEIGHTS.description },
  ],
  threshold: 0.4,
  ignoreLocation: true,
};

const fuseEngine = (offers: Offer[]) => ({
  index: () => new Fuse(offers, FUSE_OPTIONS),
  search: (fuse: Fuse<Offer>, query: string) => fuse.search(query).map((r) => r.refIndex),
});

function fuseSubject(args: RunArgs, build: Record<string, number>): Promise<Subject> {
  return baselineSubject<Fuse<Offer>>(args, build, fuseEngine);
}

const MINI_OPTIONS = {
  fields: ['name', 'keywords', 'provider', 'locality', 'municipality', 'description'],
  extractField: (o: Offer, field: string): string => {
    switch (field) {
      case 'id':
        return o.id;
      case 'keywords':
        return (o.keywords ?? []).join(' ');
      case 'provider':
        return o.provider?.name ?? '';
      case 'locality':
        return o.location?.locality ?? '';
      case 'municipality':
        return o.location?.municipality ?? '';
      default:
        return String((o as unknown as Record<string, unknown>)[field] ?? '');
    }
  },
};

const miniEngine = (offers: Offer[]) => {
  const position = new Map(offers.map((o, i) => [o.id, i]));
  return {
    index: () => {
      const mini = new MiniSearch<Offer>(MINI_OPTIONS);
      mini.addAll(offers);
      return mini;
    },
    search: (mini: MiniSearch<Offer>, query: string) => mini.search(query, { fuzzy: 0.2, prefix: true, boost: WEIGHTS }).map((r) => position.get(r.id as string)!),
  };
};

function miniSubject(args: RunArgs, build: Record<string, number>): Promise<Subject> {
  return baselineSubject<MiniSearch<Offer>>(args, build, miniEngine);
}

/**
 * Ranking quality on the search's judged examples (packages/core/src/search/search.examples.ts):
 * how often the expected offer comes first, per class of typo and on the judged list.
 */
export function judge(impl: Impl): { typos: number; typoCases: number; judged: number; judgedCases: number; misses: string[] } {
  const offers = SEARCH_CORPUS;
  const search: (query: string) => number[] =
    impl === 'fuse'
      ? ((e) => ((i) => (q: string) => e.search(i, q))(e.index()))(fuseEngine(offers))
      : impl === 'minisearch'
        ? ((e) => ((i) => (q: string) => e.search(i, q))(e.index()))(miniEngine(offers))
        : ((i) => (q: string) => [...i.search(q).matches])(new SearchIndex(offers, OFFER_SEARCH_FIELDS));
  const first = (query: string) => offers[search(query)[0] ?? -1]?.id;
  const misses: string[] = [];
  const typos = TYPO_CASES.filter(([kind, query, target]) => first(query) === target || (misses.push(`${kind}: "${query}"`), false)).length;
  const judged = JUDGED.filter(([query, expected]) => first(query) === expected || (misses.push(`judged: "${query}"`), false)).length;
  return { typos, typoCases: TYPO_CASES.length, judged, judgedCases: JUDGED.length, misses };
}

export async function run(args: RunArgs): Promise<RunResult> {
  const build: Record<string, number> = {};
  const make = { ours: oursSubject, 'ours-split': oursSplitSubject, fuse: fuseSubject, minisearch: miniSubject }[args.impl];
  const subject = await make(args, build);
  const jitter = prng(args.seed);
  const keystrokes: Keystroke[] = [];
  const hits: Hit[] = [];
  const clear = async () => {
    await subject.setQuery('');
    await frame();
  };
  for (let pass = -args.warmupPasses; pass < args.passes; pass++) {
    for (let q = 0; q < args.queries.length; q++) {
      const query = args.queries[q]!;
      await clear();
      for (const len of args.prefixes[q]!) {
        // A typist's keystrokes land anywhere within a frame, not just after a rAF.
        await sleep(jitter() * 17);
        const t0 = now();
        await subject.setQuery(query.slice(0, len));
        const t1 = now();
        await frame();
        const t2 = now();
        await afterFrame();
        const t3 = now();
        const loaded = subject.settle ? (await subject.settle(), now() - t0) : undefined;
        if (pass >= 0) {
          const search = subject.searchOnly(query.slice(0, len));
          keystrokes.push({ query: q, len, pass, update: t1 - t0, raf: t2 - t0, paint: t3 - t0, search, count: subject.results().all.length, loaded });
        }
      }
      if (pass === 0) {
        if (args.prefixes[q]!.at(-1) !== query.length) await subject.setQuery(query);
        await subject.settle?.();
        const { all, visible } = subject.results();
        const want = new Set(args.targets[q]!);
        hits.push({
          query: q,
          hit: visible.some((id) => want.has(id)),
          firstRank: all.findIndex((id) => want.has(id)) + 1,
          count: all.length,
          targets: want.size,
          targetsFound: all.filter((id) => want.has(id)).length,
          top3: all.slice(0, 3),
        });
      }
    }
  }
  await clear();
  return { impl: args.impl, build, keystrokes, hits };
}

/** Only loads the widget (a fresh page each time), for the medians of `--loads`. */
async function load(args: RunArgs): Promise<Record<string, number>> {
  const build: Record<string, number> = {};
  const el = await loadWidget(args.impl === 'ours-split' ? args.splitUrl! : args.feedUrl, args, build, args.impl === 'ours-split' ? PENDING : undefined);
  el.remove();
  return build;
}

declare global {
  interface Window {
    bench: { run: typeof run; judge: typeof judge; load: typeof load };
  }
}
window.bench = { run, judge, load };

/** JS heap in use after a full garbage collection (Chromium with --enable-precise-memory-info and --expose-gc). */
function usedHeap(): number {
  (globalThis as unknown as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

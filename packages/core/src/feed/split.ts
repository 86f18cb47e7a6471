import type { OfferChunks } from './feed.types.js';
import { fetchWithin, reportProblems } from './loader.js';
import { checkEntries } from './validate.js';
import type { SplitOffers } from './split-offers.js';
import type { PackedIndex } from '../search/prebuilt.js';
import { SearchIndex, type SearchField, type Searcher } from '../search/search-index.js';
import { preparedFacet, type PreparedFacet } from '../search/facets.js';
import { slicer } from '../scheduling.js';

/**
 * The split-feed code (split-offers.ts and the index reader) is loaded on first use: a district's
 * page with one feed file never downloads it. Everything it needs from here is handed over.
 */
const deps = {
  fetch: fetchWithin,
  checkOffers: (entries: readonly unknown[]) => checkEntries('offers', entries),
  report: reportProblems,
  slicer: () => slicer(),
};

const shared = new Map<string, Promise<SplitOffers>>();

/**
 * The offers of a split feed, shared per feed URL and manifest (a retry that brings a new
 * manifest gets a new store). Rejects with a `RangeError` naming the mistake for a manifest that
 * cannot describe a split feed, or with the browser's error when the split-feed code cannot load.
 */
export function splitOffers(feedUrl: string, spec: OfferChunks): Promise<SplitOffers> {
  const key = `${feedUrl}\u0000${JSON.stringify(spec)}`;
  let store = shared.get(key);
  if (!store) {
    store = import('./split-offers.js').then(({ SplitOffers }) => new SplitOffers(feedUrl, spec, deps));
    // A failure is not kept: the next try loads again.
    store.catch(() => shared.delete(key));
    shared.set(key, store);
  }
  return store;
}

/** Forgets every split feed (with `clearFeedCache`, for tests and pages that swap feeds). */
export function clearSplitOffers(): void {
  shared.clear();
}

/** A read prebuilt index made searchable: a `SearchIndex` and prepared facets by key. */
export function openPrebuilt<T>(packed: PackedIndex, fields: readonly SearchField<T>[]): { search: Searcher; facets: Map<string, PreparedFacet<number>> } {
  return {
    search: SearchIndex.fromPacked(packed.count, fields, packed.postings),
    facets: new Map(packed.facets.map((f) => [f.key, preparedFacet<number>({ key: f.key }, f.names, f.start, f.valueIds)])),
  };
}

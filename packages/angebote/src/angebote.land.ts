// The finder's code for Land-scale feeds: a big one-file feed taken in while it downloads or in
// slices, and a split feed's offers, search and filters from its chunks and prebuilt index. Loaded
// on first use, in the on-demand file with the big-feed parser and the split-feed code
// (`bildung-*.split.js` next to an editor bundle): a district's feed never downloads it. It
// imports nothing from the main file at run time; what it needs from there comes in as `LandDeps`
// (see angebote.component.ts), and it reports back to the finder through `LandHost`.
import type { Facet, FacetIndex, Feed, FeedError, Offer, SearchIndex, Searcher, Selection } from '../../core/src/index.js';
import { splitOffers, type SplitDeps, type SplitOffers, type SplitResult } from '../../core/src/feed/split-offers.js';
import { openPrebuilt } from '../../core/src/search/prebuilt.js';
import { GrowingFacets, type FacetClasses } from '../../core/src/search/growing-facets.js';
import type { OFFER_SEARCH_FIELDS } from './angebote.facets.js';

/** What the Land-scale code uses from the main file: with what the split-feed code and the growing facets use. */
export interface LandDeps extends SplitDeps, FacetClasses {
  fields: typeof OFFER_SEARCH_FIELDS;
  facets: readonly Facet<Offer>[];
  /** From this many offers a feed is taken in slice by slice, and sorted by sort keys (see `OfferIntake.order`). */
  largeFeed: number;
  SearchIndex: typeof SearchIndex;
  foldPlain(text: string): string;
  fold(text: string): string;
  /** Positions of offers in name order, by German collation. */
  nameOrder(offers: readonly Offer[]): number[];
  yieldToMain(): Promise<void>;
}

/**
 * How the Land-scale code reports back to a finder preparing a big or split feed. Every call
 * comes only while `current()` (the finder has not moved on to another feed or presets).
 */
export interface LandHost {
  current(): boolean;
  /** The offers to list while search and filters are prepared (in name order). */
  show(offers: Offer[]): void;
  /** A split feed's offers, chunk by chunk. */
  chunks(split: SplitOffers): void;
  /** Search and filters are ready (a split feed: with what its presets leave). */
  ready(searcher: Searcher, facets: FacetIndex<Offer> | FacetIndex<number>, split?: SplitSearch): void;
  /** A split feed's manifest or index could not be used. */
  failed(error: FeedError): void;
}

/** The presets of a finder: code or name lists per preset attribute. */
export type Presets = Record<'area' | 'audience' | 'municipality', string[]>;

/**
 * The offers of a big feed, taken in while it still downloads (see `FeedController.watchEntries`)
 * or, when it was read in one go, slice by slice: those the presets leave are indexed and counted
 * for the filters group by group, and their names made sort keys, so that little is left to do
 * once the last byte is in.
 */
export class OfferIntake {
  /** The offers the presets leave, in the order they came. */
  readonly offers: Offer[] = [];
  /** Their names as sort keys (`sortKey`). */
  private readonly keys: string[] = [];
  readonly index: SearchIndex<Offer>;
  readonly facets: GrowingFacets<Offer>;
  private taken = 0;

  constructor(
    /** The feed's list of offers as it grows (checked entries only). */
    readonly list: readonly unknown[],
    /** The presets in effect when it started. */
    private readonly presets: string,
    private readonly keep: (offer: Offer) => boolean,
    private readonly deps: LandDeps,
  ) {
    this.index = deps.SearchIndex.growing(deps.fields);
    this.facets = new GrowingFacets(deps.facets, deps);
  }

  /** Takes the offers of `list` up to `to` not taken yet. */
  take(to = this.list.length): void {
    for (let i = this.taken; i < to; i++) {
      const offer = this.list[i] as Offer;
      if (!this.keep(offer)) continue;
      this.offers.push(offer);
      this.keys.push(sortKey(this.deps.foldPlain(offer.name)));
    }
    this.taken = to;
    this.index.grow(this.offers);
    this.facets.grow(this.offers);
  }

  /** Whether it holds (having taken the rest) every offer of the ready feed's `list`, taken with the same presets. */
  covers(list: readonly unknown[] | undefined, presets: string): boolean {
    if (list !== this.list || presets !== this.presets) return false;
    this.take();
    return true;
  }

  /**
   * Puts the offers in name order and hands them to `show`, then finishes their index and filters.
   * From `large` offers on they are sorted by `order()`.
   */
  async settle(show: (sorted: Offer[]) => void): Promise<[Searcher, FacetIndex<Offer>]> {
    const order = this.offers.length >= this.deps.largeFeed ? this.order() : this.deps.nameOrder(this.offers);
    const sorted = order.map((i) => this.offers[i]!);
    show(sorted);
    await this.deps.yieldToMain();
    return [await this.index.settle(sorted, order), this.facets.settle(sorted, order)];
  }

  /**
   * Positions of the offers in name order, where German collation is too slow (100,000 names:
   * seconds): by their sort keys, which nearly agree with it.
   */
  order(): number[] {
    const keys = this.keys;
    return [...keys.keys()].sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  }
}

/**
 * A folded name as a big feed is sorted: lower case, umlauts and accents as their base letter
 * (`foldPlain`), numbers by value (`Kurs 9` before `Kurs 10`: a digit run is prefixed with its length).
 */
function sortKey(folded: string): string {
  return folded.replace(/\d+/g, (digits) => String.fromCharCode(47 + digits.length) + digits);
}

/**
 * A big feed read in one go (its entries were not checked while it downloaded): taken in slice by
 * slice as if it were arriving, so the page never freezes. `undefined` once `current()` says the
 * finder has moved on.
 */
export async function takeInSlices(offers: Offer[], deps: LandDeps, current: () => boolean): Promise<OfferIntake | undefined> {
  const intake = new OfferIntake(offers, '', () => true, deps);
  const turn = deps.slicer();
  for (let from = 0; from < offers.length; from += 256) {
    intake.take(Math.min(offers.length, from + 256));
    await turn();
    if (!current()) return undefined;
  }
  return intake;
}

/** A split feed made searchable: its index, its facets over list positions, and what the presets leave. */
export interface SplitSearch {
  search: Searcher;
  facets: FacetIndex<number>;
  /** The presets as a filter selection. */
  presets: Selection;
  /** How many offers the presets leave, and the options they leave per facet. */
  count: number;
  values: Record<string, Map<string, number>>;
}

/** Reads a split feed's prebuilt index and opens its search and filters, with the presets applied. */
export async function openSplit(split: SplitOffers, wanted: Presets, deps: LandDeps): Promise<SplitResult<SplitSearch>> {
  const result = await split.prebuilt(deps.fields.map((f) => f.name));
  if (!result.ok) return result;
  const { count, numbers } = result.value;
  const { search, facets } = openPrebuilt(result.value, deps.fields, deps.SearchIndex);
  // The facets work on list positions: every value comes from the index, none from an offer.
  const all = Int32Array.from({ length: count }, (_, i) => i);
  const facetList = splitFacets(deps.facets, numbers);
  const facetIndex = new deps.FacetIndex<number>(all, facetList, facetList.map((f) => facets.get(f.key)));
  // Presets narrow like ticked filters; a municipality matches however it is written.
  const presets: Record<string, string[]> = {};
  for (const key of ['area', 'audience', 'municipality'] as const) {
    if (!wanted[key].length) continue;
    const values = key === 'municipality' ? facetIndex.valuesOf(key).filter((v) => wanted[key].some((w) => deps.fold(w) === deps.fold(v))) : wanted[key];
    // A preset that names nothing in the feed leaves no offers (as with a single-file feed).
    presets[key] = values.length ? values : ['\u0000'];
  }
  const base = facetIndex.apply(all, presets);
  return { ok: true, value: { search, facets: facetIndex, presets, count: base.matches.length, values: base.counts } };
}

/**
 * The facets over positions of a split feed: value facets come prepared from the prebuilt index,
 * the age filter reads its number columns.
 */
export function splitFacets(facets: readonly Facet<Offer>[], numbers: ReadonlyMap<string, Int32Array>): Facet<number>[] {
  const min = numbers.get('ageMin');
  const max = numbers.get('ageMax');
  // A number below 0 (or none): no such bound.
  const bound = (column: Int32Array | undefined, d: number) => ((column?.[d] ?? -1) < 0 ? undefined : column![d]);
  // The age facet's own test, on an offer that has just the age range of the one at position `d`.
  return facets.map(({ key, test }) => ({ key, test: test && ((d, values) => test({ ageMin: bound(min, d), ageMax: bound(max, d) } as Offer, values)) }));
}

/**
 * Prepares a feed the finder does not index at once: a split feed (`offerChunks`, its manifest
 * at `feedUrl`), a big feed taken in while it downloaded (`intake`), or a big one read in one go
 * (`offers`, what the presets leave).
 */
export async function prepareLand(
  feed: Feed,
  feedUrl: string,
  offers: Offer[],
  intake: OfferIntake | undefined,
  presets: Presets,
  host: LandHost,
  deps: LandDeps,
): Promise<void> {
  const spec = feed.offerChunks;
  if (spec) {
    let result: SplitResult<SplitSearch>;
    try {
      const split = splitOffers(feedUrl, spec, deps);
      host.chunks(split);
      result = await openSplit(split, presets, deps);
    } catch (error) {
      // A manifest that cannot describe a split feed (a RangeError naming the mistake), or an index that would not open.
      console.error(`bildung-angebote: ${(error as Error).message}`);
      result = { ok: false, error: { kind: error instanceof RangeError ? 'parse' : 'network' } };
    }
    if (!host.current()) return;
    if (result.ok) host.ready(result.value.search, result.value.facets, result.value);
    else host.failed(result.error);
    return;
  }
  // A big feed read in one go (its entries were not checked while it downloaded): taken in slice
  // by slice as if it were arriving, so the page never freezes; meanwhile the count shows.
  intake ??= await takeInSlices(offers, deps, host.current);
  if (!intake) return;
  // Put in order and shown, then their index and filters finished.
  const [searcher, facets] = await intake.settle((sorted) => host.current() && host.show(sorted));
  if (host.current()) host.ready(searcher, facets);
}

// The finder's code for Land-scale feeds: a big one-file feed taken in while it downloads or in
// slices, and a split feed's search and filters from its prebuilt index. Loaded on first use, in
// the on-demand file with the big-feed parser and the split-feed code (`bildung-*.split.js` next
// to an editor bundle): a district's feed never downloads it. It imports nothing from the main
// file at run time; what it needs from there comes in as `LandDeps` (see angebote.component.ts).
import type {
  FacetIndex,
  GrowingFacets,
  Offer,
  openPrebuilt,
  SearchIndex,
  Searcher,
  Selection,
  SplitOffers,
  SplitResult,
} from '../../core/src/index.js';
import type { splitFacets, OFFER_SEARCH_FIELDS } from './angebote.facets.js';

/** What the Land-scale code uses from the main file. */
export interface LandDeps {
  fields: typeof OFFER_SEARCH_FIELDS;
  /** A search index and filter counts that grow with the offers (`SearchIndex.growing`, `GrowingFacets`). */
  growing(): [SearchIndex<Offer>, GrowingFacets<Offer>];
  foldPlain(text: string): string;
  fold(text: string): string;
  /** Positions of offers in name order, by German collation. */
  nameOrder(offers: readonly Offer[]): number[];
  yieldToMain(): Promise<void>;
  slicer(): () => Promise<void>;
  openPrebuilt: typeof openPrebuilt<Offer>;
  splitFacets: typeof splitFacets;
  FacetIndex: typeof FacetIndex;
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
    [this.index, this.facets] = deps.growing();
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
  async settle(show: (sorted: Offer[]) => void, large: number): Promise<[Searcher, FacetIndex<Offer>]> {
    const order = this.offers.length >= large ? this.order() : this.deps.nameOrder(this.offers);
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
  const { search, facets } = deps.openPrebuilt(result.value, deps.fields);
  // The facets work on list positions: every value comes from the index, none from an offer.
  const all = Int32Array.from({ length: count }, (_, i) => i);
  const facetList = deps.splitFacets(numbers);
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

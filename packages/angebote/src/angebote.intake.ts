import { foldPlain, GrowingFacets, SearchIndex, type Offer } from '../../core/src/index.js';
import { OFFER_FACETS, OFFER_SEARCH_FIELDS } from './angebote.facets.js';

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
  readonly keys: string[] = [];
  readonly index = SearchIndex.growing(OFFER_SEARCH_FIELDS);
  readonly facets = new GrowingFacets(OFFER_FACETS);
  private taken = 0;

  constructor(
    /** The feed's list of offers as it grows (checked entries only). */
    readonly list: readonly unknown[],
    /** The presets in effect when it started. */
    readonly presets: string,
    private readonly keep: (offer: Offer) => boolean,
  ) {}

  /** Takes the offers `list[from, to)`; `false` when some before them were missed (the intake is then of no use). */
  take(from: number, to = this.list.length): boolean {
    if (from !== this.taken) return false;
    for (let i = from; i < to; i++) {
      const offer = this.list[i] as Offer;
      if (!this.keep(offer)) continue;
      this.offers.push(offer);
      this.keys.push(sortKey(offer.name));
    }
    this.taken = to;
    this.index.grow(this.offers);
    this.facets.grow(this.offers);
    return true;
  }

  /** Whether it holds every offer of the ready feed's `list`, taken with the same presets. */
  covers(list: readonly unknown[] | undefined, presets: string): boolean {
    return list === this.list && this.taken === list.length && presets === this.presets;
  }
}

/**
 * A name as a big feed is sorted, where German collation is too slow (100,000 names: seconds), in
 * nearly its order: lower case, umlauts and accents as their base letter, numbers by value
 * (`Kurs 9` before `Kurs 10`: a digit run is prefixed with its length).
 */
function sortKey(name: string): string {
  return foldPlain(name).replace(/\d+/g, (digits) => String.fromCharCode(47 + digits.length) + digits);
}

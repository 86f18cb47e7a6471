// Filter counts that grow while a big feed's offers arrive: loaded with the finder's Land-scale
// code (`bildung-*.split.js` next to an editor bundle), so this module imports nothing at run
// time; the facet classes come from the caller.
import type { Facet, FacetIndex, FacetValues, PreparedFacet } from './facets.js';

/** The classes of facets.ts that `GrowingFacets` builds on. */
export interface FacetClasses {
  FacetValues: typeof FacetValues;
  FacetIndex: typeof FacetIndex;
}

/**
 * Facets prepared while their docs arrive (a big feed still downloading), alongside
 * `SearchIndex.growing`: `grow` adds each new batch, `settle` gives the docs their final order.
 */
export class GrowingFacets<T> {
  private readonly values: (FacetValues<T> | undefined)[];
  private grown = 0;

  constructor(
    private readonly facets: readonly Facet<T>[],
    private readonly classes: FacetClasses,
  ) {
    this.values = facets.map((facet) => (facet.values ? new classes.FacetValues(facet) : undefined));
  }

  /** Adds the docs appended to `docs` since the last call. */
  grow(docs: readonly T[]): void {
    for (let d = this.grown; d < docs.length; d++) for (let f = 0; f < this.values.length; f++) this.values[f]?.add(docs[d]!);
    this.grown = docs.length;
  }

  /** The finished facet index: `docs` are the grown docs in their final order, `docs[i]` the one grown as `order[i]`-th. */
  settle(docs: readonly T[], order: ArrayLike<number>): FacetIndex<T> {
    return new this.classes.FacetIndex(docs, this.facets, this.values.map((values) => values && reordered(values.prepared(), order)));
  }
}

/** A prepared facet with its docs in `order` (`order[i]`: the doc that was `i`-th). */
function reordered<T>(prepared: PreparedFacet<T>, order: ArrayLike<number>): PreparedFacet<T> {
  const start = new Int32Array(order.length + 1);
  const valueIds = new Int32Array(prepared.valueIds.length);
  let at = 0;
  for (let i = 0; i < order.length; i++) {
    const d = order[i]!;
    for (let v = prepared.start[d]!; v < prepared.start[d + 1]!; v++) valueIds[at++] = prepared.valueIds[v]!;
    start[i + 1] = at;
  }
  return { ...prepared, start, valueIds };
}

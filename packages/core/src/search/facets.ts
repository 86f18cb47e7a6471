/** A filter dimension of a result list. */
export interface Facet<T> {
  key: string;
  /** The doc's values for this facet; used for counting and, without `test`, for matching. */
  values?(doc: T): readonly string[];
  /** Custom match (e.g. an age inside a range); default: any of the doc's values is selected. */
  test?(doc: T, selected: readonly string[]): boolean;
}

export type Selection = Readonly<Record<string, readonly string[] | undefined>>;

export interface FacetResult {
  /** Candidates that pass every facet, in the candidates' order. */
  matches: number[];
  /**
   * Per facet, how many docs each value would have: counted over the docs that pass every
   * OTHER facet, so a count says what ticking that box would give (OR within a facet).
   */
  counts: Record<string, Map<string, number>>;
}

/** One value facet, prepared: every doc's values as small integers in one flat array. */
export interface PreparedFacet<T> {
  facet: Facet<T>;
  /** Value id → value. */
  names: string[];
  ids: Map<string, number>;
  /** Value ids of doc d: valueIds[start[d] .. start[d + 1]). */
  start: Int32Array;
  valueIds: Int32Array;
}

/**
 * Filters candidates by a selection (AND across facets, OR within one) and counts every facet
 * value live, in one pass over the candidates. The docs' values are turned into integer arrays
 * once, so a keystroke neither allocates per document nor compares strings.
 */
export class FacetIndex<T> {
  private readonly prepared: (PreparedFacet<T> | undefined)[];

  constructor(
    private readonly docs: ArrayLike<T>,
    private readonly facets: readonly Facet<T>[],
    prepared?: (PreparedFacet<T> | undefined)[],
  ) {
    this.prepared = prepared ?? facets.map((facet) => (facet.values ? prepare(docs as readonly T[], facet) : undefined));
  }

  /** Every value a facet takes in these docs. */
  valuesOf(key: string): readonly string[] {
    return this.prepared[this.facets.findIndex((f) => f.key === key)]?.names ?? [];
  }

  apply(candidates: ArrayLike<number>, selection: Selection): FacetResult {
    const F = this.facets.length;
    // Per facet: null = nothing selected; else a membership table over value ids or a predicate.
    const chosen: (Uint8Array | ((doc: T) => boolean) | null)[] = this.facets.map((facet, f) => {
      const selected = selection[facet.key] ?? [];
      if (!selected.length) return null;
      if (facet.test) return (doc: T) => facet.test!(doc, selected);
      const p = this.prepared[f]!;
      const table = new Uint8Array(p.names.length);
      for (const value of selected) {
        const id = p.ids.get(value);
        if (id !== undefined) table[id] = 1;
      }
      return table;
    });
    const counts = this.prepared.map((p) => (p ? new Int32Array(p.names.length) : undefined));
    const matches: number[] = [];
    const pass = new Uint8Array(F);
    for (let c = 0; c < candidates.length; c++) {
      const index = candidates[c]!;
      let failures = 0;
      let failed = -1;
      for (let f = 0; f < F; f++) {
        const rule = chosen[f];
        let ok = 1;
        if (rule) {
          if (typeof rule === 'function') ok = rule(this.docs[index]!) ? 1 : 0;
          else {
            const p = this.prepared[f]!;
            ok = 0;
            for (let v = p.start[index]!; v < p.start[index + 1]!; v++) {
              if (rule[p.valueIds[v]!]) {
                ok = 1;
                break;
              }
            }
          }
        }
        pass[f] = ok;
        if (!ok) {
          failures++;
          failed = f;
        }
      }
      if (failures === 0) matches.push(index);
      if (failures > 1) continue;
      for (let f = 0; f < F; f++) {
        const tally = counts[f];
        if (!tally || (failures === 1 && failed !== f)) continue;
        const p = this.prepared[f]!;
        for (let v = p.start[index]!; v < p.start[index + 1]!; v++) tally[p.valueIds[v]!]!++;
      }
    }
    const result: Record<string, Map<string, number>> = {};
    this.facets.forEach((facet, f) => {
      const map = new Map<string, number>();
      const tally = counts[f];
      const p = this.prepared[f];
      if (tally && p) for (let id = 0; id < tally.length; id++) if (tally[id]) map.set(p.names[id]!, tally[id]!);
      result[facet.key] = map;
    });
    return { matches, counts: result };
  }
}

function prepare<T>(docs: readonly T[], facet: Facet<T>): PreparedFacet<T> {
  const values = new FacetValues(facet);
  // (Counted loops: iterators are slow in code that has not been optimised yet.)
  for (let d = 0; d < docs.length; d++) values.add(docs[d]!);
  return values.prepared();
}

/** One value facet's values, doc by doc as they are added (also while a big feed arrives: see angebote.land.ts). */
export class FacetValues<T> {
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly start = [0];
  private readonly valueIds: number[] = [];
  // seenBy[id] = 1 + the last doc that had the value: de-duplicates without a Set per doc.
  private readonly seenBy: number[] = [];

  constructor(private readonly facet: Facet<T>) {}

  add(doc: T) {
    const d = this.start.length;
    const values = this.facet.values!(doc);
    for (let v = 0; v < values.length; v++) {
      const value = values[v]!;
      let id = this.ids.get(value);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(value, id);
        this.names.push(value);
        this.seenBy.push(0);
      }
      if (this.seenBy[id] !== d) {
        this.seenBy[id] = d;
        this.valueIds.push(id);
      }
    }
    this.start.push(this.valueIds.length);
  }

  /** The facet prepared, the docs in the order they were added. */
  prepared(): PreparedFacet<T> {
    const { facet, names, ids } = this;
    return { facet, names, ids, start: Int32Array.from(this.start), valueIds: Int32Array.from(this.valueIds) };
  }
}

/** One-off filtering and counting; a list that is filtered often should keep a `FacetIndex`. */
export function applyFacets<T>(
  docs: readonly T[],
  candidates: ArrayLike<number>,
  facets: readonly Facet<T>[],
  selection: Selection,
): FacetResult {
  return new FacetIndex(docs, facets).apply(candidates, selection);
}

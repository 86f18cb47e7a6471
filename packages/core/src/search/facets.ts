import { slicer } from '../scheduling.js';

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

  /** Prepares one facet at a time, with a turn for the browser now and then (for big lists). */
  static async build<T>(docs: readonly T[], facets: readonly Facet<T>[]): Promise<FacetIndex<T>> {
    const prepared: (PreparedFacet<T> | undefined)[] = [];
    const turn = slicer();
    for (const facet of facets) {
      prepared.push(facet.values ? prepare(docs, facet) : undefined);
      await turn();
    }
    return new FacetIndex(docs, facets, prepared);
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

/** A facet prepared elsewhere (a prebuilt index): value names and each doc's value ids. */
export function preparedFacet<T>(facet: Facet<T>, names: string[], start: Int32Array, valueIds: Int32Array): PreparedFacet<T> {
  return { facet, names, ids: new Map(names.map((name, id) => [name, id])), start, valueIds };
}

function prepare<T>(docs: readonly T[], facet: Facet<T>): PreparedFacet<T> {
  const names: string[] = [];
  const ids = new Map<string, number>();
  const start = new Int32Array(docs.length + 1);
  const valueIds: number[] = [];
  // seenBy[id] = 1 + the last doc that had the value: de-duplicates without a Set per doc.
  const seenBy: number[] = [];
  // (Counted loops: iterators are slow in code that has not been optimised yet.)
  for (let d = 0; d < docs.length; d++) {
    const values = facet.values!(docs[d]!);
    for (let v = 0; v < values.length; v++) {
      const value = values[v]!;
      let id = ids.get(value);
      if (id === undefined) {
        id = names.length;
        ids.set(value, id);
        names.push(value);
        seenBy.push(0);
      }
      if (seenBy[id] !== d + 1) {
        seenBy[id] = d + 1;
        valueIds.push(id);
      }
    }
    start[d + 1] = valueIds.length;
  }
  return { facet, names, ids, start, valueIds: Int32Array.from(valueIds) };
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

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

/**
 * Filters candidates by the selection (AND across facets, OR within one) and counts every
 * facet value live, in one pass over the candidates.
 */
export function applyFacets<T>(
  docs: readonly T[],
  candidates: ArrayLike<number>,
  facets: readonly Facet<T>[],
  selection: Selection,
): FacetResult {
  const active = facets.map((facet) => {
    const selected = selection[facet.key] ?? [];
    const set = new Set(selected);
    const test =
      selected.length === 0
        ? () => true
        : facet.test
          ? (doc: T) => facet.test!(doc, selected)
          : (doc: T) => facet.values!(doc).some((v) => set.has(v));
    return { facet, test };
  });
  const counts: Record<string, Map<string, number>> = {};
  for (const { facet } of active) counts[facet.key] = new Map();
  const matches: number[] = [];
  const pass = new Array<boolean>(active.length);
  for (let c = 0; c < candidates.length; c++) {
    const index = candidates[c]!;
    const doc = docs[index]!;
    let failures = 0;
    let failed = -1;
    for (let f = 0; f < active.length; f++) {
      pass[f] = active[f]!.test(doc);
      if (!pass[f]) {
        failures++;
        failed = f;
      }
    }
    if (failures === 0) matches.push(index);
    if (failures > 1) continue;
    for (let f = 0; f < active.length; f++) {
      if (failures === 1 && failed !== f) continue;
      const { facet } = active[f]!;
      if (!facet.values) continue;
      const map = counts[facet.key]!;
      for (const value of new Set(facet.values(doc))) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return { matches, counts };
}

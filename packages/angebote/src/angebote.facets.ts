import { fold, type Facet, type Offer } from '../../core/src/index.js';

/** Facet keys, in the default order of the filter panel. */
export const FACET_KEYS = ['area', 'audience', 'age', 'municipality', 'free', 'mode', 'language', 'accessibility'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Readable German query parameters (`?bereich=schule&alter=6`), also accepted in `filters`. */
export const FACET_PARAMS: Record<FacetKey, string> = {
  area: 'bereich',
  audience: 'zielgruppe',
  age: 'alter',
  municipality: 'gemeinde',
  free: 'kostenlos',
  mode: 'form',
  language: 'sprache',
  accessibility: 'barrierefreiheit',
};

/** Codes in the order FEED.md lists them; unknown codes follow. */
export const CODE_ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  area: ['fruehkindlich', 'schule', 'ausbildung', 'hochschule', 'weiterbildung', 'nonformal'],
  audience: ['kinder', 'jugendliche', 'erwachsene', 'senioren', 'eltern', 'familien', 'zugewanderte', 'fachkraefte', 'menschen-mit-behinderung'],
  mode: ['praesenz', 'online', 'hybrid'],
  accessibility: ['rollstuhlgerecht', 'gebaerdensprache', 'leichte-sprache', 'induktionsschleife'],
};

/** Value of the `free` facet for offers that cost nothing. */
export const FREE = 'ja';

/** Does the offer's age range contain `age`? Offers without any age range do not. */
export function ageMatches(offer: Offer, age: number): boolean {
  if (offer.ageMin === undefined && offer.ageMax === undefined) return false;
  return (offer.ageMin ?? 0) <= age && age <= (offer.ageMax ?? Number.POSITIVE_INFINITY);
}

export const OFFER_FACETS: readonly Facet<Offer>[] = [
  { key: 'area', values: (o) => o.area },
  { key: 'audience', values: (o) => o.audience ?? [] },
  {
    key: 'age',
    test: (o, [age]) => {
      const n = Number(age);
      return Number.isFinite(n) ? ageMatches(o, n) : true;
    },
  },
  { key: 'municipality', values: (o) => (o.location?.municipality ? [o.location.municipality.trim()] : []) },
  { key: 'free', values: (o) => (o.cost?.free ? [FREE] : []) },
  { key: 'mode', values: (o) => (o.mode ? [o.mode] : []) },
  { key: 'language', values: (o) => o.languages ?? [] },
  { key: 'accessibility', values: (o) => o.accessibility ?? [] },
];

/** Parses the `filters` attribute (canonical keys or German parameter names) into facet keys. */
export function parseFilterList(value: string | undefined): FacetKey[] {
  if (!value) return [...FACET_KEYS];
  const byName = new Map<string, FacetKey>();
  for (const key of FACET_KEYS) {
    byName.set(key, key);
    byName.set(FACET_PARAMS[key], key);
  }
  const out: FacetKey[] = [];
  for (const part of value.split(',')) {
    const key = byName.get(fold(part.trim()));
    if (key && !out.includes(key)) out.push(key);
    else if (part.trim() && !key) console.warn(`bildung-angebote: unknown filter "${part.trim()}" in filters`);
  }
  return out;
}

/** Keeps offers matching the editor's presets (`area`, `audience`, `municipality` attributes). */
export function presetFilter(presets: { area: string[]; audience: string[]; municipality: string[] }) {
  const municipalities = new Set(presets.municipality.map(fold));
  return (o: Offer) =>
    (!presets.area.length || o.area.some((a) => presets.area.includes(a))) &&
    (!presets.audience.length || (o.audience ?? []).some((a) => presets.audience.includes(a))) &&
    (!municipalities.size || municipalities.has(fold(o.location?.municipality?.trim() ?? '')));
}

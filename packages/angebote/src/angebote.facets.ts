// Direct module imports, no element classes: the CLI (`bildung-feed build-index`) writes a
// prebuilt index with exactly these fields and facets.
import { commaList } from '../../core/src/attributes.js';
import { fold } from '../../core/src/search/normalize.js';
import { messagesFor } from '../../core/src/i18n/i18n.js';
import type { Facet } from '../../core/src/search/facets.js';
import type { SearchField } from '../../core/src/search/search-index.js';
import type { NumberColumn } from '../../core/src/search/prebuilt-write.js';
import type { Offer } from '../../core/src/feed/feed.types.js';

export type FacetKey = 'area' | 'audience' | 'age' | 'municipality' | 'free' | 'mode' | 'language' | 'accessibility';

/**
 * Readable German query parameters (`?bereich=schule&alter=6`), also accepted in `filters`; in
 * the default order of the filter panel.
 */
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

/** Facet keys, in the default order of the filter panel. */
export const FACET_KEYS = Object.keys(FACET_PARAMS) as readonly FacetKey[];

/**
 * Codes in the order FEED.md lists them (that of the German labels); unknown codes follow. Its
 * keys are the facets of codes (`area`, `audience`, `mode`, `accessibility`: those with labels).
 */
export const CODE_ORDER: Partial<Record<FacetKey, readonly string[]>> = Object.fromEntries(
  Object.entries(messagesFor('de').codes).map(([key, labels]) => [key, Object.keys(labels)]),
);

/** Value of the `free` facet for offers that cost nothing. */
export const FREE = 'ja';

/** Does the offer's age range contain `age`? Offers without any age range do not. */
export function ageMatches(offer: Pick<Offer, 'ageMin' | 'ageMax'>, age: number): boolean {
  return (offer.ageMin ?? offer.ageMax) !== undefined && (offer.ageMin ?? 0) <= age && age <= (offer.ageMax ?? Infinity);
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

type CodeLabels = ReturnType<typeof messagesFor>['codes'];

/** The label of an area or audience code; own properties only, so `constructor` is just a code. */
function ownLabel(labels: CodeLabels, code: string): string | undefined {
  if (Object.hasOwn(labels.area, code)) return labels.area[code];
  if (Object.hasOwn(labels.audience, code)) return labels.audience[code];
  return undefined;
}

const labelMemo = new Map<string, string>();
/** The German and (once loaded) English labels of area and audience codes as one text, worked out once per combination. */
function codeLabels(codes: string[]): string {
  const de = messagesFor('de').codes;
  const en = messagesFor('en').codes;
  const key = `${en === de}${codes}`;
  let text = labelMemo.get(key);
  if (text === undefined) labelMemo.set(key, (text = codes.map((c) => `${ownLabel(de, c) ?? c} ${ownLabel(en, c) ?? ''}`).join(' ')));
  return text;
}

/** Fields the finder searches, strongest first (name beats keywords beats provider …). */
export const OFFER_SEARCH_FIELDS: readonly SearchField<Offer>[] = [
  { name: 'name', weight: 10, text: (o) => o.name },
  { name: 'keywords', weight: 7, text: (o) => o.keywords },
  { name: 'provider', weight: 5, text: (o) => o.provider?.name },
  { name: 'locality', weight: 4, text: (o) => o.location?.locality },
  { name: 'municipality', weight: 3.5, text: (o) => o.location?.municipality },
  { name: 'description', weight: 1, text: (o) => o.description },
  {
    name: 'labels',
    weight: 0.8,
    // Code labels as visitors say them: German, and English where a page has loaded it.
    text: (o) => codeLabels([...o.area, ...(o.audience ?? [])]),
  },
];

/** Numbers a prebuilt index keeps per offer, for the age filter. */
export const OFFER_NUMBERS: readonly NumberColumn<Offer>[] = [
  { key: 'ageMin', value: (o) => o.ageMin },
  { key: 'ageMax', value: (o) => o.ageMax },
];

/** Parses the `filters` attribute (canonical keys or German parameter names) into facet keys. */
export function parseFilterList(value: string | undefined): FacetKey[] {
  if (!value) return [...FACET_KEYS];
  const out = new Set<FacetKey>();
  for (const part of commaList(value)) {
    const name = fold(part);
    const key = FACET_KEYS.find((k) => k === name || FACET_PARAMS[k] === name);
    if (key) out.add(key);
    else console.warn(`bildung-angebote: unknown filter "${part}" in filters`);
  }
  return [...out];
}

/** Keeps offers matching the editor's presets (`area`, `audience`, `municipality` attributes). */
export function presetFilter(presets: { area: string[]; audience: string[]; municipality: string[] }) {
  const municipalities = new Set(presets.municipality.map(fold));
  return (o: Offer) =>
    (!presets.area.length || o.area.some((a) => presets.area.includes(a))) &&
    (!presets.audience.length || (o.audience ?? []).some((a) => presets.audience.includes(a))) &&
    (!municipalities.size || municipalities.has(fold(o.location?.municipality?.trim() ?? '')));
}

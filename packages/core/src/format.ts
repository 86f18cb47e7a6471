import type { Offer } from './feed/feed.types.js';
import type { Messages } from './i18n/i18n.js';

/** Every date and time is shown in the district's time zone, whatever the visitor's. */
export const TIME_ZONE = 'Europe/Berlin';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.Collator | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.Collator | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export function formatNumber(m: Messages, value: number, decimals?: number): string {
  return cached(`n|${m.locale}|${decimals}`, () =>
    new Intl.NumberFormat(m.locale, decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  ).format(value);
}

/** Periods in time order: "2022" < "2022/23" < "2023" (numeric-aware). */
export function comparePeriods(a: string, b: string): number {
  return cached('periods', () => new Intl.Collator('en', { numeric: true })).compare(a, b);
}

/** "189 €", "12,50 €". */
export function formatEuro(m: Messages, amount: number): string {
  const whole = Number.isInteger(amount);
  return cached(`eur|${m.locale}|${whole}`, () =>
    new Intl.NumberFormat(m.locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2 }),
  ).format(amount);
}

/** Noon UTC of a day (`YYYY-MM-DD`): the same calendar day in Europe/Berlin all year round. */
function noon(isoDate: string): Date {
  // A date alone is read as 00:00 UTC.
  return new Date(Date.parse(isoDate) + 432e5);
}

/** A date and time format of the language in Berlin time, made once per language and `key`. */
function dateFormat(m: Messages, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`${key}|${m.locale}`, () => new Intl.DateTimeFormat(m.locale, { ...options, timeZone: TIME_ZONE }));
}

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** A whole day (`YYYY-MM-DD`) as "1. Februar 2027". */
export function formatDay(m: Messages, isoDate: string): string {
  return dateFormat(m, 'day', DAY).format(noon(isoDate));
}

/** A whole day with its weekday: "Donnerstag, 22. April 2027". */
export function formatDayLong(m: Messages, isoDate: string): string {
  return dateFormat(m, 'daylong', { weekday: 'long', ...DAY }).format(noon(isoDate));
}

/** A clock time in Berlin, 24-hour, no leading zero: "9:30" (the language adds "Uhr"). */
export function formatClock(m: Messages, instant: Date): string {
  return dateFormat(m, 'clock', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** Two whole days as a range the language reads naturally ("1. Februar – 21. Juni 2027"). */
export function formatDayRange(m: Messages, start?: string, end?: string): string | undefined {
  if (start && end) return dateFormat(m, 'day', DAY).formatRange(noon(start), noon(end));
  if (start) return m.format.dateFrom(formatDay(m, start));
  if (end) return m.format.dateTo(formatDay(m, end));
  return undefined;
}

/** The language's own name for an ISO 639-1 code ("uk" → "Ukrainisch"); the code itself when unknown. */
export function languageName(m: Messages, code: string): string {
  try {
    return cached(`lang|${m.locale}`, () => new Intl.DisplayNames(m.locale, { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Label of a feed code; an unknown code is shown as written. */
export function codeLabel(m: Messages, field: keyof Messages['codes'], code: string): string {
  return labelOf(m.codes[field], code);
}

/** The label of `code` in `labels`, else the code as written. */
export function labelOf(labels: Record<string, string>, code: string): string {
  // Own labels only: a feed's code "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(labels, code) ? labels[code]! : code;
}

export function collator(m: Messages): Intl.Collator {
  return cached(`coll|${m.locale}`, () => new Intl.Collator(m.locale, { sensitivity: 'base', numeric: true }));
}

/** "a, b und c" in the language of `m`. */
export function formatList(m: Messages, items: string[]): string {
  return cached(`list|${m.locale}`, () => new Intl.ListFormat(m.locale, { type: 'conjunction' })).format(items);
}

/** "1–6 Jahre", "ab 14 Jahren", "bis 10 Jahre", or `undefined` without an age range. */
export function formatAgeRange(m: Messages, offer: Pick<Offer, 'ageMin' | 'ageMax'>): string | undefined {
  const { ageMin, ageMax } = offer;
  const n = (v: number) => formatNumber(m, v);
  if (ageMin !== undefined && ageMax !== undefined) return m.format.ageRange(n(ageMin), n(ageMax));
  if (ageMin !== undefined) return m.format.ageFrom(n(ageMin));
  if (ageMax !== undefined) return m.format.ageTo(n(ageMax));
  return undefined;
}

/** "kostenlos", "189 €", "189 € (ermäßigt 95 €)", or the note alone. */
export function formatCost(m: Messages, cost: Offer['cost']): string | undefined {
  if (!cost) return undefined;
  const main = cost.free ? m.format.free : cost.amount !== undefined ? formatEuro(m, cost.amount) : undefined;
  if (main && cost.note) return `${main} (${cost.note})`;
  return main ?? cost.note;
}

/** A file size in bytes as people read it: "2,3 MB", "740 kB" (binary multiples, as file managers show). */
export function formatFileSize(m: Messages, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    unit++;
  }
  return cached(`size|${m.locale}|${unit}`, () =>
    // Intl's units: byte, kilobyte, megabyte, gigabyte.
    new Intl.NumberFormat(m.locale, { style: 'unit', unit: `${['', 'kilo', 'mega', 'giga'][unit]}byte`, unitDisplay: 'short', maximumFractionDigits: unit < 2 ? 0 : 1 }),
  ).format(value);
}

/** "PDF, 2,3 MB" for a download: file type in capitals and its size, each only when known. */
export function formatFileInfo(m: Messages, type?: string, size?: number): string | undefined {
  return [type?.replace(/^\./, '').toUpperCase(), size !== undefined && formatFileSize(m, size)].filter(Boolean).join(', ') || undefined;
}

// Loaded on first use, in a file of its own next to an editor bundle (`bildung-*.csv.js`): it
// imports nothing from the main file at run time; the labels come in as `IndicatorCsvEnv` (see
// writers.ts, which builds it, and csv.ts, the synchronous API).
import type { Indicator } from './feed/feed.types.js';

/**
 * CSV that Excel opens correctly with German settings: UTF-8 with byte order mark (else Excel
 * guesses Windows-1252 and breaks every umlaut), `;` between fields (the list separator of the
 * German locale), decimal comma, CRLF line ends. Pure functions without DOM, so a command-line
 * tool can reuse them.
 */

/** A cell: text, a number (written with decimal comma), or empty (`null` / `undefined`). */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Field separator; default `;`. */
  separator?: string;
  /** Decimal separator of numbers; default `,`. */
  decimal?: string;
  /** Line end; default CRLF. */
  newline?: string;
  /** Start with a UTF-8 byte order mark (U+FEFF); default `true`. */
  bom?: boolean;
  /** Fewest decimals of every number ("31,0" for 31 with 1); default 0. */
  minDecimals?: number;
}

const BOM = '\uFEFF';

/**
 * A number as Excel reads it in German settings: decimal comma, no thousands separator, no
 * exponent, no "-0"; at least `minDecimals` (the indicator's precision: "31,0") and at most 10
 * decimals (floating-point noise such as 0.30000000000000004 goes, real precision stays).
 */
export function csvNumber(value: number, decimal = ',', minDecimals = 0): string {
  if (!Number.isFinite(value)) return '';
  const min = Math.min(10, Math.max(0, Math.floor(minDecimals)));
  const text = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: min, maximumFractionDigits: 10 }).format(value === 0 ? 0 : value);
  return text.replace(/^-(?=[0.]+$)/, '').replace('.', decimal);
}

/**
 * One field. Text is quoted when it holds the separator, a quote or a line break (quotes are
 * doubled). Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or CR) gets a leading apostrophe: feed text is untrusted, and a region called
 * `=HYPERLINK(…)` must stay text.
 */
export function csvField(cell: CsvCell, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvNumber(cell, options.decimal ?? ',', options.minDecimals ?? 0);
  let text = String(cell);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Rows to a CSV document (with BOM and a line end after the last row). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const newline = options.newline ?? '\r\n';
  const body = rows.map((row) => row.map((cell) => csvField(cell, options)).join(separator) + newline).join('');
  return (options.bom ?? true ? BOM : '') + body;
}

/**
 * The labels of the indicator file in German: the default, and the labels of every language that
 * has none of its own (they live here so that a page loads them only for a download).
 */
export const csvLabels = {
  indicator: 'Indikator',
  unit: 'Einheit',
  updated: 'Aktualisiert',
  period: 'Zeitraum',
  region: (name: string, ags: string) => `${name} (${ags})`,
  empty: 'Leere Zelle',
  emptyMeaning: 'keine Angabe (Wert nicht verfügbar oder geheim)',
  valueNote: 'Anmerkung',
  definition: 'Definition',
  notes: 'Hinweise',
  source: 'Quelle',
  sourceUrl: 'Quelle (Internet)',
};
export type CsvLabels = typeof csvLabels;

/** What the indicator writer needs from the rest of the core: the labels of the file's language. */
export interface IndicatorCsvEnv {
  /** The labels of the file's language (the `csv` strings of <bildung-indikator>); German (`csvLabels`) when it has none. */
  t: CsvLabels | undefined;
  /** Periods in time order (format.ts). */
  comparePeriods(a: string, b: string): number;
}

/** Which series `writeIndicatorCsv` writes, and when the feed last changed. */
export interface IndicatorCsvFileOptions {
  /** Region codes (AGS) of the series to include, in column order. Default: every series. */
  regions?: readonly string[] | undefined;
  /** When the district last changed the feed (its `updated`), written as "Aktualisiert". */
  updated?: string | undefined;
}

/**
 * An indicator's series as a CSV table (periods × regions) with its name, unit, definition,
 * notes and source, so the file still says where its numbers come from when it is passed on.
 * Empty cells mean "keine Angabe" (`null` in the feed, or no value for that period), never 0.
 */
export function writeIndicatorCsv(indicator: Indicator, options: IndicatorCsvFileOptions, { t = csvLabels, comparePeriods }: IndicatorCsvEnv): string {
  const series = options.regions
    ? options.regions.map((ags) => indicator.series.find((s) => s.region.ags === ags)).filter((s) => s !== undefined)
    : indicator.series;
  const periods = [...new Set(series.flatMap((s) => s.values.map((v) => v.period)))].sort(comparePeriods);
  const rows: CsvCell[][] = [[t.indicator, `${indicator.id} ${indicator.name}`]];
  if (indicator.unit) rows.push([t.unit, indicator.unit]);
  if (options.updated) rows.push([t.updated, options.updated]);
  rows.push([]);
  rows.push([t.period, ...series.map((s) => t.region(s.region.name, s.region.ags))]);
  const valueNotes: CsvCell[][] = [];
  for (const period of periods) {
    rows.push([
      period,
      ...series.map((s) => {
        const entry = s.values.find((v) => v.period === period);
        if (entry?.note) valueNotes.push([t.valueNote, `${period}, ${s.region.name}: ${entry.note}`]);
        return typeof entry?.value === 'number' ? entry.value : null;
      }),
    ]);
  }
  rows.push([]);
  rows.push([t.empty, t.emptyMeaning]);
  rows.push(...valueNotes);
  if (indicator.definition) rows.push([t.definition, indicator.definition]);
  if (indicator.notes) rows.push([t.notes, indicator.notes]);
  if (indicator.source) {
    rows.push([t.source, indicator.source.name]);
    if (indicator.source.url) rows.push([t.sourceUrl, indicator.source.url]);
  }
  return toCsv(rows, { minDecimals: indicator.decimals ?? 0 });
}

/**
 * The download of <bildung-indikator>: the CSV of the regions it shows (its own region first),
 * with the file's name (`indikator-B1.1-03351.csv`) and type.
 */
export function indicatorDownload(
  indicator: Indicator,
  options: IndicatorCsvFileOptions & { regions: readonly string[] },
  env: IndicatorCsvEnv,
): { text: string; name: string; type: string } {
  return { text: writeIndicatorCsv(indicator, options, env), name: csvFileName('indikator', indicator.id, options.regions[0] ?? ''), type: 'text/csv;charset=utf-8' };
}

/** A file name that every system accepts: `indikator-B1.1-03351.csv`. */
export function csvFileName(...parts: string[]): string {
  const safe = parts.map((p) => p.normalize('NFKD').replace(/[^\w.-]+/g, '_').replace(/^[._]+|[._]+$/g, '')).filter(Boolean);
  return `${safe.join('-').slice(0, 120) || 'daten'}.csv`;
}

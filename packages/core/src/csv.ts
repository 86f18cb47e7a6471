import type { Indicator } from './feed/feed.types.js';
import { de, type Messages } from './i18n/de.js';
import { writeIndicatorCsv } from './csv-writer.js';
import { csvEnv } from './writers.js';

export { toCsv, csvField, csvNumber, csvFileName, type CsvCell, type CsvOptions, type IndicatorCsvEnv } from './csv-writer.js';

/**
 * CSV for Excel in German settings, synchronously (the writer itself is in csv-writer.ts;
 * <bildung-indikator> loads it only when a visitor asks for the file).
 */

export interface IndicatorCsvOptions {
  /** Region codes (AGS) of the series to include, in column order. Default: every series. */
  regions?: readonly string[];
  /** Labels of the file (title rows, "Quelle" …); default German. Numbers stay German either way. */
  messages?: Messages;
  /** When the district last changed the feed (its `updated`), written as "Aktualisiert". */
  updated?: string;
}

/**
 * An indicator's series as a CSV table (periods × regions) with its name, unit, definition,
 * notes and source, so the file still says where its numbers come from when it is passed on.
 * Empty cells mean "keine Angabe" (`null` in the feed, or no value for that period), never 0.
 */
export function indicatorCsv(indicator: Indicator, options: IndicatorCsvOptions = {}): string {
  return writeIndicatorCsv(indicator, options, csvEnv((options.messages ?? de).locale));
}

import { localize, messagesFor } from './i18n/i18n.js';
import { termineMessages } from './i18n/termine.js';
import { indikatorMessages } from './i18n/indikator.js';
import { comparePeriods, formatDay } from './format.js';
import { isSafeUrl, mailHref } from './url.js';
import { berlinOffsetMinutes, eventTimes, formatPlace, nextDay } from './event-time.js';
import type { ICalendarEnv } from './ical-writer.js';
import type { IndicatorCsvEnv } from './csv-writer.js';

/**
 * The file writers (iCalendar, CSV) are loaded when a visitor first asks for a file: in the editor
 * bundles they sit in files of their own next to the main file (`bildung-*.ical.js`,
 * `bildung-*.csv.js`), which import nothing from it. Everything they need from here is handed over
 * (`…Env`); ical.ts and csv.ts are the synchronous API for everyone else.
 */

/** What the iCalendar writer needs, in language `lang`. */
export function icalEnv(lang: string): ICalendarEnv {
  return { t: localize(termineMessages, lang), m: messagesFor(lang), formatDay, berlinOffsetMinutes, eventTimes, nextDay, formatPlace, isSafeUrl, mailHref };
}

/** What the CSV writer needs, in language `lang` (the labels; numbers stay German). */
export function csvEnv(lang: string): IndicatorCsvEnv {
  return { t: localize(indikatorMessages, lang).csv, comparePeriods };
}

const warned = new Set<string>();

/**
 * Loads a writer on first use. When its file is missing (an editor copied only the main file) or
 * the network fails, it resolves to `undefined` and the console hears of it once per writer; the
 * next call tries again.
 */
export async function loadWriter<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(`bildung-widgets: the ${name} writer could not be loaded, no file was made (${error instanceof Error ? error.message : String(error)})`);
    }
    return undefined;
  }
}

/** Hands `text` to the browser as a download: a Blob, its object URL and a temporary `<a download>` in `parent`. */
export function saveFile(parent: ParentNode, text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

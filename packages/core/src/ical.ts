import type { FeedEvent } from './feed/feed.types.js';
import { clock } from './clock.js';
import { writeICalendar } from './ical-writer.js';
import { icalEnv } from './writers.js';

export { escapeText, foldLine, icsFileName, ICALENDAR_TYPE, type ICalendarEnv } from './ical-writer.js';

/**
 * iCalendar (RFC 5545) files for the feed's events, synchronously (the writer itself is in
 * ical-writer.ts; <bildung-termine> loads it only when a visitor asks for a file).
 */

export interface ICalendarOptions {
  /** DTSTAMP. Default: `clock.now()`. */
  now?: Date;
  /** Right-hand side of every UID, usually the host the feed comes from. Default: `bildung-widgets.invalid`. */
  domain?: string;
  /** Language of the texts the generator adds (registration, organiser, category). Default: `de`. */
  lang?: string;
  /** Calendar name shown by some calendar apps (X-WR-CALNAME). */
  name?: string;
}

/**
 * One iCalendar file with the given events (those with an unusable start are left out).
 * @example toICalendar(feed.events, { domain: 'www.kreis.de', now: new Date() })
 */
export function toICalendar(events: readonly FeedEvent[], options: ICalendarOptions = {}): string {
  const lang = options.lang ?? 'de';
  return writeICalendar(events, { now: options.now ?? clock.now(), domain: options.domain || 'bildung-widgets.invalid', lang, name: options.name }, icalEnv(lang));
}

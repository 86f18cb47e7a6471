import { localize } from './i18n/i18n.js';
import { termineMessages } from './i18n/termine.js';
import type { FeedEvent, Place } from './feed/feed.types.js';
import type { Messages } from './i18n/i18n.js';
import { isIsoDate, isIsoDateTime } from './feed/validate.js';
import { TIME_ZONE, formatClock, formatDay, formatDayLong, formatDayRange } from './format.js';

// Day and clock formats live with the other formats; this module has always offered them too.
export { formatClock, formatDayLong };
import { clock } from './clock.js';

/**
 * When an event takes place, and how people read it. Pure functions, no DOM: the widgets, the
 * iCalendar generator and (later) a command line tool share them.
 *
 * The feed's dates are either whole days (`2027-07-02`) or instants with an offset
 * (`2027-04-22T09:30:00+02:00`). The offset is authoritative for the instant; everything shown
 * to people is converted to the district's time zone (Europe/Berlin), whatever the visitor's.
 * Only Intl is used: no date library.
 */

/** A wall-clock time in Europe/Berlin. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** An event's times, normalised. */
export interface EventTimes {
  /** Whole days, no clock times: `allDay: true`, or a start or end given as a date. */
  allDay: boolean;
  /** First instant: the start, or 00:00 in Berlin on the first day of an all-day event. */
  start: Date;
  /**
   * Timed events: the end instant (missing when the feed gives none, or one not after the start).
   * All-day events: 00:00 in Berlin after the last day (exclusive), always present.
   */
  end?: Date;
  /** First day in Berlin, `YYYY-MM-DD`. */
  firstDay: string;
  /** Last day in Berlin (inclusive), `YYYY-MM-DD`. */
  lastDay: string;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat | undefined>();

/** A formatter that reads wall-clock times in an IANA time zone; `undefined` for an unknown zone. */
export function zoneFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!zoneFormats.has(timeZone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = undefined;
    }
    zoneFormats.set(timeZone, format);
  }
  return zoneFormats.get(timeZone);
}

/** The wall-clock time a `zoneFormat` shows at `instant`. */
export function wallTimeWith(format: Intl.DateTimeFormat, instant: Date): WallTime {
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  out.hour! %= 24;
  return out as unknown as WallTime;
}

/** The wall-clock time in Europe/Berlin at `instant`. */
export function berlinWallTime(instant: Date): WallTime {
  return wallTimeWith(zoneFormat(TIME_ZONE)!, instant);
}

let offsetFormat: Intl.DateTimeFormat | undefined;

/** Berlin's offset from UTC at `instant` as ISO 8601 writes it: `+02:00`. */
function berlinOffset(instant: Date): string {
  // Intl names the offset itself: "4/22/2027, GMT+02:00" (plain "GMT" for none).
  offsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
  return /[+-]\d\d:\d\d/.exec(offsetFormat.format(instant))?.[0] ?? '+00:00';
}

/** `+02:00` in minutes. */
const minutesOf = (offset: string) => Number(`${offset[0]}${Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))}`);

/** Minutes Europe/Berlin is ahead of UTC at `instant` (60 or 120). */
export function berlinOffsetMinutes(instant: Date): number {
  return minutesOf(berlinOffset(instant));
}

/**
 * The instant of a wall-clock time in Europe/Berlin. A time that occurs twice (the hour after
 * the switch back to winter time) means its first occurrence, as in RFC 5545; a time that does
 * not exist (the hour skipped in spring) is moved forward by the gap.
 */
export function berlinInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Berlin's offsets a day before and after: they differ only around a switch.
  const offsets = [-864e5, 864e5].map((away) => berlinOffsetMinutes(new Date(asUtc + away)));
  const summer = Math.max(...offsets);
  // The larger offset is right when Berlin has it at that instant (for a time that occurs twice,
  // it gives the first). Else the smaller one is: before a switch to summer time, after one to
  // winter time, or in the skipped hour (which it moves forward by the gap).
  const first = new Date(asUtc - summer * 60000);
  return berlinOffsetMinutes(first) === summer ? first : new Date(asUtc - Math.min(...offsets) * 60000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a wall time. */
export function isoDay(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The day after `isoDate` (a date alone is read as UTC, whose days are 24 hours long). */
export function nextDay(isoDate: string): string {
  return new Date(Date.parse(isoDate) + 864e5).toISOString().slice(0, 10);
}

/**
 * 00:00 in Berlin on `isoDate`: midnight read with the offset Berlin had a day before, then with
 * the offset at that instant (which corrects it when the clocks changed in between). The same as
 * `berlinInstant(y, m, d)` for every day since Berlin took CET in 1893, without its search; a
 * midnight that occurred twice (1 October 1916) is its first occurrence there too.
 */
export function berlinMidnight(isoDate: string): Date {
  const asUtc = Date.parse(isoDate);
  const guess = new Date(asUtc - berlinOffsetMinutes(new Date(asUtc - 864e5)) * 60000);
  return new Date(asUtc - berlinOffsetMinutes(guess) * 60000);
}

/** An instant as ISO 8601 in Berlin time with its offset: `2027-04-22T09:30:00+02:00`. */
export function berlinIso(instant: Date): string {
  // The wall-clock time is the instant moved by the offset, read in UTC (one lookup of the offset for both).
  const offset = berlinOffset(instant);
  return new Date(instant.getTime() + minutesOf(offset) * 60000).toISOString().slice(0, 19) + offset;
}

/** The day in Berlin at `instant`, `YYYY-MM-DD`. */
const berlinDay = (instant: Date) => berlinIso(instant).slice(0, 10);

type TimeFields = Pick<FeedEvent, 'startDate' | 'endDate' | 'allDay'>;

/**
 * Normalises an event's times, or `undefined` when its start is not a valid date (the validator
 * has dropped such events already; this keeps every other caller safe too).
 *
 * A date without a time means whole days: an event is all-day when `allDay` is true or when its
 * start or end is a date. An end before the start is ignored.
 */
export function eventTimes(event: TimeFields): EventTimes | undefined {
  const { startDate, endDate } = event;
  // A date, an instant, or nothing usable.
  const kind = (value: unknown) => (typeof value !== 'string' ? undefined : isIsoDate(value) ? 'day' : isIsoDateTime(value) ? 'instant' : undefined);
  const startKind = kind(startDate);
  if (!startKind) return undefined;
  const endKind = kind(endDate);
  const allDay = event.allDay === true || startKind === 'day' || endKind === 'day';
  const dayOf = (value: string, valueKind: string) => (valueKind === 'day' ? value : berlinDay(new Date(value)));

  if (allDay) {
    const firstDay = dayOf(startDate, startKind);
    let lastDay = endKind ? dayOf(endDate!, endKind) : firstDay;
    if (lastDay < firstDay) lastDay = firstDay;
    return { allDay, start: berlinMidnight(firstDay), end: berlinMidnight(nextDay(lastDay)), firstDay, lastDay };
  }
  const start = new Date(startDate);
  const endInstant = endKind ? new Date(endDate!) : undefined;
  const end = endInstant && endInstant > start ? endInstant : undefined;
  const firstDay = berlinDay(start);
  return { allDay, start, end, firstDay, lastDay: end ? berlinDay(end) : firstDay };
}

/**
 * An event is past when its end is before `now`; without an end, when its start is. An all-day
 * event ends with its last day (in Berlin).
 */
export function isPastEvent(times: EventTimes, now: Date = clock.now()): boolean {
  return times.allDay ? times.end! <= now : (times.end ?? times.start) < now;
}

/** A registration deadline (a date) has passed once that day is over in Berlin. */
export function isDeadlinePassed(deadline: string, now: Date = clock.now()): boolean {
  if (!isIsoDate(deadline)) return false;
  return berlinMidnight(nextDay(deadline)) <= now;
}

/** Upcoming events: soonest first (then the shorter one, then by name). */
export function compareUpcoming(a: EventTimes, b: EventTimes): number {
  return +a.start - +b.start || +(a.end ?? 0) - +(b.end ?? 0);
}

/** Past events: newest first. */
export function comparePast(a: EventTimes, b: EventTimes): number {
  return compareUpcoming(b, a);
}

/**
 * When an event takes place, as people read it, in Berlin time:
 * - "Donnerstag, 22. April 2027, 9:30–15:00 Uhr" (one day, with times),
 * - "Donnerstag, 22. April 2027, 9:30 Uhr" (no end),
 * - "2. Juli 2027, 9:00 Uhr – 3. Juli 2027, 16:00 Uhr" (several days, with times),
 * - "Freitag, 2. Juli 2027" (all day), "2.–3. Juli 2027" (several whole days).
 */
export function formatEventTime(m: Messages, times: EventTimes): string {
  const t = localize(termineMessages, m.locale);
  const { firstDay, lastDay, start, end } = times;
  if (times.allDay) return firstDay === lastDay ? formatDayLong(m, firstDay) : formatDayRange(m, firstDay, lastDay)!;
  const from = formatClock(m, start);
  if (!end) return t.dateTime(formatDayLong(m, firstDay), t.time(from));
  const to = formatClock(m, end);
  if (firstDay === lastDay) return t.dateTime(formatDayLong(m, firstDay), t.timeRange(from, to));
  return t.range(t.dateTime(formatDay(m, firstDay), t.time(from)), t.dateTime(formatDay(m, lastDay), t.time(to)));
}

/**
 * Machine-readable start and end (HTML `<time datetime>`, schema.org `startDate`/`endDate`):
 * days as `YYYY-MM-DD` (the end day inclusive), instants in Berlin time with offset.
 */
export function eventIsoDates(times: EventTimes): { start: string; end?: string } {
  if (times.allDay) return { start: times.firstDay, end: times.lastDay !== times.firstDay ? times.lastDay : undefined };
  return { start: berlinIso(times.start), end: times.end ? berlinIso(times.end) : undefined };
}

/** "Kreishaus, Großer Sitzungssaal, Flensburger Straße 7, 24837 Schleswig". */
export function formatPlace(place: Place | undefined): string | undefined {
  if (!place) return undefined;
  const town = [place.postalCode, place.locality ?? place.municipality].filter(Boolean).join(' ');
  return [place.name, place.street, town].filter((p) => p?.trim()).join(', ') || undefined;
}

// Loaded on first use, in a file of its own next to an editor bundle (`bildung-*.ical.js`): it
// imports nothing from the main file at run time; what it needs from there comes in as
// `ICalendarEnv` (see writers.ts, which builds it, and ical.ts, the synchronous API).
import type { FeedEvent } from './feed/feed.types.js';
import type { Messages } from './i18n/i18n.js';
import type { TermineMessages } from './i18n/termine.js';
import type { EventTimes } from './event-time.js';

/**
 * iCalendar (RFC 5545) files for the feed's events. Pure functions, no DOM: the widget turns the
 * text into a download; a command line tool can write it to a file.
 *
 * - CRLF after every line, lines folded at 75 octets (never inside a UTF-8 sequence);
 * - TEXT values escaped (`\\`, `;`, `,`, line breaks), other control characters removed;
 * - UID from the event id and the feed's host (stable: importing again updates, not duplicates);
 *   DTSTAMP from the clock;
 * - timed events in Europe/Berlin (`TZID`, with its VTIMEZONE), except an instant whose Berlin
 *   wall time occurs twice (the repeated hour in October), which is written in UTC;
 * - all-day events as DATE values with an exclusive DTEND.
 */

/** What the writer uses from the rest of the core: the strings of the file's language and the time helpers. */
export interface ICalendarEnv {
  /** The strings of <bildung-termine> and the shared strings (category labels, date format). */
  t: TermineMessages;
  m: Messages;
  formatDay(m: Messages, isoDate: string): string;
  berlinOffsetMinutes(instant: Date): number;
  eventTimes(event: FeedEvent): EventTimes | undefined;
  nextDay(isoDate: string): string;
  formatPlace(place: FeedEvent['location']): string | undefined;
  isSafeUrl(value: unknown): value is string;
  mailHref(email: unknown): string | undefined;
}

/** What `writeICalendar` writes into the file besides the events (all given). */
export interface ICalendarFileOptions {
  now: Date;
  domain: string;
  lang: string;
  name?: string | undefined;
}

/** MIME type of the files. */
export const ICALENDAR_TYPE = 'text/calendar;charset=utf-8';

const CRLF = '\r\n';
const TZID = 'Europe/Berlin';

/**
 * Europe/Berlin since 1996 (EU rules: summer time from the last Sunday of March, 02:00, to the last
 * Sunday of October, 03:00). Written by hand and checked by the tests with an independent parser.
 */
const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const n = utf8Length(char.codePointAt(0)!);
    if (octets + n > 75) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += n;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcStamp(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/**
 * `DTSTART;TZID=Europe/Berlin:20270422T093000`, or in UTC (`DTSTART:20271031T003000Z`) when the
 * Berlin wall time occurs twice (the repeated hour in October). RFC 5545 says such a time means
 * its first occurrence, but calendar programs disagree (ical.js, for one, reads the second), so
 * the file does not depend on it.
 */
function dateTimeProperty(name: string, instant: Date, berlinOffsetMinutes: ICalendarEnv['berlinOffsetMinutes']): { line: string; usesZone: boolean } {
  const whole = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  // The Berlin wall time, as the UTC fields of a date.
  const wall = new Date(whole.getTime() + berlinOffsetMinutes(whole) * 60000);
  // An instant has this wall time when Berlin is ahead by that offset then.
  const occurrences = [60, 120].filter((offset) => berlinOffsetMinutes(new Date(wall.getTime() - offset * 60000)) === offset).length;
  if (occurrences !== 1) return { line: `${name}:${utcStamp(whole)}`, usesZone: false };
  return { line: `${name};TZID=${TZID}:${utcStamp(wall).slice(0, -1)}`, usesZone: true };
}

function dateValue(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

function description(event: FeedEvent, { t, m, formatDay, isSafeUrl, mailHref }: ICalendarEnv): string | undefined {
  const lines: string[] = [];
  if (event.description?.trim()) lines.push(event.description.trim());
  const reg = event.registration;
  if (reg) {
    const how = [isSafeUrl(reg.url) ? reg.url : undefined, mailHref(reg.email)?.slice(7)].filter(Boolean).join(', ');
    if (reg.status === 'full') lines.push(t.full);
    else if (reg.status === 'closed') lines.push(t.closed);
    else if (reg.deadline) lines.push(how ? `${t.registrationUntil(formatDay(m, reg.deadline))}: ${how}` : t.registrationUntil(formatDay(m, reg.deadline)));
    else if (how) lines.push(t.icalRegistration(how));
  }
  const org = event.organizer;
  if (org?.name) lines.push(t.icalOrganizer([org.name, mailHref(org.email)?.slice(7), org.phone].filter(Boolean).join(', ')));
  if (isSafeUrl(event.url) && /^https?:/i.test(event.url)) lines.push(t.icalMoreInfo(event.url));
  return lines.length ? lines.join('\n\n') : undefined;
}

function veventLines(event: FeedEvent, times: EventTimes, options: ICalendarFileOptions, env: ICalendarEnv) {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${event.id}@${options.domain}`)}`, `DTSTAMP:${utcStamp(options.now)}`];
  let usesZone = false;
  if (times.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(times.firstDay)}`, `DTEND;VALUE=DATE:${dateValue(env.nextDay(times.lastDay))}`);
  } else {
    const start = dateTimeProperty('DTSTART', times.start, env.berlinOffsetMinutes);
    lines.push(start.line);
    usesZone ||= start.usesZone;
    if (times.end) {
      const end = dateTimeProperty('DTEND', times.end, env.berlinOffsetMinutes);
      lines.push(end.line);
      usesZone ||= end.usesZone;
    }
  }
  lines.push(`SUMMARY:${escapeText(event.name)}`);
  const text = description(event, env);
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  const where = env.formatPlace(event.location);
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  const { lat, lon } = event.location ?? {};
  if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) lines.push(`GEO:${lat};${lon}`);
  if (event.category) {
    const labels = env.t.categories;
    // Own labels only (a category "constructor" is shown as written).
    const label = Object.hasOwn(labels, event.category) ? labels[event.category]! : event.category;
    lines.push(`CATEGORIES:${escapeText(label)}`);
  }
  // URL is a URI value (not escaped): only a plain http(s) URL without control characters.
  if (env.isSafeUrl(event.url) && /^https?:\/\//i.test(event.url)) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return { lines, usesZone };
}

/**
 * One iCalendar file with the given events (those with an unusable start are left out). Outside a
 * widget use `toICalendar` (ical.ts), which fills in `env` and the defaults.
 */
export function writeICalendar(events: readonly FeedEvent[], options: ICalendarFileOptions, env: ICalendarEnv): string {
  const bodies: string[] = [];
  let usesZone = false;
  for (const event of events) {
    const times = env.eventTimes(event);
    if (!times) continue;
    const vevent = veventLines(event, times, options, env);
    usesZone ||= vevent.usesZone;
    bodies.push(...vevent.lines);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//bildung-widgets//bildung-termine//${options.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(usesZone ? VTIMEZONE_BERLIN : []),
    ...bodies,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for a calendar file: `base` reduced to safe characters (else `fallback`), plus `.ics`. */
export function icsFileName(base: string, fallback = 'calendar'): string {
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${safe || fallback}.ics`;
}

import { createHash } from 'node:crypto';
import { validateFeed } from '../../../core/src/feed/validate.js';
import type { FeedEvent, Place } from '../../../core/src/feed/feed.types.js';
import { berlinIso, nextDay } from '../../../core/src/event-time.js';
import { isSafeUrl } from '../../../core/src/url.js';
import { termine as deTermine } from '../../../core/src/i18n/de/termine.js';
import { termine as enTermine } from '../../../core/src/i18n/en/termine.js';
import { CliError, EXIT, UsageError, type Context } from '../context.js';
import { feedJson, readBytes, writeOutput } from '../files.js';
import { feedHead, optionString, parseCommandArgs } from '../feed-doc.js';
import { readIcs, prop, props, unescapeText, splitTextList, type IcsComponent, type IcsProperty } from '../ics/reader.js';
import { defaultZone, parseWall, resolveZone, utcZone, type WallTime, type Zone } from '../ics/timezones.js';
import { headerKey } from '../offers/columns.js';
import { problemText } from './validate.js';

/** A DTSTART/DTEND read: a whole day, or an instant. */
type When = { day: string } | { instant: Date; wall: WallTime };

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (w: WallTime) => `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;

const CATEGORY_CODES = new Map<string, string>();
for (const [code, label] of Object.entries(deTermine.categories)) {
  CATEGORY_CODES.set(headerKey(code), code);
  CATEGORY_CODES.set(headerKey(label), code);
  CATEGORY_CODES.set(headerKey(enTermine.categories[code] ?? code), code);
}
CATEGORY_CODES.set('infoveranstaltung', 'informationsveranstaltung');
CATEGORY_CODES.set('bildungskonferenz', 'konferenz');

/** A feed id from a UID: short plain UIDs as they are, others (Outlook's 100-character hex) hashed. */
function eventId(uid: string): string {
  if (/^[A-Za-z0-9._@-]{1,80}$/.test(uid)) return uid;
  return `termin-${createHash('sha256').update(uid).digest('hex').slice(0, 16)}`;
}

/**
 * LOCATION text → Place. "Kreishaus, Trift 26, 29221 Celle" gives name, street, postal code and
 * town; a web address or "Online"/"Teams"/"Zoom" gives `{ name: 'Online' }`; anything else is the name.
 */
export function placeOf(text: string): Place {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(t) || /^(online|microsoft teams[- ]?(besprechung|meeting)?|teams|zoom|webex|videokonferenz|bbb|bigbluebutton)$/i.test(t)) {
    return { name: 'Online' };
  }
  const parts = t.split(/\s*,\s*/).filter(Boolean);
  const last = parts.at(-1) ?? '';
  const town = /^(?:D-)?(\d{5})\s+(.+)$/.exec(last);
  if (!town || parts.length < 2) return { name: t };
  const place: Place = { postalCode: town[1]!, locality: town[2]! };
  const rest = parts.slice(0, -1);
  let streetAt = -1;
  rest.forEach((p, i) => {
    if (/\d/.test(p) && /[a-zäöüß]/i.test(p)) streetAt = i;
  });
  if (streetAt >= 0) place.street = rest[streetAt]!;
  const name = rest.filter((_, i) => i !== streetAt).join(', ');
  return name ? { name, ...place } : place;
}

interface Reader {
  zones: Map<string, IcsComponent>;
  floating: Zone;
  note(line: number, message: string): void;
  ctx: Context;
}

function readWhen(p: IcsProperty, r: Reader): When | undefined {
  const value = p.value.trim();
  const isDate = p.params.VALUE?.[0]?.toUpperCase() === 'DATE' || /^\d{8}$/.test(value);
  const wall = parseWall(value);
  if (!wall) return undefined;
  if (isDate) return { day: isoOf(wall) };
  let zone: Zone;
  if (value.endsWith('Z')) zone = utcZone();
  else if (p.params.TZID?.[0]) {
    const tzid = p.params.TZID[0];
    zone = resolveZone(tzid, r.zones);
    if (!zone.known) r.note(p.line, r.ctx.m.import.unknownZone(tzid));
  } else zone = r.floating;
  return { instant: zone.instant(wall), wall };
}

/** RFC 5545 DURATION → milliseconds (nominal days as 24 h; for all-day events whole days). */
function durationMs(value: string): { ms: number; days: number } | undefined {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!m) return undefined;
  const days = Number(m[2] ?? 0) * 7 + Number(m[3] ?? 0);
  const ms = (days * 86400 + Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1000;
  return { ms: m[1] === '-' ? -ms : ms, days };
}

function addDays(isoDate: string, n: number): string {
  let d = isoDate;
  for (let i = 0; i < n; i++) d = nextDay(d);
  return d;
}

function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

const fileType = (mime: string | undefined, url: string) => {
  const fromMime = { 'application/pdf': 'pdf', 'application/msword': 'doc', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx' }[
    (mime ?? '').toLowerCase()
  ];
  return fromMime ?? /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
};

/**
 * One VEVENT → an event, or why not: `excluded` by design (private, cancelled, a changed
 * occurrence of a series), or `skip`ped because it cannot be read (that fails the import).
 */
function readEvent(c: IcsComponent, r: Reader): FeedEvent | { skip: string; excluded?: boolean } {
  const m = r.ctx.m.import;
  const cls = prop(c, 'CLASS')?.value.trim().toUpperCase();
  if (cls === 'PRIVATE' || cls === 'CONFIDENTIAL') return { skip: m.private, excluded: true };
  if (prop(c, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') return { skip: m.cancelled, excluded: true };
  if (prop(c, 'RECURRENCE-ID')) return { skip: m.override, excluded: true };
  const summary = unescapeText(prop(c, 'SUMMARY')?.value ?? '').replace(/\s+/g, ' ').trim();
  if (!summary) return { skip: m.noSummary };
  const dtstart = prop(c, 'DTSTART');
  if (!dtstart) return { skip: m.noStart };
  const start = readWhen(dtstart, r);
  if (!start) return { skip: m.badDate(dtstart.value) };
  const dtend = prop(c, 'DTEND');
  let end = dtend ? readWhen(dtend, r) : undefined;
  if (dtend && !end) r.note(dtend.line, m.badDate(dtend.value));
  const duration = prop(c, 'DURATION');
  if (!dtend && duration) {
    const d = durationMs(duration.value);
    if (d && 'day' in start) end = { day: addDays(start.day, d.days) };
    else if (d && 'instant' in start) end = { instant: new Date(start.instant.getTime() + d.ms), wall: start.wall };
  }
  if (prop(c, 'RRULE') || prop(c, 'RDATE')) r.note(c.line, m.recurring);

  const event: FeedEvent = { id: '', name: summary, startDate: '' };
  const uid = prop(c, 'UID')?.value.trim();
  event.id = eventId(uid || `${summary}|${dtstart.value}`);
  const description = unescapeText(prop(c, 'DESCRIPTION')?.value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (description) event.description = description;

  // Outlook's older all-day events: midnight to midnight with X-MICROSOFT-CDO-ALLDAYEVENT.
  const msAllDay = /^TRUE$/i.test(prop(c, 'X-MICROSOFT-CDO-ALLDAYEVENT')?.value ?? prop(c, 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT')?.value ?? '');
  let s = start;
  let e = end;
  if (msAllDay && 'wall' in s && s.wall.hour === 0 && s.wall.minute === 0) {
    s = { day: isoOf(s.wall) };
    if (e && 'wall' in e) e = { day: isoOf(e.wall) };
  }
  if ('day' in s) {
    event.startDate = s.day;
    // DTEND of a date is exclusive: the event ends the day before.
    const last = e && 'day' in e ? dayBefore(e.day) : e && 'instant' in e ? isoOf(e.wall) : undefined;
    if (last && last > s.day) event.endDate = last;
    event.allDay = true;
  } else {
    event.startDate = berlinIso(s.instant);
    if (e && 'instant' in e) {
      if (e.instant.getTime() > s.instant.getTime()) event.endDate = berlinIso(e.instant);
      else if (e.instant.getTime() < s.instant.getTime()) r.note(dtend?.line ?? c.line, m.endBeforeStart);
    }
  }

  for (const p of props(c, 'CATEGORIES')) {
    const code = splitTextList(p.value)
      .map((item) => CATEGORY_CODES.get(headerKey(item)))
      .find(Boolean);
    if (code) {
      event.category = code;
      break;
    }
  }
  const location = unescapeText(prop(c, 'LOCATION')?.value ?? '').trim();
  if (location) event.location = placeOf(location);

  const organizer = prop(c, 'ORGANIZER');
  if (organizer) {
    const email = organizer.value.replace(/^mailto:/i, '').trim();
    const name = organizer.params.CN?.[0]?.trim() || email;
    if (name) event.organizer = email.includes('@') ? { name, email } : { name };
  }
  const documents = props(c, 'ATTACH')
    .filter((p) => !p.params.ENCODING && p.params.VALUE?.[0]?.toUpperCase() !== 'BINARY' && isSafeUrl(p.value.trim()) && /^https?:/i.test(p.value.trim()))
    .map((p) => {
      const url = p.value.trim();
      const title = p.params.FILENAME?.[0] ?? p.params['X-FILENAME']?.[0] ?? decodeURIComponent(url.replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1) ?? url);
      const type = fileType(p.params.FMTTYPE?.[0], url);
      return type ? { title, url, type } : { title, url };
    });
  if (documents.length) event.documents = documents;
  const url = prop(c, 'URL')?.value.trim();
  if (url && isSafeUrl(url)) event.url = url;
  return event;
}

export function runImportEvents(argv: string[], ctx: Context): number {
  const { positionals, options } = parseCommandArgs(argv);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? ctx.m.usage.oneFile : ctx.m.usage.noFile, 'import events');
  const file = positionals[0]!;
  const m = ctx.m.import;
  const roots = readIcs(readBytes(ctx, file));
  const calendars = roots.filter((c) => c.name === 'VCALENDAR');
  if (!calendars.length) throw new CliError(m.notCalendar(file));

  const events: { event: FeedEvent; line: number }[] = [];
  let skipped = 0;
  let excluded = 0;
  for (const calendar of calendars) {
    const zones = new Map<string, IcsComponent>();
    for (const z of calendar.children.filter((x) => x.name === 'VTIMEZONE')) {
      const tzid = prop(z, 'TZID')?.value.trim();
      if (tzid) zones.set(tzid, z);
    }
    const r: Reader = {
      zones,
      floating: defaultZone(prop(calendar, 'X-WR-TIMEZONE')?.value.trim(), zones),
      note: (line, message) => ctx.err(m.eventNote(line, message)),
      ctx,
    };
    for (const c of calendar.children.filter((x) => x.name === 'VEVENT')) {
      const result = readEvent(c, r);
      if ('skip' in result && result.excluded) {
        excluded++;
        ctx.err(m.eventExcluded(c.line, result.skip));
      } else if ('skip' in result) {
        skipped++;
        ctx.err(m.eventSkipped(c.line, result.skip));
      } else events.push({ event: result, line: c.line });
    }
  }

  // Soonest first; each through the widgets' validator; duplicate UIDs once.
  events.sort((a, b) => sortKey(a.event).localeCompare(sortKey(b.event)) || a.line - b.line);
  const out: FeedEvent[] = [];
  const seen = new Map<string, number>();
  for (const { event, line } of events) {
    const { feed, problems } = validateFeed({ version: 1, events: [event] });
    const clean = feed?.events?.[0];
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer.split('/').slice(3).join('.')}: ${problemText(p, ctx.lang)}`);
    if (!clean) {
      skipped++;
      ctx.err(m.eventSkipped(line, errors.join('; ')));
      continue;
    }
    for (const e of errors) ctx.err(m.eventNote(line, e));
    const first = seen.get(clean.id);
    if (first !== undefined) {
      skipped++;
      ctx.err(m.eventSkipped(line, m.duplicateId(clean.id, first)));
      continue;
    }
    seen.set(clean.id, line);
    out.push(clean);
  }
  if (!out.length) throw new CliError(m.noEvents(file));
  const feed = { ...feedHead(options, ctx.now), events: out };
  const final = validateFeed(feed);
  if (final.problems.some((p) => p.severity === 'error')) throw new Error(`generated feed does not validate: ${final.problems[0]!.pointer}`);
  writeOutput(ctx, optionString(options.output), feedJson(final.feed));
  ctx.err(m.eventsDone(out.length, skipped, excluded));
  return skipped ? EXIT.data : EXIT.ok;
}

/** Sorting key: the UTC instant of the start (a whole day: its Berlin midnight, roughly). */
function sortKey(e: FeedEvent): string {
  return /T/.test(e.startDate) ? new Date(e.startDate).toISOString() : `${e.startDate}T00:00:00.000Z`;
}

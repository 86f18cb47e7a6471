import { wallTimeWith, zoneFormat, type WallTime } from '../../../core/src/event-time.js';
import type { IcsComponent } from './reader.js';
import { prop, props } from './reader.js';

/**
 * Local times in named time zones → instants. A TZID is read, in this order, as
 *   1. an IANA name (`Europe/Berlin`, also behind a prefix like `/mozilla.org/20050126_1/`),
 *   2. a Windows name as Outlook writes it (`W. Europe Standard Time`),
 *   3. the rules of its VTIMEZONE in the file (any name, e.g. Outlook's "Customized Time Zone"),
 *   4. a display name that names a city of Central European Time ("(UTC+01:00) Amsterdam, Berlin, …"),
 * and only failing all of them as Europe/Berlin with a hint.
 */

export type { WallTime } from '../../../core/src/event-time.js';

export interface Zone {
  /** The instant of a wall time (a repeated time: its first occurrence; a skipped one: moved forward). */
  instant(wall: WallTime): Date;
  /** False when the TZID could not be resolved and Europe/Berlin was assumed. */
  known: boolean;
}

/** Windows time zone names (CLDR windowsZones, territory 001) of the zones an office is likely to meet. */
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabian Standard Time': 'Asia/Dubai',
  'Syria Standard Time': 'Asia/Damascus',
  'Iran Standard Time': 'Asia/Tehran',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
};

const CET_CITIES = /\b(Berlin|Amsterdam|Bern|Wien|Vienna|Stockholm|Rom|Rome|Brüssel|Brussels|Kopenhagen|Copenhagen|Madrid|Paris|Prag|Prague|Warschau|Warsaw|Budapest|Belgrad|Belgrade)\b/i;

const wallUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

function wallIn(format: Intl.DateTimeFormat, instant: number): WallTime {
  return wallTimeWith(format, new Date(instant));
}

/** An IANA zone through Intl (same approach as berlinInstant in core/src/event-time.ts). */
function ianaZone(format: Intl.DateTimeFormat): Zone {
  const offset = (instant: number) => Math.round((wallUtc(wallIn(format, instant)) - Math.floor(instant / 1000) * 1000) / 60000);
  return {
    known: true,
    instant(w) {
      const asUtc = wallUtc(w);
      const offsets = [...new Set([offset(asUtc - 864e5), offset(asUtc + 864e5)])].sort((a, b) => b - a);
      for (const o of offsets) {
        const candidate = asUtc - o * 60000;
        const back = wallIn(format, candidate);
        if (wallUtc(back) === asUtc) return new Date(candidate);
      }
      return new Date(asUtc - offsets[offsets.length - 1]! * 60000);
    },
  };
}

// ---- VTIMEZONE rules
interface Observance {
  from: number;
  to: number;
  start: WallTime;
  rule?: { month?: number; byDay?: { n: number; weekday: number }; monthDays?: number[]; until?: number; yearly: boolean };
  rdates: WallTime[];
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function parseWall(value: string): WallTime | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?Z?$/.exec(value.trim());
  if (!m) return undefined;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
}

function parseOffset(value: string | undefined): number | undefined {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec((value ?? '').trim());
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}

function observances(vtimezone: IcsComponent): Observance[] {
  const out: Observance[] = [];
  for (const c of vtimezone.children) {
    if (c.name !== 'STANDARD' && c.name !== 'DAYLIGHT') continue;
    const from = parseOffset(prop(c, 'TZOFFSETFROM')?.value);
    const to = parseOffset(prop(c, 'TZOFFSETTO')?.value);
    const start = parseWall(prop(c, 'DTSTART')?.value ?? '');
    if (from === undefined || to === undefined || !start) continue;
    const o: Observance = { from, to, start, rdates: [] };
    for (const r of props(c, 'RDATE')) for (const v of r.value.split(',')) {
      const w = parseWall(v);
      if (w) o.rdates.push(w);
    }
    const rrule = prop(c, 'RRULE')?.value;
    if (rrule) {
      const parts = Object.fromEntries(rrule.split(';').map((kv) => kv.split('=') as [string, string]));
      const byDay = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec((parts.BYDAY ?? '').split(',')[0] ?? '');
      const until = parts.UNTIL ? parseWall(parts.UNTIL) : undefined;
      o.rule = {
        yearly: parts.FREQ === 'YEARLY',
        month: parts.BYMONTH ? Number(parts.BYMONTH.split(',')[0]) : undefined,
        byDay: byDay ? { n: byDay[1] ? Number(byDay[1]) : 0, weekday: WEEKDAYS.indexOf(byDay[2]!) } : undefined,
        monthDays: parts.BYMONTHDAY ? parts.BYMONTHDAY.split(',').map(Number) : undefined,
        until: until ? wallUtc(until) : undefined,
      };
    }
    out.push(o);
  }
  return out;
}

/** The day of `month` in `year` an RRULE picks (nth weekday, weekday among month days, or a month day). */
function ruleDay(year: number, month: number, rule: NonNullable<Observance['rule']>, fallbackDay: number): number | undefined {
  const daysIn = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weekdayOf = (d: number) => new Date(Date.UTC(year, month - 1, d)).getUTCDay();
  if (rule.byDay) {
    const candidates = [...Array(daysIn).keys()].map((k) => k + 1).filter((d) => weekdayOf(d) === rule.byDay!.weekday);
    const inMonthDays = rule.monthDays ? candidates.filter((d) => rule.monthDays!.includes(d)) : candidates;
    const n = rule.byDay.n;
    if (n > 0) return inMonthDays[n - 1];
    if (n < 0) return inMonthDays[inMonthDays.length + n];
    return inMonthDays[0];
  }
  if (rule.monthDays?.length) return rule.monthDays[0]! > 0 ? rule.monthDays[0] : daysIn + rule.monthDays[0]! + 1;
  return fallbackDay;
}

/** Transitions of one observance in `year`, as UTC milliseconds. */
function onsets(o: Observance, year: number): number[] {
  const at = (w: WallTime) => wallUtc(w) - o.from * 60000;
  const list: number[] = [];
  if (o.rule?.yearly && year >= o.start.year) {
    const month = o.rule.month ?? o.start.month;
    const day = ruleDay(year, month, o.rule, o.start.day);
    if (day !== undefined) {
      const t = at({ ...o.start, year, month, day });
      if (o.rule.until === undefined || t <= o.rule.until) list.push(t);
    }
  } else if (o.start.year === year) list.push(at(o.start));
  for (const r of o.rdates) if (r.year === year) list.push(at(r));
  return list;
}

function ruleZone(obs: Observance[]): Zone {
  const active = (utc: number): number | undefined => {
    const year = new Date(utc).getUTCFullYear();
    let best: { t: number; to: number } | undefined;
    for (const o of obs) {
      for (let y = year - 1; y <= year + 1; y++) {
        for (const t of onsets(o, y)) if (t <= utc && (!best || t > best.t)) best = { t, to: o.to };
      }
      // A rule that started long ago and repeats only rarely: look at its very first onset too.
      const first = wallUtc(o.start) - o.from * 60000;
      if (first <= utc && (!best || first > best.t) && !o.rule?.yearly) best = { t: first, to: o.to };
    }
    return best?.to;
  };
  const candidates = [...new Set(obs.map((o) => o.to))].sort((a, b) => b - a);
  return {
    known: true,
    instant(w) {
      const asUtc = wallUtc(w);
      for (const o of candidates) {
        const utc = asUtc - o * 60000;
        if (active(utc) === o) return new Date(utc);
      }
      // Before every transition or in a skipped hour: the standard offset (the smallest).
      return new Date(asUtc - candidates[candidates.length - 1]! * 60000);
    },
  };
}

function iana(tzid: string): Intl.DateTimeFormat | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(tzid)) return undefined;
  return zoneFormat(tzid);
}

const BERLIN = () => ianaZone(zoneFormat('Europe/Berlin')!);

/** The zone a TZID names (see the module comment for the order). */
export function resolveZone(tzid: string, vtimezones: Map<string, IcsComponent>): Zone {
  const name = tzid.trim();
  let f = iana(name);
  if (!f && name.startsWith('/')) {
    const segments = name.split('/').filter(Boolean);
    for (let k = 1; k < segments.length && !f; k++) f = iana(segments.slice(k).join('/'));
  }
  if (f) return ianaZone(f);
  const windows = WINDOWS_ZONES[name];
  if (windows && zoneFormat(windows)) return ianaZone(zoneFormat(windows)!);
  const vtimezone = vtimezones.get(name);
  if (vtimezone) {
    const obs = observances(vtimezone);
    if (obs.length) return ruleZone(obs);
  }
  if (CET_CITIES.test(name)) return BERLIN();
  return { ...BERLIN(), known: false };
}

/** Floating times (no TZID, no Z): the calendar's X-WR-TIMEZONE if it has one, else Europe/Berlin. */
export function defaultZone(calendarTz: string | undefined, vtimezones: Map<string, IcsComponent>): Zone {
  return calendarTz ? resolveZone(calendarTz, vtimezones) : BERLIN();
}

export function utcZone(): Zone {
  return { known: true, instant: (w) => new Date(wallUtc(w)) };
}

import type { Problem } from '../../core/src/feed/validate.js';
import { isIsoDate } from '../../core/src/feed/validate.js';
import { isSafeUrl } from '../../core/src/url.js';
import { berlinWallTime, eventTimes, isPastEvent, isoDay } from '../../core/src/event-time.js';
import type { CliMessages } from '../../core/src/i18n/cli.js';

/**
 * Editorial hints on top of the validator: things that are valid but probably not what the
 * district wants to publish. They never fail a check. They read the document as written (so
 * pointers keep the original indices) and skip entries the validator already found errors in.
 */
export interface Hint {
  pointer: string;
  message: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** `DD.MM.YYYY` for messages. */
export function germanDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

/** The same calendar day twelve months before `isoDate` (29 February → 28 February). */
function yearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Offers from which `validate` suggests `build-index` (docs/FEED.md, "Große Feeds"). */
export const SPLIT_FROM = 10_000;

export function editorialHints(doc: unknown, problems: readonly Problem[], now: Date, m: CliMessages['validate']): Hint[] {
  if (!isObject(doc)) return [];
  const hints: Hint[] = [];
  const withErrors = new Set(
    problems.filter((p) => p.severity === 'error').map((p) => /^\/(offers|events)\/\d+/.exec(p.pointer)?.[0]).filter(Boolean),
  );
  const today = isoDay(berlinWallTime(now));
  const staleBefore = yearBefore(today);

  const list = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);

  // From this many offers, one file makes every visitor download and parse all of them.
  if (list('offers').length >= SPLIT_FROM) hints.push({ pointer: '/offers', message: m.splitFeed(list('offers').length) });

  list('offers').forEach((offer, i) => {
    const at = `/offers/${i}`;
    if (!isObject(offer) || withErrors.has(at)) return;
    const updated = offer.updated;
    if (typeof updated === 'string' && isIsoDate(updated) && updated < staleBefore) {
      hints.push({ pointer: `${at}/updated`, message: m.staleOffer(germanDate(updated)) });
    }
    const p = isObject(offer.provider) ? offer.provider : {};
    if (!isSafeUrl(offer.url) && !isSafeUrl(p.url) && !hasText(p.email) && !hasText(p.phone)) {
      hints.push({ pointer: at, message: m.offerWithoutContact });
    }
  });

  list('events').forEach((event, i) => {
    const at = `/events/${i}`;
    if (!isObject(event) || withErrors.has(at)) return;
    const registration = isObject(event.registration) ? event.registration : {};
    const times = eventTimes(event as { startDate: string });
    if (times && registration.status === 'open' && isPastEvent(times, now)) {
      hints.push({ pointer: `${at}/registration/status`, message: m.pastEventOpen(germanDate(times.lastDay)) });
    }
    const o = isObject(event.organizer) ? event.organizer : {};
    const contact =
      isSafeUrl(event.url) || isSafeUrl(o.url) || hasText(o.email) || hasText(o.phone) || isSafeUrl(registration.url) || hasText(registration.email);
    if (!contact) hints.push({ pointer: at, message: m.eventWithoutContact });
  });
  return hints;
}

import { expect } from '@open-wc/testing';
// An independent, well-kept parser (Mozilla's, used by Thunderbird): dev dependency, tests only.
import ICAL from 'ical.js';
import { clock, escapeText, foldLine, icsFileName, loadLocale, toICalendar, type FeedEvent } from './index.js';

const NOW = new Date('2026-11-25T10:00:00+01:00');

/** Parses a file with ical.js, registering the file's own VTIMEZONEs (ical.js knows no zones but UTC). */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events };
}

function one(event: Partial<FeedEvent>, options = {}) {
  const text = toICalendar([{ id: 'e1', name: 'Fachtag', startDate: '2027-04-22T09:30:00+02:00', ...event }], { now: NOW, domain: 'kreis.example', ...options });
  return { text, ...parse(text), vevent: parse(text).events[0]! };
}

/** The UTC instant ical.js computes for a DTSTART/DTEND. */
const utc = (time: InstanceType<typeof ICAL.Time>) => time.toJSDate().toISOString();

describe('toICalendar', () => {
  afterEach(() => {
    ICAL.TimezoneService.reset();
  });

  describe('when writing the file format (RFC 5545)', () => {
    it('ends every line with CRLF and has no bare line breaks', () => {
      const { text } = one({ description: 'Zeile 1\nZeile 2\r\nZeile 3\rZeile 4' });
      expect(text.endsWith('\r\n')).to.be.true;
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines.at(-2)).to.equal('END:VCALENDAR');
    });

    it('folds lines at 75 octets without splitting a UTF-8 character, and the parser unfolds them', () => {
      const description = `Äußerst lange Beschreibung mit Umlauten (äöüß), Emoji 🎓📚 und Text. `.repeat(12).trim();
      const { text, vevent } = one({ description, name: `Fachtag „Übergang Schule – Beruf“ ${'ü'.repeat(60)}` });
      const encoder = new TextEncoder();
      const lines = text.split('\r\n').slice(0, -1);
      for (const line of lines) expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(lines.some((l) => l.startsWith(' '))).to.be.true;
      // Every physical line is valid UTF-8 on its own: no character was cut in half.
      const decoder = new TextDecoder('utf-8', { fatal: true });
      for (const line of lines) expect(() => decoder.decode(encoder.encode(line))).not.to.throw();
      expect(vevent.description).to.equal(description);
      expect(vevent.summary).to.equal(`Fachtag „Übergang Schule – Beruf“ ${'ü'.repeat(60)}`);
    });

    it('escapes backslash, semicolon, comma and line breaks in text, and drops control characters', () => {
      expect(escapeText('a,b;c\\d\ne\r\nf\u0007g')).to.equal('a\\,b\\;c\\\\d\\ne\\nfg');
      const tricky = 'Kosten: 10,00 €; Anmeldung\\Hinweis\nEND:VEVENT\nBEGIN:VALARM';
      const { text, vevent, events } = one({ name: tricky, description: tricky, location: { name: 'Saal 1; Haus B, 2. OG' } });
      expect(text).to.include('SUMMARY:Kosten: 10\\,00 €\\; Anmeldung\\\\Hinweis\\nEND:VEVENT\\nBEGIN:VALARM');
      expect(events).to.have.length(1);
      expect(vevent.summary).to.equal(tricky);
      expect(vevent.location).to.equal('Saal 1; Haus B, 2. OG');
    });

    it('folds exactly: 75 octets, then a space and 74 more', () => {
      const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
      expect(folded.map((l) => l.length)).to.deep.equal([75, 75, 64]);
      expect(folded[1]!.startsWith(' ')).to.be.true;
    });

    it('has VERSION, PRODID, a stable UID per event and DTSTAMP from the clock in UTC', () => {
      const { calendar, vevent, text } = one({ id: 'fachtag-2027' });
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.match(/bildung-widgets/);
      expect(vevent.uid).to.equal('fachtag-2027@kreis.example');
      expect(text).to.include('DTSTAMP:20261125T090000Z\r\n');
      const again = toICalendar([{ id: 'fachtag-2027', name: 'x', startDate: '2027-04-22' }], { domain: 'kreis.example', now: new Date() });
      expect(parse(again).events[0]!.uid).to.equal('fachtag-2027@kreis.example');
    });

    it('takes DTSTAMP from clock.now() when no time is given', () => {
      const real = clock.now;
      clock.now = () => new Date('2027-01-02T03:04:05Z');
      try {
        expect(toICalendar([{ id: 'a', name: 'a', startDate: '2027-04-22' }])).to.include('DTSTAMP:20270102T030405Z');
      } finally {
        clock.now = real;
      }
    });
  });

  describe('when an event has clock times', () => {
    it('writes Berlin wall time with TZID and a VTIMEZONE, and the parser finds the feed’s instant', () => {
      const { text, vevent } = one({ startDate: '2027-04-22T09:30:00+02:00', endDate: '2027-04-22T13:00:00Z' });
      expect(text).to.include('DTSTART;TZID=Europe/Berlin:20270422T093000\r\n');
      expect(text).to.include('DTEND;TZID=Europe/Berlin:20270422T150000\r\n');
      expect(text).to.include('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
      expect(vevent.startDate.zone.tzid).to.equal('Europe/Berlin');
      expect(utc(vevent.startDate)).to.equal('2027-04-22T07:30:00.000Z');
      expect(utc(vevent.endDate)).to.equal('2027-04-22T13:00:00.000Z');
    });

    it('keeps the right instants across the switch to summer time (28 March 2027)', () => {
      const feed: FeedEvent[] = [
        { id: 'before', name: 'vor der Umstellung', startDate: '2027-03-28T01:30:00+01:00', endDate: '2027-03-28T03:30:00+02:00' },
        { id: 'after', name: 'erster Sommertag', startDate: '2027-03-28T09:00:00+02:00', endDate: '2027-03-28T16:00:00+02:00' },
        { id: 'winter', name: 'letzter Wintertag', startDate: '2027-03-27T09:00:00+01:00', endDate: '2027-03-27T16:00:00+01:00' },
      ];
      const { events } = parse(toICalendar(feed, { now: NOW }));
      const byId = Object.fromEntries(events.map((e) => [e.uid.split('@')[0], e]));
      for (const event of feed) {
        const parsed = byId[event.id]!;
        expect(utc(parsed.startDate), event.id).to.equal(new Date(event.startDate).toISOString());
        expect(utc(parsed.endDate), event.id).to.equal(new Date(event.endDate!).toISOString());
      }
      // The night of the switch lasts one hour less: 01:30 CET to 03:30 CEST is one hour.
      expect(byId.before!.duration.toSeconds()).to.equal(3600);
    });

    it('keeps the right instants across the switch to winter time (31 October 2027), including the repeated hour', () => {
      const feed: FeedEvent[] = [
        { id: 'first-0230', name: '02:30 Sommerzeit', startDate: '2027-10-31T02:30:00+02:00' },
        { id: 'second-0230', name: '02:30 Winterzeit', startDate: '2027-10-31T02:30:00+01:00' },
        { id: 'overnight', name: 'über Nacht', startDate: '2027-10-30T20:00:00+02:00', endDate: '2027-10-31T10:00:00+01:00' },
        { id: 'day-after', name: 'erster Wintertag', startDate: '2027-11-01T09:00:00+01:00', endDate: '2027-11-01T12:00:00+01:00' },
      ];
      const text = toICalendar(feed, { now: NOW });
      // 02:30 happens twice that night. RFC 5545 reads such a local time as the first occurrence,
      // ical.js as the second: both are written in UTC, so no reader can get them wrong.
      expect(text).to.include('DTSTART:20271031T003000Z\r\n');
      expect(text).to.include('DTSTART:20271031T013000Z\r\n');
      expect(text).to.include('DTSTART;TZID=Europe/Berlin:20271030T200000\r\n');
      expect(text).to.include('DTEND;TZID=Europe/Berlin:20271031T100000\r\n');
      const byId = Object.fromEntries(parse(text).events.map((e) => [e.uid.split('@')[0], e]));
      for (const event of feed) {
        expect(utc(byId[event.id]!.startDate), event.id).to.equal(new Date(event.startDate).toISOString());
        if (event.endDate) expect(utc(byId[event.id]!.endDate), event.id).to.equal(new Date(event.endDate).toISOString());
      }
      expect(byId.overnight!.duration.toSeconds()).to.equal(15 * 3600);
    });

    it('leaves out DTEND when the feed gives no end', () => {
      const { text } = one({ endDate: undefined });
      expect(text).not.to.include('DTEND');
    });
  });

  describe('when an event lasts whole days', () => {
    it('writes DATE values with an exclusive DTEND and no time zone', () => {
      const { text, vevent } = one({ startDate: '2027-07-02', endDate: '2027-07-03', allDay: true });
      expect(text).to.include('DTSTART;VALUE=DATE:20270702\r\n');
      expect(text).to.include('DTEND;VALUE=DATE:20270704\r\n');
      expect(text).not.to.include('VTIMEZONE');
      expect(vevent.startDate.isDate).to.be.true;
      expect(vevent.startDate.toString()).to.equal('2027-07-02');
      expect(vevent.endDate.toString()).to.equal('2027-07-04');
    });

    it('makes a single day end the next day, also at the end of a month and a year', () => {
      expect(one({ startDate: '2027-12-31' }).text).to.include('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n');
      expect(one({ startDate: '2028-02-28T10:00:00+01:00', endDate: '2028-02-29T10:00:00+01:00', allDay: true }).text).to.include('DTEND;VALUE=DATE:20280301\r\n');
    });
  });

  describe('when an event has details', () => {
    it('writes LOCATION, GEO, URL, CATEGORIES and a DESCRIPTION with registration and organiser', () => {
      const { vevent, calendar } = one({
        description: 'Impulse und Workshops.',
        category: 'fachtag',
        location: { name: 'Kulturhaus Kropp', street: 'Am Markt 8', postalCode: '24848', locality: 'Kropp', lat: 54.4135, lon: 9.5081 },
        organizer: { name: 'Bildungsbüro', email: 'bildungsbuero@example.org', phone: '04621 555-100' },
        registration: { url: 'https://example.org/anmeldung', deadline: '2027-04-08', status: 'open' },
        url: 'https://example.org/fachtag',
      });
      const v = calendar.getFirstSubcomponent('vevent')!;
      expect(vevent.location).to.equal('Kulturhaus Kropp, Am Markt 8, 24848 Kropp');
      expect(v.getFirstPropertyValue('geo')).to.deep.equal([54.4135, 9.5081]);
      expect(v.getFirstPropertyValue('url')).to.equal('https://example.org/fachtag');
      expect(v.getFirstPropertyValue('categories')).to.equal('Fachtag');
      expect(vevent.description).to.equal(
        'Impulse und Workshops.\n\nAnmeldung bis 8. April 2027: https://example.org/anmeldung\n\nVeranstalter: Bildungsbüro, bildungsbuero@example.org, 04621 555-100\n\nWeitere Informationen: https://example.org/fachtag',
      );
    });

    it('writes the added texts in English with lang en (once they are loaded)', async () => {
      await loadLocale('en');
      const { vevent, calendar } = one({ category: 'konferenz', registration: { status: 'full' } }, { lang: 'en' });
      expect(vevent.description).to.equal('Fully booked');
      expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('categories')).to.equal('Education conference');
    });

    it('never writes an unsafe URL', () => {
      const { text } = one({ url: 'javascript:alert(1)', registration: { url: 'javascript:alert(1)' }, description: 'ok' });
      expect(text).not.to.match(/javascript/i);
    });

    it('puts several events in one file and leaves out events without a usable start', () => {
      const text = toICalendar(
        [
          { id: 'a', name: 'A', startDate: '2027-04-22T09:30:00+02:00' },
          { id: 'b', name: 'B', startDate: '2027-07-02', allDay: true },
          { id: 'c', name: 'C', startDate: '2027-02-31' },
        ],
        { now: NOW, name: 'Veranstaltungen, Kreis' },
      );
      const { events } = parse(text);
      expect(events.map((e) => e.summary)).to.deep.equal(['A', 'B']);
      expect(text).to.include('X-WR-CALNAME:Veranstaltungen\\, Kreis\r\n');
    });
  });

  describe('icsFileName', () => {
    it('makes a safe file name', () => {
      expect(icsFileName('fachtag-2027')).to.equal('fachtag-2027.ics');
      expect(icsFileName('Übergang: Schule/Beruf')).to.equal('Ubergang-Schule-Beruf.ics');
      expect(icsFileName('../..')).to.equal('calendar.ics');
      expect(icsFileName('…', 'veranstaltung')).to.equal('veranstaltung.ics');
    });
  });
});

import { expect } from '@open-wc/testing';
import {
  berlinInstant,
  berlinIso,
  eventIsoDates,
  eventTimes,
  formatEventTime,
  formatPlace,
  isDeadlinePassed,
  isPastEvent,
  loadLocale,
  messagesFor,
  type EventTimes,
} from './index.js';

const de = messagesFor('de');
// English comes from a file of its own: read after loadLocale('en').
let en = messagesFor('en');

function times(startDate: string, endDate?: string, allDay?: boolean): EventTimes {
  const t = eventTimes({ startDate, endDate, allDay });
  if (!t) throw new Error(`no times for ${startDate}`);
  return t;
}

describe('event times', () => {
  describe('when converting Berlin wall-clock times', () => {
    it('knows winter and summer time', () => {
      expect(berlinInstant(2027, 1, 15, 9, 30).toISOString()).to.equal('2027-01-15T08:30:00.000Z');
      expect(berlinInstant(2027, 7, 15, 9, 30).toISOString()).to.equal('2027-07-15T07:30:00.000Z');
    });

    it('reads the repeated hour in October as its first occurrence and moves the skipped hour in March forward', () => {
      expect(berlinInstant(2027, 10, 31, 2, 30).toISOString()).to.equal('2027-10-31T00:30:00.000Z');
      expect(berlinInstant(2027, 3, 28, 2, 30).toISOString()).to.equal('2027-03-28T01:30:00.000Z');
      expect(berlinInstant(2027, 3, 28, 0, 0).toISOString()).to.equal('2027-03-27T23:00:00.000Z');
    });

    it('writes an instant as ISO 8601 in Berlin time with its offset', () => {
      expect(berlinIso(new Date('2027-04-22T07:30:00Z'))).to.equal('2027-04-22T09:30:00+02:00');
      expect(berlinIso(new Date('2027-03-11T08:30:00Z'))).to.equal('2027-03-11T09:30:00+01:00');
    });
  });

  describe('when normalising an event', () => {
    it('takes the offset of a date-time as the truth for the instant', () => {
      const t = times('2027-04-22T09:30:00+02:00', '2027-04-22T13:00:00Z');
      expect(t.allDay).to.be.false;
      expect(t.start.toISOString()).to.equal('2027-04-22T07:30:00.000Z');
      expect(t.end!.toISOString()).to.equal('2027-04-22T13:00:00.000Z');
      expect([t.firstDay, t.lastDay]).to.deep.equal(['2027-04-22', '2027-04-22']);
    });

    it('takes the Berlin day of an instant, not the UTC day', () => {
      const t = times('2027-04-22T23:30:00Z');
      expect(t.firstDay).to.equal('2027-04-23');
    });

    it('treats dates without time as whole days with an exclusive end at Berlin midnight', () => {
      const t = times('2027-07-02', '2027-07-03', true);
      expect(t.allDay).to.be.true;
      expect(t.start.toISOString()).to.equal('2027-07-01T22:00:00.000Z');
      expect(t.end!.toISOString()).to.equal('2027-07-03T22:00:00.000Z');
      expect(times('2027-07-02').allDay).to.be.true;
      expect(times('2027-07-02T10:00:00+02:00', undefined, true).firstDay).to.equal('2027-07-02');
    });

    it('ignores an end before the start', () => {
      expect(times('2027-04-22T09:30:00+02:00', '2027-04-22T08:00:00+02:00').end).to.be.undefined;
      expect(times('2027-07-03', '2027-07-01').lastDay).to.equal('2027-07-03');
    });

    it('gives up on an impossible start', () => {
      expect(eventTimes({ startDate: '2027-02-31' })).to.be.undefined;
      expect(eventTimes({ startDate: '2027-02-28T25:00:00+01:00' })).to.be.undefined;
      expect(eventTimes({ startDate: 'morgen' })).to.be.undefined;
    });
  });

  describe('when deciding what is past', () => {
    const now = new Date('2026-11-25T10:00:00+01:00');

    it('counts an event as past when its end is before now', () => {
      expect(isPastEvent(times('2026-11-25T08:00:00+01:00', '2026-11-25T09:59:00+01:00'), now)).to.be.true;
      expect(isPastEvent(times('2026-11-25T08:00:00+01:00', '2026-11-25T10:30:00+01:00'), now)).to.be.false;
    });

    it('counts an event without end as past once it has started', () => {
      expect(isPastEvent(times('2026-11-25T09:00:00+01:00'), now)).to.be.true;
      expect(isPastEvent(times('2026-11-25T11:00:00+01:00'), now)).to.be.false;
    });

    it('keeps an all-day event upcoming until its last day is over in Berlin', () => {
      expect(isPastEvent(times('2026-11-25'), now)).to.be.false;
      expect(isPastEvent(times('2026-11-24'), now)).to.be.true;
      expect(isPastEvent(times('2026-11-24'), new Date('2026-11-24T22:59:00Z'))).to.be.false;
      expect(isPastEvent(times('2026-11-24'), new Date('2026-11-24T23:00:00Z'))).to.be.true;
    });

    it('closes a registration deadline at the end of that day in Berlin', () => {
      expect(isDeadlinePassed('2027-04-08', new Date('2027-04-08T21:59:00Z'))).to.be.false;
      expect(isDeadlinePassed('2027-04-08', new Date('2027-04-08T22:00:00Z'))).to.be.true;
    });
  });

  describe('when formatting for people', () => {
    it('writes one day with times in German, in Berlin time whatever the browser zone', () => {
      // The test browser runs in UTC: 07:30Z must read 9:30.
      expect(formatEventTime(de, times('2027-04-22T09:30:00+02:00', '2027-04-22T15:00:00+02:00'))).to.equal('Donnerstag, 22. April 2027, 9:30–15:00 Uhr');
      expect(formatEventTime(de, times('2027-04-22T07:30:00Z', '2027-04-22T13:00:00Z'))).to.equal('Donnerstag, 22. April 2027, 9:30–15:00 Uhr');
      expect(formatEventTime(de, times('2027-03-11T09:30:00+01:00'))).to.equal('Donnerstag, 11. März 2027, 9:30 Uhr');
    });

    it('shows the right Berlin time on both sides of the daylight-saving switches', () => {
      expect(formatEventTime(de, times('2027-03-27T08:00:00Z'))).to.equal('Samstag, 27. März 2027, 9:00 Uhr');
      expect(formatEventTime(de, times('2027-03-28T07:00:00Z'))).to.equal('Sonntag, 28. März 2027, 9:00 Uhr');
      expect(formatEventTime(de, times('2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z'))).to.equal('Sonntag, 28. März 2027, 1:30–3:30 Uhr');
      expect(formatEventTime(de, times('2027-10-30T07:00:00Z'))).to.equal('Samstag, 30. Oktober 2027, 9:00 Uhr');
      expect(formatEventTime(de, times('2027-10-31T08:00:00Z'))).to.equal('Sonntag, 31. Oktober 2027, 9:00 Uhr');
    });

    it('reads all-day and multi-day events naturally', () => {
      expect(formatEventTime(de, times('2027-07-02', '2027-07-03', true))).to.equal('2.–3. Juli 2027');
      expect(formatEventTime(de, times('2027-06-30', '2027-07-02'))).to.equal('30. Juni – 2. Juli 2027');
      expect(formatEventTime(de, times('2027-07-02', undefined, true))).to.equal('Freitag, 2. Juli 2027');
      expect(formatEventTime(de, times('2027-07-02T09:00:00+02:00', '2027-07-03T16:00:00+02:00'))).to.equal('2. Juli 2027, 9:00 Uhr – 3. Juli 2027, 16:00 Uhr');
    });

    it('writes English with lang en (once the English strings are loaded)', async () => {
      await loadLocale('en');
      en = messagesFor('en');
      expect(formatEventTime(en, times('2027-04-22T09:30:00+02:00', '2027-04-22T15:00:00+02:00'))).to.equal('Thursday, 22 April 2027, 9:30–15:00');
      // (en-GB puts spaces, sometimes thin ones, around the dash of a range)
      expect(formatEventTime(en, times('2027-07-02', '2027-07-03', true)).replace(/\s/g, ' ')).to.equal('2 – 3 July 2027');
      expect(formatEventTime(en, times('2027-07-02T09:00:00+02:00', '2027-07-03T16:00:00+02:00'))).to.equal('2 July 2027, 9:00 – 3 July 2027, 16:00');
    });

    it('gives machine-readable dates for <time> and schema.org', () => {
      expect(eventIsoDates(times('2027-04-22T07:30:00Z', '2027-04-22T13:00:00Z'))).to.deep.equal({ start: '2027-04-22T09:30:00+02:00', end: '2027-04-22T15:00:00+02:00' });
      expect(eventIsoDates(times('2027-07-02', '2027-07-03'))).to.deep.equal({ start: '2027-07-02', end: '2027-07-03' });
      expect(eventIsoDates(times('2027-07-02'))).to.deep.equal({ start: '2027-07-02', end: undefined });
    });

    it('joins a place into one line', () => {
      expect(formatPlace({ name: 'Kreishaus', street: 'Flensburger Straße 7', postalCode: '24837', locality: 'Schleswig' })).to.equal('Kreishaus, Flensburger Straße 7, 24837 Schleswig');
      expect(formatPlace({ name: 'Online' })).to.equal('Online');
      expect(formatPlace({})).to.be.undefined;
    });
  });
});

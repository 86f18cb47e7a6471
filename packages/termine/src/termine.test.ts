import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import './termine.js';
import { exampleEvents, exampleFeed, exampleNow, examplePastNames, exampleUpcomingNames } from './termine.examples.js';
import { $, $$, captureWarnings, download, expectFallbackWhileLoading, expectLoadError, expectPageTheme, feedUrl, firstEvent, forcedColors, freshPageEachTest, loadHostile, mount, PAGE_THEME, partText, SAFE_LINK, text, xssFlag } from '../../../tests/helpers.js';
import { clock, MICRODATA_ATTRIBUTE, type FeedEvent } from '../../core/src/index.js';
import type { BildungTermine } from './termine.js';

const termine = (attrs: Record<string, string> = {}, feed: unknown = exampleFeed) => mount('bildung-termine', attrs, feed);
const statusOf = (el: BildungTermine) => partText(el, 'status');
const upcomingTitles = (el: BildungTermine) => $$(el, '[part="list"] [part="event-title"]').map(text);
const pastTitles = (el: BildungTermine) => $$(el, '[part="past"] [part="event-title"]').map(text);

/** The card of the event whose name starts with `name`. */
function card(el: BildungTermine, name: string): HTMLElement {
  const found = $$(el, '[part="event"]').find((c) => text(c.querySelector('[part="event-title"]')).startsWith(name));
  if (!found) throw new Error(`no event "${name}"`);
  return found;
}

function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

async function openPast(el: BildungTermine) {
  $(el, '[part="past-toggle"]').click();
  await el.updateComplete;
}

describe('<bildung-termine>', () => {
  freshPageEachTest({ now: exampleNow });
  afterEach(() => ICAL.TimezoneService.reset());

  describe('when the feed has loaded', () => {
    it('lists the upcoming events soonest first and leaves the past ones out', async () => {
      const el = await termine();
      expect(statusOf(el)).to.equal('7 kommende Veranstaltungen');
      expect(upcomingTitles(el)).to.deep.equal(exampleUpcomingNames);
      for (const name of examplePastNames) expect(upcomingTitles(el)).not.to.include(name);
      await expect(el).to.be.accessible();
    });

    it('counts an event running now as upcoming, one without end as past once it has started', async () => {
      const el = await termine();
      // 9:00–12:00 today, now is 10:00.
      expect(upcomingTitles(el)[0]).to.equal('Netzwerktreffen der Planungsgruppe Bildung');
      // Yesterday 18:00, no end.
      expect(upcomingTitles(el)).not.to.include('Infoabend zum Bildungsbericht');
      clock.now = () => new Date('2026-11-25T12:00:01+01:00');
      el.requestUpdate();
      await el.updateComplete;
      expect(upcomingTitles(el)[0]).to.equal('Informationsabend: Rechtsanspruch auf Ganztag ab 2026');
      expect(statusOf(el)).to.equal('6 kommende Veranstaltungen');
    });

    it('gives each event a heading inside its own list item', async () => {
      const el = await termine();
      const list = $(el, '[part="list"]');
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-label')).to.equal('Kommende Veranstaltungen');
      expect($$(el, '[part="list"] > li > article > h3')).to.have.length(7);
    });

    it('writes date and time in German, in Berlin time, whatever the browser’s time zone', async () => {
      // The test browser runs in UTC; the feed says 09:30+02:00.
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.to.equal('Europe/Berlin');
      const el = await termine();
      const when = (name: string) => text(card(el, name).querySelector('[part="when"]'));
      expect(when('Workshop')).to.equal('Donnerstag, 22. April 2027, 9:30–15:00 Uhr');
      expect(when('Fachtag „Übergang')).to.equal('Donnerstag, 11. März 2027, 9:30–16:00 Uhr');
      expect(when('Sommerakademie')).to.equal('2.–3. Juli 2027');
      expect(when('Zukunftswerkstatt')).to.equal('2. September 2027, 9:00 Uhr – 3. September 2027, 16:00 Uhr');
    });

    it('converts times given in UTC or another offset to Berlin time', async () => {
      const el = await termine({}, { version: 1, events: [{ id: 'utc', name: 'In UTC', startDate: '2027-10-31T08:00:00Z', endDate: '2027-10-31T09:30:00Z' }] });
      expect(partText(el, 'when')).to.equal('Sonntag, 31. Oktober 2027, 9:00–10:30 Uhr');
      expect($(el, 'time').getAttribute('datetime')).to.equal('2027-10-31T09:00:00+01:00');
    });

    it('shows category and audience as labels', async () => {
      const el = await termine();
      const labels = [...card(el, '2. Bildungskonferenz').querySelectorAll('[part="label"]')].map(text);
      expect(labels).to.deep.equal(['Art: Bildungskonferenz', 'Zielgruppe: Fachkräfte', 'Zielgruppe: Erwachsene']);
      // The prefixes are for screen readers only.
      const prefix = card(el, '2. Bildungskonferenz').querySelector('[part="label"] .visually-hidden')!;
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('shows description with line breaks, place and organiser with contact links', async () => {
      const el = await termine();
      const c = card(el, 'Fachtag „Übergang');
      expect(text(c.querySelector('.description'))).to.include('Wie erreichen wir Jugendliche');
      const facts = Object.fromEntries([...c.querySelectorAll('.facts > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
      expect(facts).to.deep.equal({
        Ort: 'Kulturhaus Kropp, Am Markt 8, 24848 Kropp',
        Veranstalter: 'Kreis Schleswig-Flensburg, Bildungsbüro, E-Mail: bildungsbuero@example.org, Telefon: 04621 555-100',
      });
      const hrefs = [...c.querySelectorAll('.facts a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:bildungsbuero@example.org', 'tel:04621555100']);
    });

    it('links to the event’s own page', async () => {
      const el = await termine();
      const link = card(el, 'Fachtag „Übergang').querySelector<HTMLAnchorElement>('.event-link')!;
      expect(link.getAttribute('href')).to.equal('https://www.example.org/fachtag-2027');
      expect(text(link)).to.equal('Mehr zur Veranstaltung: Fachtag „Übergang Schule – Beruf im ländlichen Raum“');
    });

    it('fires bildung-ready with the number of events', async () => {
      expect(await firstEvent('bildung-termine', { src: feedUrl(exampleFeed) }, 'bildung-ready')).to.deep.equal({ itemCount: 10, problemCount: 0 });
    });
  });

  describe('when an event takes registrations', () => {
    const registration = (el: BildungTermine, name: string) => card(el, name).querySelector('[part="registration"]');

    it('names the deadline with the registration link and e-mail address', async () => {
      const el = await termine();
      const reg = registration(el, 'Fachtag „Übergang')!;
      expect(text(reg)).to.equal('Anmeldung bis 25. Februar 2027 Zur Anmeldung: Fachtag „Übergang Schule – Beruf im ländlichen Raum“ oder per E-Mail an bildungsbuero@example.org');
      const links = [...reg.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://www.example.org/anmeldung-fachtag-2027', 'mailto:bildungsbuero@example.org']);
    });

    it('offers the e-mail address alone when there is no form', async () => {
      const el = await termine();
      expect(text(registration(el, '2. Bildungskonferenz'))).to.equal('Anmeldung bis 6. Mai 2027 per E-Mail an bildungsbuero@example.org');
    });

    it('says "Anmeldeschluss vorbei" after the deadline, without links', async () => {
      const el = await termine();
      const reg = registration(el, 'Informationsabend')!;
      expect(text(reg)).to.equal('Anmeldeschluss vorbei');
      expect(reg.querySelector('a')).to.be.null;
    });

    it('keeps the deadline day open until midnight in Berlin', async () => {
      clock.now = () => new Date('2027-02-25T23:59:00+01:00');
      const el = await termine({ category: 'fachtag' });
      expect(text(registration(el, 'Fachtag „Übergang'))).to.match(/^Anmeldung bis 25. Februar 2027/);
      clock.now = () => new Date('2027-02-26T00:00:00+01:00');
      el.requestUpdate();
      await el.updateComplete;
      expect(text(registration(el, 'Fachtag „Übergang'))).to.equal('Anmeldeschluss vorbei');
    });

    it('says "Ausgebucht" and "Anmeldung geschlossen" for full and closed events', async () => {
      const el = await termine();
      expect(text(registration(el, 'Workshop'))).to.equal('Ausgebucht');
      expect(text(registration(el, 'Sommerakademie'))).to.equal('Anmeldung geschlossen');
      expect(registration(el, 'Workshop')!.querySelector('a')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('shows nothing about registration for events without it', async () => {
      const el = await termine();
      expect(registration(el, 'Zukunftswerkstatt')).to.be.null;
    });
  });

  describe('when the visitor looks for past events', () => {
    it('offers them behind a clearly labelled disclosure button', async () => {
      const el = await termine();
      const toggle = $(el, '[part="past-toggle"]');
      expect(toggle.localName).to.equal('button');
      expect(text(toggle)).to.equal('Vergangene Veranstaltungen (3)');
      expect(toggle.closest('h3')).to.exist;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(el, `#${toggle.getAttribute('aria-controls')}`);
      expect(panel.hidden).to.be.true;
      expect(getComputedStyle(panel).display).to.equal('none');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.be.false;
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(panel.hidden).to.be.true;
    });

    it('lists them newest first with their documents as download links with type and size', async () => {
      const el = await termine();
      await openPast(el);
      expect(pastTitles(el)).to.deep.equal(examplePastNames);
      expect($$(el, '[part="past"] > li > article > h4')).to.have.length(3);
      const docs = [...card(el, 'Fachtag „Sprache').querySelectorAll<HTMLAnchorElement>('[part="documents"] a')];
      expect(docs.map(text)).to.deep.equal(['Dokumentation des Fachtags (PDF, 2,3 MB)', 'Präsentation Impulsvortrag (PPTX, 1,8 MB)', 'Pressemitteilung (PDF, 240 kB)']);
      expect(docs.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.example.org/fachtag-2026-dokumentation.pdf',
        'https://www.example.org/fachtag-2026-impuls.pptx',
        'https://www.example.org/fachtag-2026-presse.pdf',
      ]);
    });

    it('shows no registration and no calendar button for past events', async () => {
      const el = await termine();
      await openPast(el);
      const past = card(el, 'Fachtag „Sprache');
      expect(past.querySelector('[part="registration"]')).to.be.null;
      expect(past.querySelector('[part="calendar"]')).to.be.null;
      expect(text(past.querySelector('[part="when"]'))).to.equal('Donnerstag, 24. September 2026, 9:00–15:30 Uhr');
    });

    it('shows no disclosure when nothing is past', async () => {
      const el = await termine({}, { version: 1, events: exampleEvents.slice(3) });
      expect(el.shadowRoot!.querySelector('[part="past-toggle"]')).to.be.null;
    });

    it('reaches the documentation of the last event with the keyboard alone', async () => {
      const el = await termine({ category: 'fachtag' });
      // Start at the last control before the disclosure: the "Alle … in den Kalender" button.
      $(el, '[part="calendar-all"]').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="past-toggle"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="past-toggle"]').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(text(el.shadowRoot!.activeElement)).to.equal('Dokumentation des Fachtags (PDF, 2,3 MB)');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($(el, '[part="past-toggle"]').getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('when the visitor adds events to a calendar', () => {
    it('downloads one event as a valid iCalendar file with “In den Kalender”', async () => {
      const el = await termine();
      const button = card(el, 'Workshop').querySelector<HTMLButtonElement>('[part="calendar"]')!;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('In den Kalender: Workshop „Bildungsdaten lesen und nutzen“');
      const file = await download(() => button.click());
      expect(file.name).to.equal('workshop-daten-2027.ics');
      expect(file.type).to.match(/^text\/calendar/);
      expect(file.text.startsWith('BEGIN:VCALENDAR\r\n')).to.be.true;
      const [event, ...rest] = parseCalendar(file.text);
      expect(rest).to.have.length(0);
      expect(event!.summary).to.equal('Workshop „Bildungsdaten lesen und nutzen“');
      expect(event!.startDate.toJSDate().toISOString()).to.equal('2027-04-22T07:30:00.000Z');
      expect(event!.endDate.toJSDate().toISOString()).to.equal('2027-04-22T13:00:00.000Z');
      expect(event!.location).to.equal('Volkshochschule Schleswig, Hafenstraße 12, 24837 Schleswig');
      expect(event!.uid).to.equal(`workshop-daten-2027@${location.hostname}`);
      expect(file.text).to.include('DTSTAMP:20261125T090000Z');
    });

    it('writes an all-day event as whole days', async () => {
      const el = await termine();
      const file = await download(() => card(el, 'Sommerakademie').querySelector<HTMLButtonElement>('[part="calendar"]')!.click());
      const [event] = parseCalendar(file.text);
      expect(event!.startDate.isDate).to.be.true;
      expect([event!.startDate.toString(), event!.endDate.toString()]).to.deep.equal(['2027-07-02', '2027-07-04']);
    });

    it('downloads every upcoming event, and no past one, in one file', async () => {
      const el = await termine();
      const button = $(el, '[part="calendar-all"]');
      expect(text(button)).to.equal('Alle 7 Termine in den Kalender');
      const file = await download(() => button.click());
      expect(file.name).to.equal('veranstaltungen.ics');
      const events = parseCalendar(file.text);
      expect(events.map((e) => e.summary)).to.deep.equal(exampleUpcomingNames);
      expect(file.text).to.include('X-WR-CALNAME:Kommende Veranstaltungen – Kreis Schleswig-Flensburg');
    });

    it('works from the keyboard', async () => {
      const el = await termine();
      const button = card(el, 'Workshop').querySelector<HTMLButtonElement>('[part="calendar"]')!;
      button.focus();
      const file = await download(() => sendKeys({ press: 'Enter' }));
      expect(parseCalendar(file.text)[0]!.summary).to.equal('Workshop „Bildungsdaten lesen und nutzen“');
    });

    describe('when the calendar writer cannot be loaded (an editor copied only the main file)', () => {
      // The built bundle's missing bildung-*.ical.js is tested on a real page in tests/security/download-files.test.ts.
      const writerMissing = (el: BildungTermine, missing: boolean) => {
        const own = el as unknown as { _calendarWriter?: () => Promise<never> };
        if (missing) own._calendarWriter = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        else delete own._calendarWriter;
      };
      const failing = async (attrs: Record<string, string> = {}) => {
        const el = await termine(attrs);
        writerMissing(el, true);
        return el;
      };

      it('says so next to the button that was pressed, keeps the focus there, and the next success clears it', async () => {
        const el = await failing();
        const button = card(el, 'Workshop').querySelector<HTMLButtonElement>('[part="calendar"]')!;
        button.focus();
        const { warnings } = await captureWarnings(async () => {
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => el.shadowRoot!.querySelector('[part="calendar-error"]'), 'no message');
        });
        expect(warnings.join('\n')).to.match(/^(bildung-widgets: the calendar writer could not be loaded, no file was made \(.+\))?$/);
        const message = card(el, 'Workshop').querySelector('[part="calendar-error"]')!;
        expect(text(message)).to.equal('Die Kalenderdatei kann gerade nicht erstellt werden. Bitte versuchen Sie es später noch einmal.');
        expect(message.getAttribute('role')).to.equal('alert');
        expect($$(el, '[part="calendar-error"]')).to.have.length(1);
        expect(el.shadowRoot!.activeElement).to.equal(button);
        await expect(el).to.be.accessible();
        writerMissing(el, false);
        const file = await download(() => button.click());
        expect(parseCalendar(file.text)).to.have.length(1);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="calendar-error"]')).to.be.null;
      });

      it('says so in English on an English page, under the button for all events', async () => {
        const el = await failing({ lang: 'en' });
        $(el, '[part="calendar-all"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="calendar-error"]'), 'no message');
        expect(text($(el, '.list-actions [part="calendar-error"]'))).to.equal('The calendar file cannot be created right now. Please try again later.');
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('when the editor sets attributes', () => {
    it('shows only the categories named in `category`, upcoming and past', async () => {
      const el = await termine({ category: 'fachtag, konferenz' });
      expect(upcomingTitles(el)).to.deep.equal(['Fachtag „Übergang Schule – Beruf im ländlichen Raum“', '2. Bildungskonferenz „Bildung gemeinsam gestalten“', 'Sommerakademie Frühe Bildung']);
      await openPast(el);
      expect(pastTitles(el)).to.deep.equal(examplePastNames.slice(1));
    });

    it('shows the next N with `limit` and links to all with `more-href`', async () => {
      const el = await termine({ limit: '2', 'more-href': '/bildung/termine' });
      expect(upcomingTitles(el)).to.deep.equal(exampleUpcomingNames.slice(0, 2));
      expect(statusOf(el)).to.equal('Die nächsten 2 von 7 kommenden Veranstaltungen');
      const more = $<HTMLAnchorElement>(el, 'a[part="more"]');
      expect(text(more)).to.equal('Alle Veranstaltungen');
      expect(more.href).to.equal(new URL('/bildung/termine', location.href).href);
      // The calendar file still has every upcoming event.
      const file = await download(() => $(el, '[part="calendar-all"]').click());
      expect(parseCalendar(file.text)).to.have.length(7);
    });

    it('makes no link of a `more-href` that is not http(s)', async () => {
      const el = await termine({ limit: '2', 'more-href': 'javascript:alert(1)' });
      expect(el.shadowRoot!.querySelector('a[part="more"]')).to.be.null;
    });

    it('shows the rest in place without `more-href`, and moves focus to the first new event', async () => {
      const el = await termine({ limit: '3' });
      const more = $(el, 'button[part="more"]');
      expect(text(more)).to.equal('Alle 7 Veranstaltungen anzeigen');
      more.click();
      await el.updateComplete;
      expect(upcomingTitles(el)).to.deep.equal(exampleUpcomingNames);
      expect(text(el.shadowRoot!.activeElement)).to.equal(exampleUpcomingNames[3]);
      expect(el.shadowRoot!.querySelector('[part="more"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('mirrors attributes as properties', async () => {
      const el = await termine({ limit: '2', category: 'fachtag', 'more-href': '/alle' });
      expect(el.limit).to.equal(2);
      expect(el.category).to.equal('fachtag');
      expect(el.moreHref).to.equal('/alle');
      el.limit = 1;
      el.category = 'konferenz';
      el.moreHref = '/konferenzen';
      await el.updateComplete;
      expect(el.getAttribute('limit')).to.equal('1');
      expect(el.getAttribute('category')).to.equal('konferenz');
      expect(el.getAttribute('more-href')).to.equal('/konferenzen');
      expect(upcomingTitles(el)).to.deep.equal(['2. Bildungskonferenz „Bildung gemeinsam gestalten“']);
      expect(el.upcomingEvents.map((e) => e.id)).to.deep.equal(['bildungskonferenz-2027']);
    });
  });

  describe('when nothing is planned', () => {
    it('says so, and still offers the past events', async () => {
      const el = await termine({}, { version: 1, events: exampleEvents.slice(0, 3) });
      expect(statusOf(el)).to.equal('Derzeit sind keine Veranstaltungen geplant.');
      expect(el.shadowRoot!.querySelector('[part="list"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('[part="calendar-all"]')).to.be.null;
      expect(partText(el, 'past-toggle')).to.equal('Vergangene Veranstaltungen (3)');
      await expect(el).to.be.accessible();
    });

    it('says so for a feed without events', async () => {
      const el = await termine({}, { version: 1 });
      expect(statusOf(el)).to.equal('Derzeit sind keine Veranstaltungen geplant.');
      expect(el.shadowRoot!.querySelector('[part="past-toggle"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('when search engines read the page', () => {
    it('marks every event up as a schema.org Event in the shadow DOM, with ISO dates', async () => {
      const el = await termine();
      const item = card(el, 'Workshop');
      expect(item.getAttribute('itemtype')).to.equal('https://schema.org/Event');
      expect(item.hasAttribute('itemscope')).to.be.true;
      expect(text(item.querySelector('[itemprop="name"]'))).to.equal('Workshop „Bildungsdaten lesen und nutzen“');
      expect(item.querySelector('time[itemprop="startDate"]')!.getAttribute('datetime')).to.equal('2027-04-22T09:30:00+02:00');
      expect(item.querySelector('meta[itemprop="endDate"]')!.getAttribute('content')).to.equal('2027-04-22T15:00:00+02:00');
      expect(item.querySelector('[itemprop="offers"] link[itemprop="availability"]')!.getAttribute('href')).to.equal('https://schema.org/SoldOut');
    });

    it('copies the microdata into the light DOM, hidden and without text, with the same itemid', async () => {
      const el = await termine();
      const box = el.querySelector<HTMLElement>(`[${MICRODATA_ATTRIBUTE}]`)!;
      expect(box.hidden).to.be.true;
      expect(box.getClientRects()).to.have.length(0);
      expect(box.textContent!.trim()).to.equal('');
      const items = [...box.querySelectorAll(':scope > [itemtype="https://schema.org/Event"]')];
      expect(items).to.have.length(10);
      const konferenz = items.find((i) => i.querySelector('meta[itemprop="name"]')!.getAttribute('content')!.startsWith('2. Bildungskonferenz'))!;
      expect(konferenz.querySelector(':scope > meta[itemprop="startDate"]')!.getAttribute('content')).to.equal('2027-05-20T09:00:00+02:00');
      expect(konferenz.querySelector('[itemprop="location"] meta[itemprop="addressLocality"]')!.getAttribute('content')).to.equal('Schleswig');
      expect(konferenz.querySelector('[itemprop="location"] [itemprop="geo"] meta[itemprop="latitude"]')!.getAttribute('content')).to.equal('54.5232');
      expect(konferenz.getAttribute('itemid')).to.equal(card(el, '2. Bildungskonferenz').getAttribute('itemid'));
      expect(konferenz.getAttribute('itemid')).to.match(/#event-bildungskonferenz-2027$/);
      const allDay = items.find((i) => i.getAttribute('itemid')!.endsWith('sommerakademie-2027'))!;
      expect(allDay.querySelector(':scope > meta[itemprop="startDate"]')!.getAttribute('content')).to.equal('2027-07-02');
      expect(allDay.querySelector(':scope > meta[itemprop="endDate"]')!.getAttribute('content')).to.equal('2027-07-03');
      const online = items.find((i) => i.getAttribute('itemid')!.endsWith('info-ganztag-2026'))!;
      expect(online.querySelector('[itemprop="location"]')!.getAttribute('itemtype')).to.equal('https://schema.org/VirtualLocation');
      await expect(el).to.be.accessible();
    });

    it('keeps one copy however often it renders, and no inline script', async () => {
      const el = await termine({ limit: '2' });
      el.limit = 3;
      await el.updateComplete;
      expect(el.querySelectorAll(`[${MICRODATA_ATTRIBUTE}]`)).to.have.length(1);
      expect(el.querySelectorAll(`[${MICRODATA_ATTRIBUTE}] > [itemscope]`)).to.have.length(3 + 3);
      expect(el.querySelector('script')).to.be.null;
      expect(el.shadowRoot!.querySelector('script')).to.be.null;
    });
  });

  describe('when it is still loading', () => {
    it('shows the content between the tags, then replaces it', async () => {
      await expectFallbackWhileLoading('bildung-termine', {}, exampleFeed, '<a href="/termine.html">Alle Termine des Bildungsbüros</a>');
    });
  });

  describe('when the feed cannot be loaded', () => {
    it('shows the loader’s message with a retry and the fallback content', async () => {
      await expectLoadError('bildung-termine', {}, '<p>Termine: <a href="/termine.pdf">PDF</a></p>');
    });
  });

  describe('when the feed is hostile', () => {
    const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const hostile = {
      version: 1,
      events: [
        {
          id: 'xss',
          name: `Fachtag ${XSS}`,
          description: XSS,
          startDate: '2027-04-22T09:30:00+02:00',
          category: XSS,
          audience: [XSS],
          location: { name: XSS, street: XSS },
          organizer: { name: XSS, url: 'javascript:window.__xss=1', email: `"><img src=x onerror=window.__xss=1>@x.de`, phone: 'javascript:1' },
          registration: { url: 'javascript:window.__xss=1', email: 'javascript:alert(1)', deadline: '2027-02-31' },
          documents: [
            { title: 'Gefährlich', url: 'javascript:window.__xss=1', type: 'pdf', size: 1 },
            { title: 'Daten', url: 'data:text/html,<script>window.__xss=1</script>' },
            { title: `Sicher ${XSS}`, url: 'https://example.org/ok.pdf', type: XSS, size: 1024 },
          ],
          url: ' javascript:window.__xss=1',
        },
        { id: 'impossible', name: 'Unmöglicher Tag', startDate: '2027-02-31' },
        { id: 'impossible-time', name: 'Unmögliche Zeit', startDate: '2027-03-01T24:30:00+01:00' },
        { id: 'bad-end', name: 'Ende kaputt', startDate: '2027-03-02', endDate: '31.02.2027' },
        { id: 'no-start', name: 'Ohne Beginn' },
      ] as unknown as FeedEvent[],
    };
    let el: BildungTermine;
    let warnings: string[];

    beforeEach(async () => {
      ({ result: el, warnings } = await loadHostile(() => termine({}, hostile)));
    });

    it('skips events with impossible dates and reports them in the console', () => {
      expect(upcomingTitles(el)).to.deep.equal(['Ende kaputt', `Fachtag ${XSS}`]);
      expect(warnings).to.have.length(1);
      for (const pointer of ['/events/1/startDate: ungültiges Format', '/events/2/startDate: ungültiges Format', '/events/3/endDate: ungültiges Format', '/events/4/startDate: Pflichtfeld fehlt', '/events/0/registration/deadline: ungültiges Format']) {
        expect(warnings[0]).to.include(pointer);
      }
      // The event with a broken end keeps its start, as a whole day.
      expect(text(card(el, 'Ende kaputt').querySelector('[part="when"]'))).to.equal('Dienstag, 2. März 2027');
    });

    it('renders markup as text and runs no script', async () => {
      expect(await xssFlag()).to.be.undefined;
      expect(el.shadowRoot!.querySelectorAll('img, script, iframe, svg')).to.have.length(0);
      expect(el.querySelectorAll('img, script, iframe, svg')).to.have.length(0);
      expect(text(card(el, 'Fachtag'))).to.include('<img src=x onerror="window.__xss=1">');
    });

    it('makes links only of safe URLs, and drops javascript: documents', async () => {
      const links = $$<HTMLAnchorElement>(el, 'a');
      for (const a of links) expect(a.getAttribute('href')).to.match(SAFE_LINK);
      const docs = $$(el, '[part="documents"] a').map(text);
      expect(docs).to.deep.equal([`Sicher ${XSS} (${XSS.toUpperCase()}, 1 kB)`]);
      for (const link of el.querySelectorAll('[href]')) expect(link.getAttribute('href')).to.match(SAFE_LINK);
      const file = await download(() => card(el, 'Fachtag').querySelector<HTMLButtonElement>('[part="calendar"]')!.click());
      // No URL property and no link target from the hostile fields (the phone "javascript:1" stays plain text).
      expect(file.text).not.to.match(/javascript:window/i);
      expect(file.text).not.to.match(/^URL:/m);
      expect(parseCalendar(file.text)[0]!.summary).to.equal(`Fachtag ${XSS}`);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the editor turns on debug', () => {
    it('shows which events were skipped and why', async () => {
      const feed = { version: 1, events: [...exampleEvents, { id: 'februar', name: 'Fachtag am 31. Februar', startDate: '2027-02-31' }] };
      const { result: el } = await captureWarnings(() => termine({ debug: '' }, feed));
      const report = $(el, '[part="debug-report"]');
      expect(text(report.querySelector('summary'))).to.equal('Prüfung der Daten: 1 Fehler, 0 Hinweise.');
      // The list follows once the problem texts are loaded (a file of their own).
      await waitUntil(() => report.querySelector('li'), 'no problem listed');
      expect(text(report)).to.include('/events/10/startDate: ungültiges Format');
      expect(statusOf(el)).to.equal('7 kommende Veranstaltungen');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the language is English', () => {
    it('speaks English with lang="en", dates included', async () => {
      const el = await termine({ lang: 'en' });
      expect(statusOf(el)).to.equal('7 upcoming events');
      expect(text(card(el, 'Workshop').querySelector('[part="when"]'))).to.equal('Thursday, 22 April 2027, 9:30–15:00');
      expect(text(card(el, 'Workshop').querySelector('[part="registration"]'))).to.equal('Fully booked');
      expect(text(card(el, 'Fachtag „Übergang').querySelector('[part="registration"]'))).to.match(/^Register by 25 February 2027 Register online/);
      expect(text(card(el, 'Informationsabend').querySelector('[part="registration"]'))).to.equal('Registration deadline has passed');
      expect(text(card(el, 'Workshop').querySelector('[part="calendar"]'))).to.match(/^Add to calendar/);
      expect(partText(el, 'past-toggle')).to.equal('Past events (3)');
      expect(text(card(el, '2. Bildungskonferenz').querySelector('[part="label"]'))).to.equal('Type: Education conference');
      await openPast(el);
      expect(text(card(el, 'Fachtag „Sprache').querySelector('[part="documents"] a'))).to.equal('Dokumentation des Fachtags (PDF, 2.3 MB)');
      await expect(el).to.be.accessible();
    });

    it('says in English that nothing is planned', async () => {
      const el = await termine({ lang: 'en' }, { version: 1, events: [] });
      expect(statusOf(el)).to.equal('There are no events planned at the moment.');
    });
  });

  describe('when the screen is narrow', () => {
    it('fits 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await termine();
      await openPast(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const c of $$(el, '[part="event"] article')) expect(c.scrollWidth, text(c.querySelector('h3, h4'))).to.be.at.most(c.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the page is themed', () => {
    it('inherits font and colour and takes --bildung-* custom properties', async () => {
      const el = await mount('bildung-termine', {}, exampleFeed, { style: PAGE_THEME });
      expectPageTheme(el, '[part="event-title"]', '.label.category');
    });

    it('shows a visible focus ring, also in forced colours, and keeps the labels outlined', async () => {
      await forcedColors(true);
      const el = await termine();
      $(el, '[part="calendar"]').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="calendar"]'));
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).not.to.equal('none');
      expect(getComputedStyle($(el, '[part="label"]')).borderTopStyle).to.equal('solid');
    });
  });
});

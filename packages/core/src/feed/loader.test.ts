import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../angebote/src/angebote.js';
import { exampleFeed } from '../../../angebote/src/angebote.examples.js';
import { feedOptions } from '../index.js';
import { $, feedUrl, loaded, mount, resetPage, statusText } from '../../../../tests/helpers.js';
import type { BildungAngebote } from '../../../angebote/src/angebote.js';

type FetchFn = typeof window.fetch;
const realFetch = window.fetch;
let calls: string[] = [];

/** Replaces fetch for one test; `respond` decides per call. */
function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  calls = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    return respond(url, init);
  }) as FetchFn;
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

/** A finder reading `src`, with fallback content between the tags. */
const widget = (src = '/feeds/feed.json') => mount('bildung-angebote', { src, 'url-state': 'off' }, undefined, { content: '<a href="/liste.pdf">Liste als PDF</a>' });

function errorText(el: BildungAngebote) {
  return $(el, '[part="error"] p').textContent!.trim();
}

describe('feed loading', () => {
  beforeEach(resetPage);
  afterEach(() => {
    window.fetch = realFetch;
    feedOptions.timeoutMs = 15_000;
  });

  describe('when several widgets name the same feed', () => {
    it('fetches it once, also for a widget that upgrades later', async () => {
      stubFetch(() => json(exampleFeed));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <bildung-angebote src="/feeds/shared.json" id="a"></bildung-angebote>
        <bildung-angebote src="/feeds/shared.json" id="b"></bildung-angebote>
      </div>`);
      for (const el of wrapper.querySelectorAll('bildung-angebote')) await loaded(el);
      const late = document.createElement('bildung-angebote');
      late.src = new URL('/feeds/shared.json', location.href).href;
      late.id = 'c';
      wrapper.append(late);
      await loaded(late);
      expect(statusText(late)).to.equal('8 Angebote');
      expect(calls).to.have.length(1);
    });
  });

  describe('when the feed cannot be used', () => {
    const cases: [string, () => Promise<Response>, string][] = [
      ['404', () => json('Not found', 404), 'Die Daten konnten nicht geladen werden (Fehler 404).'],
      ['500', () => json('', 500), 'Die Daten konnten nicht geladen werden (Fehler 500).'],
      ['network error', () => Promise.reject(new TypeError('Failed to fetch')), 'Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.'],
      ['HTML instead of JSON', () => json('<!doctype html><title>Fehler</title>'), 'Die Daten sind fehlerhaft und können nicht angezeigt werden.'],
      ['truncated JSON', () => json(JSON.stringify(exampleFeed).slice(0, 500)), 'Die Daten sind fehlerhaft und können nicht angezeigt werden.'],
      ['empty body', () => json(''), 'Die Daten sind fehlerhaft und können nicht angezeigt werden.'],
      ['version 2', () => json({ version: 2, offers: [] }), 'Dieses Datenformat (Version 2) wird nicht unterstützt.'],
    ];
    for (const [name, respond, message] of cases) {
      it(`shows one clear German message for ${name}, keeps the fallback and lets the visitor retry`, async () => {
        let broken = true;
        stubFetch(() => (broken ? respond() : json(exampleFeed)));
        const el = await widget();
        expect(errorText(el)).to.equal(message);
        expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
        expect($<HTMLSlotElement>(el, 'slot').assignedElements()).to.have.length(1);
        await expect(el).to.be.accessible();
        broken = false;
        const retry = $(el, '[part="retry"]');
        expect(retry.textContent!.trim()).to.equal('Erneut versuchen');
        retry.focus();
        retry.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.status'), 'retry did not load the feed');
        expect(statusText(el)).to.equal('8 Angebote');
        expect(calls).to.have.length(2);
        // Keyboard focus stays in the widget, on the search field.
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
      });
    }

    it('keeps focus on the retry button when the feed is still broken', async () => {
      stubFetch(() => json('', 503));
      const el = await widget();
      $(el, '[part="retry"]').focus();
      const failedAgain = oneEvent(el, 'bildung-error');
      $(el, '[part="retry"]').click();
      await failedAgain;
      await el.updateComplete;
      expect(calls).to.have.length(2);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="retry"]'));
    });

    it('gives up after the timeout', async () => {
      feedOptions.timeoutMs = 100;
      stubFetch((_, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
      const el = await widget();
      expect(errorText(el)).to.equal('Der Server antwortet nicht. Die Daten konnten nicht geladen werden.');
    });

    it('says so in English too', async () => {
      stubFetch(() => json('', 404));
      const el = await mount('bildung-angebote', { src: '/x.json', lang: 'en' });
      expect(errorText(el)).to.equal('The data could not be loaded (error 404).');
      expect($(el, '[part="retry"]').textContent!.trim()).to.equal('Try again');
    });

    it('affects nothing else on the page and throws nothing', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(e);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      stubFetch(() => json('{"version": 1, "offers": [', 200));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <p id="host-text">Text der Seite</p>
        <bildung-angebote src="/broken.json"></bildung-angebote>
        <button id="host-button">Seite</button>
      </div>`);
      await loaded(wrapper.querySelector('bildung-angebote')!);
      await aTimeout(20);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      expect(errors).to.deep.equal([]);
      expect(wrapper.querySelector('#host-text')!.textContent).to.equal('Text der Seite');
      expect(wrapper.querySelector<HTMLElement>('#host-button')!.offsetHeight).to.be.greaterThan(0);
    });

    it('names a missing src', async () => {
      const el = await fixture<BildungAngebote>(html`<bildung-angebote></bildung-angebote>`);
      await el.updateComplete;
      expect($(el, '[part="error"]').textContent!.trim()).to.equal('Es ist keine Datenquelle angegeben (Attribut „src“ fehlt).');
    });
  });

  describe('when a real server answers', () => {
    it('shows the 404 of a missing file', async () => {
      const el = await widget('/does-not-exist/feed.json');
      expect(errorText(el)).to.equal('Die Daten konnten nicht geladen werden (Fehler 404).');
    });

    it('loads a feed file', async () => {
      const el = await widget(feedUrl(exampleFeed));
      expect(statusText(el)).to.equal('8 Angebote');
    });
  });
});

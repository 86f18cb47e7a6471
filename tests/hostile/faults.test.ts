import { expect, waitUntil } from '@open-wc/testing';
import '../../packages/all/bildung-widgets.js';
import { clearFeedCache, feedOptions, messagesFor } from '../../packages/core/src/index.js';
import { baseFeed, BASE_INDICATOR, type JsonObject } from './base-feed.js';
import { feedHits, serveFeed, uniqueName, type FeedSpec } from '../security/page.js';

/**
 * Faults of a real server (tests/security/wtr-plugin.mjs), with all four widgets on one page
 * naming one feed: each fault gives one clear German message with "Erneut versuchen" in every
 * widget; one retry, in any widget, fetches the feed once more for all of them; and nothing on
 * the host page is lost (text, a half-filled form and its focus, a working button).
 *
 * Decision (feed changed between two widgets' loads): widgets that name the same URL share one
 * fetched and parsed feed for the life of the page, so a page never mixes two versions of the
 * file: a widget that upgrades after the file has changed shows the version the others show. A
 * retry fetches again for all of them; a new version reaches visitors with the next page load.
 */

const e = messagesFor('de').errors;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The base feed with every section's first name marked as version `label`. */
function version(label: string): string {
  const f = baseFeed() as JsonObject & Record<'offers' | 'events' | 'reports' | 'indicators', JsonObject[]>;
  f.offers[0]!.name = `Angebot ${label}`;
  f.events[0]!.name = `Termin ${label}`;
  f.reports[0]!.name = `Bericht ${label}`;
  f.indicators[0]!.name = `Indikator ${label}`;
  return JSON.stringify(f);
}

const TAGS = {
  angebote: (src: string) => `<bildung-angebote src="${src}" url-state="off"><a href="/angebote.pdf">Alle Angebote als PDF</a></bildung-angebote>`,
  termine: (src: string) => `<bildung-termine src="${src}"><a href="/termine.html">Alle Termine</a></bildung-termine>`,
  berichte: (src: string) => `<bildung-berichte src="${src}"><a href="/berichte.html">Alle Berichte</a></bildung-berichte>`,
  indikator: (src: string) => `<bildung-indikator src="${src}" indicator="${BASE_INDICATOR}"><p>Betreuungsquote 2023: 31,4 %</p></bildung-indikator>`,
};

interface HostPage {
  root: HTMLElement;
  input: HTMLInputElement;
  clicks: () => number;
  errors: string[];
  events: string[];
  widgets: () => Widget[];
  /** How often the page called fetch() (the browser may retry a reset connection on its own). */
  fetches: () => number;
  add(html: string): void;
  remove(): void;
}

/** A host page with its own text, a half-filled form with focus, a button, and the widgets. */
function hostPage(widgets: string): HostPage {
  let fetches = 0;
  const realFetch = window.fetch;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    // The widgets' requests, not this test's own PUTs and hit counts.
    if (String(args[0]).includes('/__bildung__/feeds/') && (args[1]?.method ?? 'GET') === 'GET') fetches++;
    return realFetch(...args);
  };
  const root = document.createElement('div');
  root.innerHTML = `<p id="host-text">Text der Seite</p>
    <form><label>Name <input id="host-input"></label><button type="button" id="host-button">Senden</button></form>
    <section id="widgets">${widgets}</section>`;
  document.body.append(root);
  const input = root.querySelector<HTMLInputElement>('#host-input')!;
  input.value = 'Erika Muster';
  input.focus();
  let clicks = 0;
  root.querySelector('#host-button')!.addEventListener('click', () => clicks++);
  const errors: string[] = [];
  const onError = (ev: ErrorEvent | PromiseRejectionEvent) => void errors.push(String('reason' in ev ? ev.reason : ev.message));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  const events: string[] = [];
  root.addEventListener('bildung-error', (ev) => events.push(`${(ev.target as Element).localName}:${(ev as CustomEvent<{ kind: string }>).detail.kind}`));
  return {
    root,
    input,
    clicks: () => clicks,
    errors,
    events,
    widgets: () => [...root.querySelectorAll<Widget>('#widgets > *')],
    fetches: () => fetches,
    add: (html) => root.querySelector('#widgets')!.insertAdjacentHTML('beforeend', html),
    remove() {
      window.fetch = realFetch;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      root.remove();
    },
  };
}

async function shown(widgets: Widget[], what: string) {
  for (const w of widgets) {
    await waitUntil(() => w.shadowRoot?.querySelector(what), `<${w.localName}> does not show ${what}`, { timeout: 5000 });
    await w.updateComplete;
  }
}

const text = (w: Element, selector: string) => [...w.shadowRoot!.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());

/** The host page is as the visitor left it: text, form value, focus, a working button, no error. */
function expectHostIntact(page: HostPage) {
  expect(page.root.querySelector('#host-text')!.textContent).to.equal('Text der Seite');
  expect(page.input.value).to.equal('Erika Muster');
  expect(document.activeElement).to.equal(page.input);
  const before = page.clicks();
  page.root.querySelector<HTMLButtonElement>('#host-button')!.click();
  expect(page.clicks()).to.equal(before + 1);
  expect(page.errors).to.deep.equal([]);
}

describe('feed faults on a real server, with all four widgets on one feed', () => {
  let page: HostPage | undefined;
  beforeEach(() => clearFeedCache());
  afterEach(() => {
    page?.remove();
    page = undefined;
    feedOptions.timeoutMs = 15_000;
  });

  const valid = version('A');
  const faults: [string, FeedSpec, string, string][] = [
    ['404', { status: 404, type: 'text/html', body: '<!doctype html><title>404</title><h1>Seite nicht gefunden</h1>' }, e.http(404), 'http'],
    ['500', { status: 500, type: 'text/plain', body: 'Internal Server Error' }, e.http(500), 'http'],
    ['network error', { reset: true }, e.network, 'network'],
    ['timeout (slow server)', { delayMs: 2000, body: valid }, e.timeout, 'timeout'],
    ['HTML instead of JSON', { type: 'text/html', body: '<!doctype html><html lang="de"><title>Startseite</title><p>Willkommen beim Landkreis</p>' }, e.parse, 'parse'],
    ['truncated JSON', { body: valid.slice(0, Math.floor(valid.length / 2)) }, e.parse, 'parse'],
    ['empty body', { body: '' }, e.parse, 'parse'],
    ['wrong version', { body: JSON.stringify({ version: 2, offers: [] }) }, e.version('2'), 'version'],
  ];

  for (const [name, spec, message, kind] of faults) {
    it(`${name}: one German message with "Erneut versuchen" in every widget, a retry that works once the feed is back, and nothing lost on the page`, async () => {
      const feed = uniqueName('fault');
      const src = await serveFeed(feed, spec);
      if (spec.delayMs) feedOptions.timeoutMs = 300;
      page = hostPage(Object.values(TAGS).map((t) => t(src)).join(''));
      const widgets = page.widgets();
      await shown(widgets, '[part="error"]');
      for (const w of widgets) {
        const error = w.shadowRoot!.querySelector('[part="error"]')!;
        expect(error.getAttribute('role'), w.localName).to.equal('alert');
        expect(text(w, '[part="error"] p'), w.localName).to.deep.equal([message]);
        expect(text(w, '[part="retry"]'), w.localName).to.deep.equal(['Erneut versuchen']);
        // The editor's fallback content stays on show.
        expect(w.shadowRoot!.querySelector<HTMLSlotElement>('slot')!.assignedElements(), w.localName).to.have.length(1);
      }
      expect(page.events.sort()).to.deep.equal(widgets.map((w) => `${w.localName}:${kind}`).sort());
      expect(page.fetches()).to.equal(1);
      // (Chromium itself retries a connection that closes without a response.)
      const hits = await feedHits(feed);
      if (!spec.reset) expect(hits).to.equal(1);
      expectHostIntact(page);

      // The feed is back: one retry, in one widget, brings the data to all of them with one fetch.
      await serveFeed(feed, { body: valid });
      widgets[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await shown(widgets, '.status, .tile');
      expect(text(widgets[0]!, '.result .title')).to.include('Angebot A');
      expect(text(widgets[1]!, '[part="event-title"]')).to.include('Termin A');
      expect(text(widgets[2]!, '[part="report-title"]')[0]).to.match(/^Bericht A/);
      expect(text(widgets[3]!, '[part="name"]')).to.deep.equal(['Indikator A']);
      expect(page.fetches()).to.equal(2);
      expect(await feedHits(feed)).to.equal(hits + 1);
      // The form kept its value (focus is with the widget the visitor retried in).
      expect(page.input.value).to.equal('Erika Muster');
      expect(page.errors).to.deep.equal([]);
    });
  }

  describe('when the feed changes between two widgets’ loads', () => {
    it('shows every widget the version the page first loaded, with one fetch', async () => {
      const feed = uniqueName('changed');
      const src = await serveFeed(feed, { body: version('A') });
      page = hostPage(TAGS.angebote(src));
      await shown(page.widgets(), '.status');
      // The district uploads a new version while the visitor reads; more widgets upgrade later.
      await serveFeed(feed, { body: version('B') });
      page.add(TAGS.termine(src) + TAGS.berichte(src) + TAGS.indikator(src));
      const [angebote, termine, berichte, indikator] = page.widgets();
      await shown([termine!, berichte!, indikator!], '.status, .tile');
      expect(text(angebote!, '.result .title')).to.include('Angebot A');
      expect(text(termine!, '[part="event-title"]')).to.include('Termin A');
      expect(text(berichte!, '[part="report-title"]')[0]).to.match(/^Bericht A/);
      expect(text(indikator!, '[part="name"]')).to.deep.equal(['Indikator A']);
      expect(await feedHits(feed)).to.equal(1);
    });

    it('fetches the new version for every widget on a retry', async () => {
      const feed = uniqueName('changed-retry');
      const src = await serveFeed(feed, { status: 502, body: 'Bad Gateway', type: 'text/plain' });
      page = hostPage(Object.values(TAGS).map((t) => t(src)).join(''));
      const widgets = page.widgets();
      await shown(widgets, '[part="error"]');
      await serveFeed(feed, { body: version('B') });
      widgets[3]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await shown(widgets, '.status, .tile');
      expect(text(widgets[0]!, '.result .title')).to.include('Angebot B');
      expect(text(widgets[3]!, '[part="name"]')).to.deep.equal(['Indikator B']);
      expect(await feedHits(feed)).to.equal(2);
      // A widget added after the retry joins the same (new) version without another fetch.
      page.add(TAGS.berichte(src));
      const late = page.widgets().at(-1)!;
      await shown([late], '.status');
      expect(text(late, '[part="report-title"]')[0]).to.match(/^Bericht B/);
      expect(await feedHits(feed)).to.equal(2);
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './angebote.js';
import { $, $$, feedUrl, freshPageEachTest, loaded, statusText, titles } from '../../../tests/helpers.js';
import type { BildungAngebote } from './angebote.js';

/** A split feed built by the test server with `bildung-feed build-index` (tests/security/wtr-plugin.mjs). */
interface Split {
  src: string;
  offers: number;
  chunks: string[];
  index: string;
  counts: { area: Record<string, number>; municipality: Record<string, number>; schoolMunicipality: Record<string, number>; free: number; age6: number };
}

let names = 0;
async function split(body: Record<string, unknown>): Promise<Split & { name: string }> {
  const name = `split-${++names}-${Date.now()}`;
  const response = await fetch(`/__bildung__/split/${name}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`the test server could not build the split feed: ${response.status}`);
  return { name, ...((await response.json()) as Split) };
}

/** The files of the split feed the page requested so far. */
async function requested(s: { name: string }): Promise<string[]> {
  return (await (await fetch(`/__bildung__/split-hits/${s.name}`)).json()) as string[];
}

const chunkRequests = async (s: { name: string }) => (await requested(s)).filter((p) => p.includes('/teil-'));

async function finder(s: Split, attrs: Record<string, string> = {}): Promise<BildungAngebote> {
  const el = document.createElement('bildung-angebote');
  el.setAttribute('url-state', 'off');
  el.setAttribute('src', s.src);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await loaded(el);
  return el;
}

/** Waits until the search is ready and every shown result has arrived from its chunk. */
async function settled(el: BildungAngebote) {
  await waitUntil(() => el.shadowRoot!.querySelector('.filters') && !el.shadowRoot!.querySelector('.result.pending[aria-busy="true"]'), 'results did not arrive', { timeout: 20000 });
  await el.updateComplete;
}

async function type(el: BildungAngebote, text: string) {
  $<HTMLInputElement>(el, 'input[type="search"]').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** "Schule (12.345)" → the number a visitor reads next to a filter option (after "Alle … anzeigen"). */
async function optionCount(el: BildungAngebote, label: string): Promise<number> {
  for (const more of $$(el, '.facet .link-button[aria-expanded="false"]')) more.click();
  await el.updateComplete;
  const found = $$<HTMLLabelElement>(el, '.options label').find((l) => l.textContent!.trim().startsWith(`${label} `));
  if (!found) throw new Error(`no filter option "${label}"`);
  return Number(found.querySelector('.count')!.textContent!.replace(/[().]/g, ''));
}

const de = (n: number) => n.toLocaleString('de-DE');

describe('<bildung-angebote>', () => {
  freshPageEachTest();

  describe('when the feed is split into chunks with a prebuilt index (100,000 offers)', function () {
    // The test server builds the 100,000-offer feed once per run (about 10 s).
    this.timeout(120000);
    let big: Split & { name: string };
    before(async () => {
      big = await split({ generate: 100000 });
    });

    it('shows exact counts and the first page, fetching the index and only the first chunk', async () => {
      const el = await finder(big);
      await settled(el);
      expect(big.offers).to.equal(100000);
      expect(statusText(el)).to.equal('100.000 Angebote');
      expect(titles(el)).to.have.length(20);
      expect(titles(el).some((t) => t.includes('wird geladen'))).to.equal(false);
      for (const [code, label] of [['schule', 'Schule'], ['weiterbildung', 'Weiterbildung'], ['fruehkindlich', 'Frühkindliche Bildung']] as const) {
        expect(await optionCount(el, label), label).to.equal(big.counts.area[code]);
      }
      expect(await optionCount(el, 'Kappeln')).to.equal(big.counts.municipality['Kappeln']);
      const files = await requested(big);
      // Index and first chunk are fetched side by side, in either order.
      expect([...files].sort()).to.deep.equal(['feed.json', big.index, big.chunks[0]!].sort());
      await expect(el).to.be.accessible();
    });

    it('finds typo queries and fetches only the chunks of the results on screen', async () => {
      const el = await finder(big);
      await settled(el);
      await type(el, 'integrazionskurs');
      await settled(el);
      const shown = titles(el);
      expect(shown).to.have.length(20);
      expect(shown.every((t) => /integrationskurs/i.test(t)), shown.join(' | ')).to.equal(true);
      const fetched = await chunkRequests(big);
      expect(fetched.length).to.be.within(1, 21);
      expect(new Set(fetched).size).to.equal(fetched.length);
      await expect(el).to.be.accessible();
    });

    it('keeps filter counts exact when a filter is ticked, without loading chunks for them', async () => {
      const el = await finder(big);
      await settled(el);
      const before = (await chunkRequests(big)).length;
      $$<HTMLLabelElement>(el, '.options label').find((l) => l.textContent!.trim().startsWith('Schule '))!.click();
      await settled(el);
      expect(statusText(el)).to.equal(`${de(big.counts.area.schule!)} Angebote`);
      expect(await optionCount(el, 'Kappeln')).to.equal(big.counts.schoolMunicipality['Kappeln']);
      expect(await optionCount(el, 'Tarp')).to.equal(big.counts.schoolMunicipality['Tarp']);
      // The results on screen may need a few more chunks; the counts needed none.
      expect((await chunkRequests(big)).length - before).to.be.at.most(20);
    });

    it('filters by age from the index', async () => {
      const el = await finder(big);
      await settled(el);
      $<HTMLInputElement>(el, '#age').focus();
      await sendKeys({ type: '6' });
      await settled(el);
      expect(statusText(el)).to.equal(`${de(big.counts.age6)} Angebote`);
    });
  });

  describe('when the feed is split and a preset narrows it', () => {
    it('counts only the preset offers', async () => {
      const s = await split({ generate: 1000 });
      const el = await finder(s, { area: 'schule' });
      await settled(el);
      expect(statusText(el)).to.equal(`${de(s.counts.area.schule!)} Angebote`);
      expect(await optionCount(el, 'Kappeln')).to.equal(s.counts.schoolMunicipality['Kappeln']);
    });
  });

  describe('when the page swaps a split feed for a single file', () => {
    it('offers the filter options of the new feed only', async () => {
      const s = await split({ generate: 1000 });
      const el = await finder(s);
      await settled(el);
      expect(await optionCount(el, 'Busdorf')).to.equal(s.counts.municipality['Busdorf']);
      el.setAttribute('src', feedUrl({ version: 1, offers: [{ id: 'a', name: 'Kurs in Kappeln', area: ['schule'], location: { municipality: 'Kappeln' } }] }));
      await waitUntil(() => statusText(el) === '1 Angebot', 'the new feed did not show');
      expect($$<HTMLLabelElement>(el, '.options label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.include('Kappeln (1)');
      expect($$(el, '.options label').some((l) => l.textContent!.includes('Busdorf'))).to.equal(false);
    });
  });

  describe('when a chunk of a split feed is slow', () => {
    it('holds the place of its offers with an announced, accessible placeholder, then shows them', async () => {
      const s = await split({ generate: 1000, chunkSize: 10, fail: { 'teil-0002': 'slow' } });
      const el = await finder(s);
      // The first chunk arrives at once, the second takes its time.
      await waitUntil(() => el.shadowRoot!.querySelector('.filters') && $$(el, '.result.pending').length === 10, 'the first chunk did not arrive alone', { timeout: 10000 });
      const pending = $$(el, '.result.pending');
      expect(pending).to.have.length(10);
      expect(pending.every((li) => li.getAttribute('aria-busy') === 'true' && li.textContent!.trim() === 'Angebot wird geladen …')).to.equal(true);
      expect(titles(el).slice(0, 10).some((t) => t.includes('geladen'))).to.equal(false);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(titles(el).some((t) => t.includes('geladen'))).to.equal(false);
    });

    it('moves focus to the first new result on "Weitere anzeigen", also when it arrives later', async () => {
      const s = await split({ generate: 1000, chunkSize: 10, fail: { 'teil-0003': 'slow' } });
      const el = await finder(s, { 'page-size': '20' });
      await settled(el);
      $(el, '[part="more"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.id).to.equal('t-20');
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Angebot wird geladen …');
      await settled(el);
      expect(el.shadowRoot!.activeElement!.id).to.equal('t-20');
      expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('result-title');
    });
  });

  describe('when a chunk of a split feed cannot be loaded', () => {
    it('says so in place of its offers, keeps the rest, and loads it on retry', async () => {
      const s = await split({ generate: 1000, chunkSize: 10, fail: { 'teil-0001': 500 } });
      const el = await finder(s);
      await settled(el);
      const shown = titles(el);
      expect(shown.slice(0, 10)).to.deep.equal(Array(10).fill('Dieses Angebot konnte nicht geladen werden.'));
      expect(shown.slice(10).every((t) => !t.includes('nicht geladen'))).to.equal(true);
      expect(statusText(el)).to.equal('1.000 Angebote');
      await expect(el).to.be.accessible();
      // The server recovers; the visitor presses "Erneut versuchen" at the first failed offer.
      await fetch(`/__bildung__/split/${s.name}`, { method: 'POST', body: JSON.stringify({ generate: 1000, chunkSize: 10 }) });
      $<HTMLButtonElement>(el, '.result.pending button').click();
      await settled(el);
      expect(titles(el).some((t) => t.includes('nicht geladen'))).to.equal(false);
      expect(titles(el)).to.have.length(20);
    });
  });

  describe('when an offer in a chunk breaks the schema', () => {
    it('keeps the others, says so in place, and names the chunk in the debug report', async () => {
      const s = await split({ generate: 1000, chunkSize: 10, fail: { 'teil-0001': 'invalid-first' } });
      const el = await finder(s, { debug: '' });
      await settled(el);
      expect(titles(el)[0]).to.equal('Dieses Angebot konnte nicht geladen werden.');
      expect(titles(el).slice(1).every((t) => !t.includes('nicht geladen'))).to.equal(true);
      const report = $(el, '[part="debug-report"]');
      expect(report.querySelector('summary')!.textContent!.trim()).to.equal('Prüfung der Daten: 1 Fehler, 0 Hinweise.');
      // The list follows once the problem texts are loaded (a file of their own).
      await waitUntil(() => report.querySelector('li'), 'no problem listed');
      expect([...report.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([`${s.chunks[0]}#/offers/0/name: Text erwartet, ganze Zahl gefunden`]);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the index of a split feed cannot be used', () => {
    for (const [fault, message] of [
      [500, 'Die Daten konnten nicht geladen werden (Fehler 500).'],
      ['garbage', 'Die Daten sind fehlerhaft und können nicht angezeigt werden.'],
    ] as const) {
      it(`shows a clear message with a retry (${fault})`, async () => {
        const s = await split({ generate: 1000, fail: { suchindex: fault } });
        const el = await finder(s);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown', { timeout: 10000 });
        expect($(el, '[part="error"] p').textContent!.trim()).to.equal(message);
        expect($(el, '[part="retry"]').textContent!.trim()).to.equal('Erneut versuchen');
        await expect(el).to.be.accessible();
      });
    }

    it('rejects a manifest whose chunk list does not fit its count', async () => {
      const el = document.createElement('bildung-angebote');
      el.setAttribute('src', feedUrl({ version: 1, offerChunks: { count: 500, chunkSize: 100, index: 'i.bin', chunks: ['a.json'] } }));
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
      expect($(el, '[part="error"] p').textContent!.trim()).to.equal('Die Daten sind fehlerhaft und können nicht angezeigt werden.');
    });
  });
});

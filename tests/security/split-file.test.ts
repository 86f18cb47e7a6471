import { expect, waitUntil } from '@open-wc/testing';
import { baseFeed } from '../hostile/base-feed.js';
import { bundleScripts as scripts, closeWidgetPages, openWidgetPage, pageErrors, pageResources, pageWarnings, serveFeed, uniqueName, violations } from './page.js';

/**
 * A split feed (offerChunks) on a district's strict page: the finder loads the split-feed code
 * from its own file next to the BUILT bundle (dist/bildung-widgets.split.js) only for such a
 * feed. Strict Content-Security-Policy of issue 7 with Trusted Types.
 */

afterEach(closeWidgetPages);

/** Serves the base feed's events, indicators and reports with the offers split (1,000 generated offers). */
async function splitFeed(): Promise<string> {
  const split = uniqueName('split');
  const built = (await (await fetch(`/__bildung__/split/${split}`, { method: 'POST', body: JSON.stringify({ generate: 1000 }) })).json()) as { index: string; chunks: string[] };
  // The manifest is served from /__bildung__/feeds/: its paths lead to the split feed's files.
  const beside = (path: string) => `../split/${split}/${path}`;
  const { offers: _offers, ...rest } = baseFeed() as Record<string, unknown>;
  const name = uniqueName('manifest');
  await serveFeed(name, { body: JSON.stringify({ ...rest, offerChunks: { count: 1000, chunkSize: 100, index: beside(built.index), chunks: built.chunks.map(beside) } }) });
  return name;
}

/** Serves the base feed with 5,000 more offers in one file of ~18 MB: above the 2 MB from which a feed is parsed piece by piece, and a big feed for the finder. */
const BASE_OFFERS = (baseFeed() as { offers: unknown[] }).offers.length;
const bigCount = `${(5000 + BASE_OFFERS).toLocaleString('de-DE')} Angebote`;

async function bigFeed(): Promise<string> {
  const feed = baseFeed() as { offers: Record<string, unknown>[] };
  const description = 'Ein Angebot mit einer langen Beschreibung, damit die Datei groß wird. '.repeat(50);
  for (let i = 0; i < 5000; i++) feed.offers.push({ id: `gross-${i}`, name: `Kurs ${i}`, area: ['weiterbildung'], description });
  const name = uniqueName('big');
  await serveFeed(name, { body: JSON.stringify(feed) });
  return name;
}

const finder = (widgets: HTMLElement[]) => widgets.find((w) => w.localName === 'bildung-angebote')!;
const status = (widgets: HTMLElement[]) => finder(widgets).shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();

describe('the split-feed code next to the bundle (bildung-widgets.split.js)', () => {
  describe('when the feed is split', () => {
    it('is fetched once from the same folder (also with a version query) and the finder searches the split feed', async () => {
      const { frame, widgets } = await openWidgetPage({ feed: await splitFeed(), csp: 'strict-tt', script: 'versioned' });
      // Ready, and the first page has arrived from its chunk.
      const settled = () => status(widgets) === '1.000 Angebote' && !finder(widgets).shadowRoot!.querySelector('.result.pending') && finder(widgets).shadowRoot!.querySelectorAll('.result').length > 0;
      await waitUntil(settled, 'the finder did not get ready', { timeout: 10000 });
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js?ver=0.1.0', '/dist/bildung-widgets.split.js']);
      expect(pageResources(frame).filter((p) => p.includes('/split/')).map((p) => p.replace(/^.*\/angebote\//, ''))).to.have.length(2);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });

  describe('when the feed is one file', () => {
    it('is never asked for', async () => {
      const { frame } = await openWidgetPage({}, 'single');
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js']);
    });
  });

  describe('when the feed is one file of more than 2 MB', () => {
    it('is fetched for the parser that reads the feed piece by piece, and the finder\'s code for big feeds', async () => {
      const { frame, widgets } = await openWidgetPage({ feed: await bigFeed(), csp: 'strict-tt' });
      await waitUntil(() => status(widgets) === bigCount, 'the finder did not show the big feed', { timeout: 10000 });
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js', '/dist/bildung-widgets.split.js']);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });

    it('is not needed: without it the feed is parsed and indexed in one go, and the console says so', async () => {
      const { frame, widgets } = await openWidgetPage({ feed: await bigFeed(), script: 'alone' });
      await waitUntil(() => status(widgets) === bigCount, 'the finder did not show the big feed', { timeout: 10000 });
      expect(pageWarnings(frame).filter((w) => w.includes('big feed read in one go'))).to.have.length(1);
      // Searchable all the same.
      const input = finder(widgets).shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'Kurs 4711';
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => status(widgets) === '1 Angebot', 'the search found nothing');
      expect(finder(widgets).shadowRoot!.querySelector('[part="result-title"]')?.textContent?.trim()).to.equal('Kurs 4711');
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });

  describe('when an editor copied only the main file', () => {
    it('the finder says the data could not be loaded, with a retry; the other widgets are unaffected', async () => {
      const { frame, widgets } = await openWidgetPage({ feed: await splitFeed(), script: 'alone' });
      const error = () => finder(widgets).shadowRoot!.querySelector('[part="error"] p')?.textContent?.trim();
      await waitUntil(() => error(), 'no message in the finder', { timeout: 10000 });
      expect(error()).to.equal('Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.');
      expect(finder(widgets).shadowRoot!.querySelector('[part="retry"]')).to.exist;
      for (const w of widgets.filter((x) => x !== finder(widgets))) expect(w.shadowRoot!.querySelector('[part="error"]'), w.localName).to.be.null;
      expect(violations(frame)).to.deep.equal([]);
    });
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { baseFeed } from '../hostile/base-feed.js';
import { bundleScripts, closeWidgetPages, openWidgetPage, pageErrors, pageWarnings, serveFeed, uniqueName, violations } from './page.js';

/**
 * The texts of feed problems are a file of their own next to the BUILT bundle
 * (dist/bildung-widgets.problems.js), loaded only for a feed with problems: for the editor's
 * console report and debug report. Pages with the strict Content-Security-Policy and Trusted Types.
 */

afterEach(closeWidgetPages);

/** The base feed with one offer whose name is a number. */
async function feedWithProblem(): Promise<string> {
  const feed = baseFeed() as { offers: Record<string, unknown>[] };
  feed.offers[0]!.name = 42;
  const name = uniqueName('problems');
  await serveFeed(name, { body: JSON.stringify(feed) });
  return name;
}

/** The indicator tile's not-found message (part="error") and the element that shows it. */
const tileError = (widgets: HTMLElement[]) => widgets.find((w) => w.localName === 'bildung-indikator')!.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const tileErrorText = (widgets: HTMLElement[]) => tileError(widgets)?.textContent!.trim();

const report = (widgets: HTMLElement[]) =>
  [...widgets.find((w) => w.localName === 'bildung-angebote')!.shadowRoot!.querySelectorAll('[part="debug-report"] li')].map((li) => li.textContent!.trim());

describe('the problem texts next to the bundle (bildung-widgets.problems.js)', () => {
  describe('when the feed has a problem', () => {
    it('are fetched once, and the console and the debug report say what is wrong', async () => {
      const { widgets, frame } = await openWidgetPage({ feed: await feedWithProblem(), debug: 'on' });
      // The widgets do not wait for the texts: the report follows.
      await waitUntil(() => report(widgets).length && pageWarnings(frame).length, 'no report');
      expect(bundleScripts(frame)).to.deep.equal(['/dist/bildung-widgets.js', '/dist/bildung-widgets.problems.js']);
      const warnings = pageWarnings(frame);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('/offers/0/name: Text erwartet, ganze Zahl gefunden');
      expect(report(widgets)).to.deep.equal(['/offers/0/name: Text erwartet, ganze Zahl gefunden']);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });

  describe('when the feed is clean', () => {
    it('are never asked for', async () => {
      const { frame } = await openWidgetPage({ debug: 'on' });
      expect(bundleScripts(frame)).to.deep.equal(['/dist/bildung-widgets.js']);
      expect(pageWarnings(frame)).to.deep.equal([]);
    });
  });

  describe('when an editor copied only the main file', () => {
    it('names each problem by its place and code', async () => {
      const { widgets, frame } = await openWidgetPage({ feed: await feedWithProblem(), script: 'alone', debug: 'on' });
      await waitUntil(() => report(widgets).length && pageWarnings(frame).length, 'no report');
      expect(bundleScripts(frame)).to.deep.equal(['/__bildung__/alone/bildung-widgets.js', '/__bildung__/alone/bildung-widgets.problems.js']);
      const warnings = pageWarnings(frame);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/1 problem in the feed \(named by code: the texts could not be loaded, .+\)\n {2}\/offers\/0\/name: type$/);
      expect(report(widgets)).to.deep.equal(['/offers/0/name: type']);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });

  describe('when an indicator tile names an indicator the feed has not', () => {
    it('are fetched once, and the tile names it and what there is, in German', async () => {
      const { widgets, frame } = await openWidgetPage({ indicator: 'Z9.9' });
      // The tile does not wait for the texts: the message follows.
      await waitUntil(() => tileErrorText(widgets)?.startsWith('Indikator'), `the tile kept "${tileErrorText(widgets)}"`);
      expect(tileErrorText(widgets)).to.equal('Indikator Z9.9 nicht gefunden. Vorhanden: OK1 (Gültiger Indikator Betreuungsquote).');
      expect(bundleScripts(frame)).to.deep.equal(['/dist/bildung-widgets.js', '/dist/bildung-widgets.problems.js']);
      // The same message element as ever, and the editor's fallback content next to it.
      expect(tileError(widgets)!.localName).to.equal('div');
      expect(tileError(widgets)!.querySelector('p')!.textContent).to.equal(tileErrorText(widgets));
      expect(frame.contentDocument!.querySelector('bildung-indikator p')!.getClientRects().length).to.be.greaterThan(0);
      expect(pageWarnings(frame)).to.deep.equal([]);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });

    it('name it by code when an editor copied only the main file, with one warning', async () => {
      const { widgets, frame } = await openWidgetPage({ indicator: 'Z9.9', script: 'alone' });
      await waitUntil(() => pageWarnings(frame).length, 'no warning');
      expect(bundleScripts(frame)).to.deep.equal(['/__bildung__/alone/bildung-widgets.js', '/__bildung__/alone/bildung-widgets.problems.js']);
      // In the same message element as the texts would be (axe cannot check inside the page's frame;
      // the tests of the tile check that element with its texts).
      expect(tileError(widgets)!.localName).to.equal('div');
      expect(tileError(widgets)!.querySelector('p')!.textContent).to.equal('unknown-indicator: Z9.9');
      const warnings = pageWarnings(frame);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^bildung-widgets: the indicator notices could not be loaded, they are named by code \(.+\)$/);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });
});

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
});

import { expect } from '@open-wc/testing';
import { bundleScripts, closeWidgetPages, openWidgetPage, pageErrors, pageWarnings, violations, type PageOptions } from './page.js';

/**
 * The English strings of the widgets are a file of their own next to the BUILT bundle
 * (dist/bildung-widgets.en.js), loaded only on an English page. Pages with the strict
 * Content-Security-Policy of issue 7 and Trusted Types, as a district deploys them.
 */

afterEach(closeWidgetPages);

/** A page with all four widgets as tags (base feed), rendered. */
const open = (options: Omit<PageOptions, 'feed'>) => openWidgetPage({ csp: 'strict', ...options }, 'english');
const scripts = bundleScripts;
const finder = (widgets: HTMLElement[]) => widgets.find((w) => w.localName === 'bildung-angebote')!;
const searchLabel = (widgets: HTMLElement[]) => finder(widgets).shadowRoot!.querySelector('label[for="q"]')!.textContent!.trim();

describe('the English strings next to the bundle (bildung-widgets.en.js)', () => {
  describe('when the page is in English', () => {
    it('are fetched once from the same folder, also when the bundle has a version query, and every widget speaks English', async () => {
      const { widgets, frame } = await open({ lang: 'en', script: 'versioned' });
      expect(searchLabel(widgets)).to.equal('Search offers');
      const tile = widgets.find((w) => w.localName === 'bildung-indikator')!;
      expect(tile.shadowRoot!.textContent).to.include('Download data (CSV)');
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), w.localName).to.equal('en');
      // The strings file stands alone: no second copy of the bundle (without ?ver) is loaded.
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js?ver=0.1.0', '/dist/bildung-widgets.en.js']);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
      expect(pageWarnings(frame)).to.deep.equal([]);
    });
  });

  describe('when the page is in German', () => {
    it('are never asked for', async () => {
      const { widgets, frame } = await open({});
      expect(searchLabel(widgets)).to.equal('Angebote durchsuchen');
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js']);
    });
  });

  describe('when an editor copied only the main file', () => {
    it('shows every widget in German and warns once on the console', async () => {
      const { widgets, frame } = await open({ lang: 'en', script: 'alone' });
      expect(scripts(frame)).to.deep.equal(['/__bildung__/alone/bildung-widgets.js', '/__bildung__/alone/bildung-widgets.en.js']);
      expect(searchLabel(widgets)).to.equal('Angebote durchsuchen');
      for (const w of widgets) {
        expect(w.shadowRoot!.querySelector('[part="error"]'), w.localName).to.be.null;
        // German throughout, the shared strings too (no half-English widget).
        expect(w.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), w.localName).to.equal('de');
      }
      const warnings = pageWarnings(frame);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^bildung-widgets: the "en" texts could not be loaded, the widgets speak German \(.+\)$/);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });
});

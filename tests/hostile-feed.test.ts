import { expect } from '@open-wc/testing';
import '../packages/angebote/src/angebote.js';
import { hostileFeed, hostileValidCount } from './hostile-feed.js';
import { $, $$, loadHostile, mount, resetPage, SAFE_LINK, statusText, xssFlag } from './helpers.js';
import type { BildungAngebote } from '../packages/angebote/src/angebote.js';

describe('<bildung-angebote>', () => {
  beforeEach(resetPage);

  describe('when the feed is hostile', () => {
    let el: BildungAngebote;
    let warnings: string[];

    beforeEach(async () => {
      ({ result: el, warnings } = await loadHostile(() => mount('bildung-angebote', { 'page-size': '50', 'url-state': 'off' }, hostileFeed)));
      // Open every result, so the details render too.
      for (const toggle of $$(el, '[part="details-toggle"]')) toggle.click();
      await el.updateComplete;
    });

    it('still renders every valid offer', () => {
      expect(statusText(el)).to.equal(`${hostileValidCount} Angebote`);
    });

    it('runs no script and inserts no markup', async () => {
      expect(await xssFlag()).to.be.undefined;
      expect(el.shadowRoot!.querySelectorAll('script, img, svg, iframe, object, embed')).to.have.length(0);
      // The markup is there, as text a visitor can read.
      expect($$(el, '.title').some((t) => t.textContent!.includes('<img src=x onerror="window.__xss=1">'))).to.be.true;
    });

    it('makes no unsafe link', () => {
      const links = $$<HTMLAnchorElement>(el, 'a');
      expect(links.length).to.be.greaterThan(0);
      for (const a of links) expect(a.getAttribute('href')).to.match(SAFE_LINK);
      expect(links.map((a) => a.getAttribute('href'))).to.include('https://example.org/ok');
    });

    it('reports every skipped entry in one console warning', () => {
      expect(warnings).to.have.length(1);
      const report = warnings[0]!;
      for (const pointer of ['/offers/8: Objekt erwartet, null gefunden', '/offers/9: Objekt erwartet, Text gefunden', '/offers/12/area: Pflichtfeld fehlt', '/offers/13/area: Liste erwartet, Text gefunden', '/offers/14/id: Text erwartet, ganze Zahl gefunden', '/offers/16/id: doppelte ID „xss-0“', '/offers/0/url: keine zulässige Adresse', '/offers/18/ageMin']) {
        expect(report).to.include(pointer);
      }
    });

    it('keeps long and right-to-left text inside the widget', () => {
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const rtl = $$(el, '.title').find((t) => t.textContent!.includes('دورة'));
      expect(rtl).to.exist;
    });

    it('stays searchable and accessible', async () => {
      const input = $<HTMLInputElement>(el, 'input');
      input.value = 'script';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(statusText(el)).to.match(/Angebot/);
      await expect(el).to.be.accessible();
    });
  });
});

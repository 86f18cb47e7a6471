import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './berichte.js';
import { exampleFeed, exampleReportNames, exampleReports } from './berichte.examples.js';
import { $, $$, expectFallbackWhileLoading, expectLoadError, feedUrl, firstEvent, forcedColors, freshPageEachTest, loadHostile, mount, type MountOptions, partText, SAFE_LINK, text, xssFlag } from '../../../tests/helpers.js';
import { MICRODATA_ATTRIBUTE } from '../../core/src/index.js';
import type { BildungBerichte } from './berichte.js';

const berichte = (attrs: Record<string, string> = {}, feed: unknown = exampleFeed, options?: MountOptions) => mount('bildung-berichte', attrs, feed, options);
const statusOf = (el: BildungBerichte) => partText(el, 'status');
const names = (el: BildungBerichte) => $$(el, '[part="report"] [itemprop="name"]').map(text);

function card(el: BildungBerichte, name: string): HTMLElement {
  const found = $$(el, '[part="report"]').find((c) => text(c.querySelector('[itemprop="name"]')).startsWith(name));
  if (!found) throw new Error(`no report "${name}"`);
  return found;
}

describe('<bildung-berichte>', () => {
  freshPageEachTest({ now: new Date('2026-11-25T10:00:00+01:00') });

  describe('when the feed has loaded', () => {
    it('lists the reports newest first, undated ones last, and says how many', async () => {
      const el = await berichte();
      expect(statusOf(el)).to.equal('4 Berichte');
      expect(names(el)).to.deep.equal(exampleReportNames);
      expect($(el, '[part="list"]').localName).to.equal('ol');
      await expect(el).to.be.accessible();
    });

    it('shows title, publication date, description and Bildungsbereiche', async () => {
      const el = await berichte();
      const c = card(el, 'Bildungsbericht 2025');
      expect(c.querySelector('h3')).to.exist;
      expect(text(c.querySelector('[part="published"]'))).to.equal('Veröffentlicht am 20. November 2025');
      expect(c.querySelector('time')!.getAttribute('datetime')).to.equal('2025-11-20');
      expect(text(c.querySelector('.description'))).to.match(/^Der erste Bildungsbericht des Kreises/);
      expect([...c.querySelectorAll('[part="label"]')].map(text)).to.deep.equal([
        'Bildungsbereich: Frühkindliche Bildung',
        'Bildungsbereich: Schule',
        'Bildungsbereich: Berufliche Bildung',
        'Bildungsbereich: Weiterbildung',
      ]);
      expect(getComputedStyle(card(el, 'Datenblatt').querySelector('.description')!).whiteSpace).to.equal('pre-line');
    });

    it('makes the title a download link that names file type and size', async () => {
      const el = await berichte();
      const link = card(el, 'Bildungsbericht 2025').querySelector<HTMLAnchorElement>('[part="download"]')!;
      expect(text(link)).to.equal('Bildungsbericht 2025 (PDF, 7 MB)');
      expect(link.getAttribute('href')).to.equal('https://www.example.org/bildungsbericht-2025.pdf');
      expect(link.closest('h3')).to.exist;
      // Type from the URL when the feed names none; type alone when the size is unknown.
      expect(text(card(el, 'Datenblatt').querySelector('[part="download"]'))).to.equal('Datenblatt Schulabschlüsse 2026 (XLSX, 512 kB)');
      expect(text(card(el, 'Handlungsempfehlungen').querySelector('[part="download"]'))).to.equal('Handlungsempfehlungen der Bildungskonferenz (PDF)');
      expect(card(el, 'Handlungsempfehlungen').querySelector('[part="published"]')).to.be.null;
    });

    it('reaches every download with the keyboard, with a visible focus ring', async () => {
      const el = await berichte({}, exampleFeed, { before: '<button>davor</button>' });
      (el.previousElementSibling as HTMLButtonElement).focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement;
        expect(getComputedStyle(active).outlineStyle).not.to.equal('none');
        reached.push(text(active));
      }
      expect(reached.map((r) => r.replace(/ \(.*\)$/, ''))).to.deep.equal(exampleReportNames);
    });

    it('fires bildung-ready with the number of reports', async () => {
      expect(await firstEvent('bildung-berichte', { src: feedUrl(exampleFeed) }, 'bildung-ready')).to.deep.equal({ itemCount: 4, problemCount: 0 });
    });
  });

  describe('when the editor filters by `area`', () => {
    it('shows only reports of those Bildungsbereiche and mirrors the attribute as a property', async () => {
      const el = await berichte({ area: 'fruehkindlich' });
      expect(el.area).to.equal('fruehkindlich');
      expect(names(el)).to.deep.equal(['Themenbericht Frühe Bildung 2026', 'Bildungsbericht 2025']);
      el.area = 'schule, hochschule';
      await el.updateComplete;
      expect(el.getAttribute('area')).to.equal('schule, hochschule');
      expect(names(el)).to.deep.equal(['Datenblatt Schulabschlüsse 2026', 'Bildungsbericht 2025']);
      expect(el.reports.map((r) => r.id)).to.deep.equal(['datenblatt-schule-2026', 'bildungsbericht-2025']);
      el.area = 'hochschule';
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Derzeit sind keine Berichte veröffentlicht.');
      await expect(el).to.be.accessible();
    });
  });

  describe('when there are no reports', () => {
    it('says so', async () => {
      const el = await berichte({}, { version: 1, reports: [] });
      expect(statusOf(el)).to.equal('Derzeit sind keine Berichte veröffentlicht.');
      expect(el.shadowRoot!.querySelector('[part="list"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('when search engines read the page', () => {
    it('marks each report up as a schema.org Report, in the shadow DOM and as a hidden light-DOM copy', async () => {
      const el = await berichte();
      const item = card(el, 'Bildungsbericht 2025');
      expect(item.getAttribute('itemtype')).to.equal('https://schema.org/Report');
      expect(item.querySelector('[itemprop="datePublished"]')!.getAttribute('datetime')).to.equal('2025-11-20');
      expect(item.querySelector('a[itemprop="url"]')!.getAttribute('href')).to.equal('https://www.example.org/bildungsbericht-2025.pdf');
      const box = el.querySelector<HTMLElement>(`[${MICRODATA_ATTRIBUTE}]`)!;
      expect(box.hidden).to.be.true;
      expect(box.textContent!.trim()).to.equal('');
      const copy = box.querySelector(`[itemid="${item.getAttribute('itemid')}"]`)!;
      expect(copy.getAttribute('itemtype')).to.equal('https://schema.org/Report');
      expect(copy.querySelector('meta[itemprop="datePublished"]')!.getAttribute('content')).to.equal('2025-11-20');
      expect(copy.querySelector('meta[itemprop="encodingFormat"]')!.getAttribute('content')).to.equal('application/pdf');
    });
  });

  describe('when it is still loading or the feed cannot be loaded', () => {
    it('shows the fallback content while loading', async () => {
      await expectFallbackWhileLoading('bildung-berichte', {}, exampleFeed, '<a href="/bildungsbericht.pdf">Bildungsbericht (PDF)</a>');
    });

    it('shows the loader’s message with a retry and the fallback content on an error', async () => {
      await expectLoadError('bildung-berichte', {}, '<a href="/bildungsbericht.pdf">Bildungsbericht (PDF)</a>');
    });
  });

  describe('when the feed is hostile', () => {
    const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const hostile = {
      version: 1,
      reports: [
        { id: 'xss', name: `Bericht ${XSS}`, description: XSS, datePublished: '2026-01-01', url: 'https://example.org/ok.pdf', type: XSS, area: [XSS] },
        { id: 'js', name: 'Gefährlicher Link', url: 'javascript:window.__xss=1' },
        { id: 'js2', name: 'Versteckter Link', url: ' JaVaScRiPt:window.__xss=1' },
        { id: 'data', name: 'Daten-URL', url: 'data:text/html,<script>window.__xss=1</script>' },
        { id: 'impossible', name: 'Unmögliches Datum', datePublished: '2027-02-31', url: 'https://example.org/b.pdf', size: -5 },
        { id: 'german-date', name: 'Deutsches Datum', datePublished: '31.02.2027', url: 'https://example.org/c.pdf' },
      ],
    };
    let el: BildungBerichte;
    let warnings: string[];

    beforeEach(async () => {
      ({ result: el, warnings } = await loadHostile(() => berichte({}, hostile)));
    });

    it('skips reports with unsafe URLs, drops impossible dates and reports both', () => {
      expect(names(el)).to.deep.equal([`Bericht ${XSS}`, 'Unmögliches Datum', 'Deutsches Datum']);
      expect(card(el, 'Unmögliches Datum').querySelector('[part="published"]')).to.be.null;
      expect(warnings).to.have.length(1);
      for (const pointer of ['/reports/1/url: keine zulässige Adresse', '/reports/2/url', '/reports/3/url', '/reports/4/datePublished: ungültiges Format', '/reports/4/size', '/reports/5/datePublished: ungültiges Format']) {
        expect(warnings[0]).to.include(pointer);
      }
    });

    it('renders markup as text, runs no script and makes only safe links', async () => {
      expect(await xssFlag()).to.be.undefined;
      expect(el.shadowRoot!.querySelectorAll('img, script, iframe')).to.have.length(0);
      expect(el.querySelectorAll('img, script, iframe')).to.have.length(0);
      expect(text(card(el, 'Bericht'))).to.include('<img src=x onerror="window.__xss=1">');
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(SAFE_LINK);
      for (const link of el.querySelectorAll('[href]')) expect(link.getAttribute('href')).to.match(SAFE_LINK);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the language is English', () => {
    it('speaks English with lang="en"', async () => {
      const el = await berichte({ lang: 'en' });
      expect(statusOf(el)).to.equal('4 reports');
      expect(text(card(el, 'Bildungsbericht 2025').querySelector('[part="published"]'))).to.equal('Published 20 November 2025');
      expect(text(card(el, 'Bildungsbericht 2025').querySelector('[part="label"]'))).to.equal('Field of education: Early childhood education');
      expect(text(card(el, 'Themenbericht').querySelector('[part="download"]'))).to.equal('Themenbericht Frühe Bildung 2026 (PDF, 3.4 MB)');
      await expect(el).to.be.accessible();
    });

    it('says in English that there are no reports', async () => {
      const el = await berichte({ lang: 'en' }, { version: 1 });
      expect(statusOf(el)).to.equal('No reports have been published yet.');
    });
  });

  describe('when the screen is narrow or colours are forced', () => {
    it('fits 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await berichte();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('keeps labels outlined in forced colours and takes --bildung-* properties', async () => {
      await forcedColors(true);
      const el = await berichte({}, { version: 1, reports: exampleReports }, { style: '--bildung-radius: 0px; font-family: Georgia, serif' });
      expect(getComputedStyle($(el, '[part="label"]')).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(el, '.report article')).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle($(el, '[part="report-title"]')).fontFamily).to.include('Georgia');
    });
  });
});

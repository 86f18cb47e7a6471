import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PropertyValues } from 'lit';
import './indikator.js';
import { exampleFeed, problemFeed } from './indikator.examples.js';
import { headline, roundTo, toLine, trend, verdict } from './indikator.model.js';
import { $, $$, captureWarnings, download, expectFallbackWhileLoading, expectLoadError, expectPageTheme, feedUrl, firstEvent, forcedColors, loaded, loadHostile, mount, type MountOptions, PAGE_THEME, resetPage, SAFE_LINK, xssFlag } from '../../../tests/helpers.js';
import type { BildungIndikator } from './indikator.js';


/** A tile in a 720 px column (another width, or more, in `options`). */
const indikator = (attrs: Record<string, string> = {}, feed: unknown = exampleFeed, options: MountOptions = {}) =>
  mount('bildung-indikator', attrs, feed, { style: 'width: 720px', ...options });

/** Visible text with runs of spaces and line breaks collapsed (no-break spaces stay). */
const text = (node: Element) => node.textContent!.replace(/[ \t\r\n]+/g, ' ').trim();
const part = (el: Element, name: string) => text($(el, `[part="${name}"]`));
/**
 * The text of the editor's notice `name` (`error`, `notice`) once its texts have loaded (they come
 * from a file of their own; until then the notice is named by code, `unknown-indicator: Z9.9`).
 */
async function notice(el: Element, name: 'error' | 'notice'): Promise<string> {
  await waitUntil(() => !/^[a-z]+-[a-z]+(?::|$)/.test(part(el, name)), `<${el.localName}> kept its ${name} named by code: ${part(el, name)}`);
  return part(el, name);
}
const NB = '\u00a0';

describe('<bildung-indikator>', () => {
  beforeEach(resetPage);

  describe('when the feed has loaded', () => {
    it('shows the name as a heading and the latest value of the publisher’s region with unit, decimals and period', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      const name = $(el, '[part="name"]');
      expect(name.localName).to.equal('h3');
      expect(text(name)).to.equal('Betreuungsquote der Kinder unter 3 Jahren');
      expect(text($(el, '.number'))).to.equal(`34,5${NB}%`);
      expect(text($(el, '.context'))).to.equal('Landkreis Celle, 2023');
      await expect(el).to.be.accessible();
    });

    it('states the change in percentage points and whether it is an improvement, not by colour alone', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      expect(part(el, 'change')).to.equal('▲ +1,6 Prozentpunkte gegenüber 2022 – verbessert');
      expect($(el, '.arrow').getAttribute('aria-hidden')).to.equal('true');
      // The word is there; the colour only repeats it.
      expect(text($(el, '.verdict'))).to.equal('– verbessert');
      expect(getComputedStyle($(el, '.verdict')).color).to.equal('rgb(27, 110, 53)');
    });

    it('compares with every other region for the same period and sums it up in a sentence', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      expect(text($(el, '.comparison-heading'))).to.equal('Zum Vergleich (2023)');
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal([`Niedersachsen 34,1${NB}%`, `Deutschland 36,4${NB}%`]);
      expect(part(el, 'summary')).to.equal('Landkreis Celle liegt 2023 über dem Landeswert und unter dem Bundeswert.');
    });

    it('shows definition, reading, notes on breaks and the source with its link', async () => {
      const el = await indikator({ indicator: 'D1.1' });
      const rows = Object.fromEntries($$(el, '[part="meta"] > div').map((d) => [text(d.querySelector('dt')!), text(d.querySelector('dd')!)]));
      expect(rows.Definition).to.match(/^Anteil der Abgängerinnen und Abgänger/);
      expect(rows.Bewertung).to.equal('niedriger ist günstiger');
      expect(rows.Hinweise).to.include('Bruch in der Reihe');
      expect(rows.Quelle).to.equal('Statistische Ämter des Bundes und der Länder, Schulstatistik');
      // Without a URL the source is text; with one, a link.
      expect($$(el, '[part="meta"] a')).to.have.length(0);
      const withUrl = await indikator({ indicator: 'B1.1' });
      expect($<HTMLAnchorElement>(withUrl, '[part="meta"] a').href).to.equal('https://www.regionalstatistik.de/');
    });

    it('fires bildung-ready with the number of regions shown', async () => {
      expect(await firstEvent('bildung-indikator', { src: feedUrl(exampleFeed), indicator: 'B1.1' }, 'bildung-ready')).to.deep.equal({ itemCount: 3, problemCount: 0 });
    });

    it('mirrors attributes as properties', async () => {
      const el = await indikator({ indicator: 'B1.1', region: '03', compare: 'DG', view: 'chart', 'heading-level': '4' });
      expect([el.indicator, el.region, el.compare, el.view, el.headingLevel]).to.deep.equal(['B1.1', '03', 'DG', 'chart', 4]);
      expect($(el, '[part="name"]').localName).to.equal('h4');
      el.indicator = 'D1.1';
      await el.updateComplete;
      expect(el.getAttribute('indicator')).to.equal('D1.1');
      expect(text($(el, '.number'))).to.equal(`7,6${NB}%`);
    });
  });

  describe('when numbers need care', () => {
    it('writes a negative change with its sign and judges it by polarity (lower is better)', async () => {
      const el = await indikator({ indicator: 'D1.1' });
      expect(text($(el, '.number'))).to.equal(`7,5${NB}%`);
      expect(text($(el, '.context'))).to.equal('Landkreis Celle, 2022/23');
      expect(part(el, 'change')).to.equal('▼ -0,4 Prozentpunkte gegenüber 2021/22 – verbessert');
      expect(part(el, 'summary')).to.equal('Landkreis Celle liegt 2022/23 unter dem Landeswert und über dem Bundeswert.');
    });

    it('calls a rise of a lower-is-better value a worsening', async () => {
      const el = await indikator({ indicator: 'D1.1', region: '03' });
      expect(part(el, 'change')).to.equal('▲ +0,3 Prozentpunkte gegenüber 2021/22 – verschlechtert');
      expect($(el, '[part="change"]').classList.contains('verdict-worse')).to.be.true;
    });

    it('says "unverändert" for a zero change and "gleichauf" for an equal value', async () => {
      const el = await indikator({ indicator: 'E2.1' });
      expect(text($(el, '.number'))).to.equal(`45,3${NB}Jahre`);
      expect(part(el, 'change')).to.equal(`▶ 0,0${NB}Jahre gegenüber 2022 – unverändert`);
      expect(part(el, 'summary')).to.equal('Landkreis Celle liegt 2023 gleichauf mit dem Landeswert und über dem Bundeswert.');
    });

    it('only says "gestiegen" or "gesunken" for a neutral indicator', async () => {
      const down = await indikator({ indicator: 'E2.1', region: 'DG' });
      expect(part(down, 'change')).to.equal(`▼ -0,2${NB}Jahre gegenüber 2022 – gesunken`);
      const up = await indikator({ indicator: 'B2.1' });
      expect(part(up, 'change')).to.match(/^▲ \+2,7 Prozentpunkte gegenüber 2022 – gestiegen$/);
    });

    it('writes values with 0 decimals and thousands separators, treating a missing polarity as neutral', async () => {
      const el = await indikator({ indicator: 'F1.1' });
      expect(text($(el, '.number'))).to.equal(`8.450${NB}€`);
      expect(part(el, 'change')).to.equal(`▲ +330${NB}€ gegenüber 2022 – gestiegen`);
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal([`Niedersachsen 9.210${NB}€`]);
      expect(part(el, 'summary')).to.equal('Landkreis Celle liegt 2023 unter dem Landeswert.');
    });

    it('writes values with 2 decimals and no unit', async () => {
      const el = await indikator({ indicator: 'G1.1' });
      expect(text($(el, '.number'))).to.equal('14,25');
      expect(part(el, 'change')).to.equal('▼ -0,25 gegenüber 2022 – verbessert');
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal(['Niedersachsen 14,02', 'Deutschland 14,31']);
    });

    it('has no change with one period only, and reads a secret value as "keine Angabe", never 0', async () => {
      const el = await indikator({ indicator: 'H1.1' });
      expect(text($(el, '.number'))).to.equal(`12,0${NB}%`);
      expect(part(el, 'change')).to.equal('Kein früherer Wert zum Vergleich.');
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal([`Niedersachsen 13,1${NB}%`, 'Deutschland keine Angabe']);
      expect(part(el, 'summary')).to.equal('Landkreis Celle liegt 2023 unter dem Landeswert. Für Deutschland liegt für 2023 keine Angabe vor.');
      expect(text($(el, '[part="tile"]'))).not.to.match(/\b0,0\b/);
      await expect(el).to.be.accessible();
    });

    it('shows the latest value there is and says which later period has none', async () => {
      const feed = {
        version: 1,
        indicators: [
          {
            id: 'N1',
            name: 'Quote',
            unit: '%',
            decimals: 1,
            series: [
              { region: { ags: '01059', name: 'Schleswig-Flensburg' }, values: [{ period: '2015', value: 20 }, { period: '2016', value: 21.4 }, { period: '2017', value: null, note: 'geheim' }] },
              { region: { ags: '01', name: 'Schleswig-Holstein' }, values: [{ period: '2016', value: 21.4 }, { period: '2017', value: 22 }] },
            ],
          },
        ],
      };
      const el = await indikator({ indicator: 'N1' }, feed);
      expect(text($(el, '.number'))).to.equal(`21,4${NB}%`);
      expect(text($(el, '.later-missing'))).to.equal('Für 2017 liegt keine Angabe vor.');
      expect(part(el, 'change')).to.equal('▲ +1,4 Prozentpunkte gegenüber 2015 – gestiegen');
      expect(part(el, 'summary')).to.equal('Schleswig-Flensburg liegt 2016 gleichauf mit dem Landeswert.');
    });

    it('shows "keine Angabe" when a region has no value at all', async () => {
      const feed = {
        version: 1,
        indicators: [
          {
            id: 'N2',
            name: 'Quote',
            unit: '%',
            series: [
              { region: { ags: '01059', name: 'Schleswig-Flensburg' }, values: [{ period: '2016', value: null }] },
              { region: { ags: 'DG', name: 'Deutschland' }, values: [{ period: '2016', value: 0 }] },
            ],
          },
        ],
      };
      const el = await indikator({ indicator: 'N2' }, feed);
      expect(text($(el, '.number'))).to.equal('keine Angabe');
      expect(el.shadowRoot!.querySelector('[part="change"]')).to.be.null;
      // A real 0 is a value: shown as 0, not as "keine Angabe".
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal([`Deutschland 0${NB}%`]);
      expect(part(el, 'summary')).to.equal('Für Schleswig-Flensburg liegt für 2016 keine Angabe vor.');
      await expect(el).to.be.accessible();
    });

    it('rounds as it displays, so the change matches the values a reader sees', () => {
      expect(roundTo(1.005, 2)).to.equal(1.01);
      expect(roundTo(-0.05, 1)).to.equal(-0.1);
      expect(roundTo(34.54 - 32.86, 1)).to.equal(1.7);
      const line = toLine({ region: { ags: 'x', name: 'X' }, values: [{ period: '2022', value: 32.86 }, { period: '2023', value: 34.54 }] });
      // Shown as 32,9 and 34,5: the change is 1,6, not 1,7.
      expect(headline(line, [], 1).difference).to.equal(1.6);
      expect(verdict('up', 'unbekannt')).to.equal('up');
      expect(trend(toLine({ region: { ags: 'x', name: 'X' }, values: [{ period: '2022', value: 45.3 }, { period: '2023', value: 45.31 }] }), ['2022', '2023'], 1).kind).to.equal('same');
    });

    it('writes "1 Prozentpunkt" in the singular', async () => {
      const feed = { version: 1, indicators: [{ id: 'P', name: 'P', unit: '%', decimals: 0, series: [{ region: { ags: 'DG', name: 'Deutschland' }, values: [{ period: '2022', value: 30 }, { period: '2023', value: 29 }] }] }] };
      const el = await indikator({ indicator: 'P' }, feed);
      expect(part(el, 'change')).to.equal('▼ -1 Prozentpunkt gegenüber 2022 – gesunken');
    });
  });

  describe('when the editor chooses region and comparisons', () => {
    it('shows another region and names a district comparison by name', async () => {
      const el = await indikator({ indicator: 'B1.1', region: '03' });
      expect(text($(el, '.context'))).to.equal('Niedersachsen, 2023');
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal([`Landkreis Celle 34,5${NB}%`, `Deutschland 36,4${NB}%`]);
      expect(part(el, 'summary')).to.equal('Niedersachsen liegt 2023 unter dem Wert von Landkreis Celle und unter dem Bundeswert.');
    });

    it('names another Land by name when the region itself is a Land', async () => {
      const feed = {
        version: 1,
        indicators: [{ ...exampleFeed.indicators![0]!, series: [...exampleFeed.indicators![0]!.series, { region: { ags: '01', name: 'Schleswig-Holstein' }, values: [{ period: '2023', value: 34.1 }] }] }],
      };
      const land = await indikator({ indicator: 'B1.1', region: '03', compare: '01,DG' }, feed);
      expect(part(land, 'summary')).to.equal('Niedersachsen liegt 2023 gleichauf mit dem Wert von Schleswig-Holstein und unter dem Bundeswert.');
      // Two Länder next to a district: both by name, never "Landeswert" twice.
      const kreis = await indikator({ indicator: 'B1.1', compare: '03,01' }, feed);
      expect(part(kreis, 'summary')).to.equal('Landkreis Celle liegt 2023 über dem Wert von Niedersachsen und über dem Wert von Schleswig-Holstein.');
    });

    it('compares only with the regions in `compare`', async () => {
      const el = await indikator({ indicator: 'B1.1', compare: 'DG' });
      expect($$(el, '[part="comparisons"] li').map(text)).to.deep.equal([`Deutschland 36,4${NB}%`]);
      expect($$(el, '.legend li').map(text)).to.deep.equal(['Landkreis Celle', 'Deutschland']);
      expect($$(el, '.series')).to.have.length(2);
    });

    it('names a comparison region it cannot find, and what there is', async () => {
      const el = await indikator({ indicator: 'B1.1', compare: 'DG, 09162' });
      expect(await notice(el, 'notice')).to.equal('Vergleichsregion 09162 nicht gefunden und daher nicht angezeigt. Vorhanden: 03 (Niedersachsen), DG (Deutschland).');
      expect($$(el, '[part="comparisons"] li')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('takes the first series when the publisher has no series of its own', async () => {
      const el = await indikator({ indicator: 'B1.1' }, { ...exampleFeed, publisher: { name: 'Land', ags: '99' } });
      expect(text($(el, '.context'))).to.equal('Landkreis Celle, 2023');
      const noPublisher = await indikator({ indicator: 'E2.1' }, { version: 1, indicators: exampleFeed.indicators });
      expect(text($(noPublisher, '.context'))).to.equal('Landkreis Celle, 2023');
    });
  });

  describe('when the attributes name nothing in the feed', () => {
    it('names an unknown indicator and the available ones, and keeps the fallback content', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <bildung-indikator src=${feedUrl(exampleFeed)} indicator="Z9.9"><p>Betreuungsquote 2023: 34,5 %</p></bildung-indikator>
        <bildung-indikator src=${feedUrl(exampleFeed)} indicator="B1.1"></bildung-indikator>
      </div>`);
      const [el, other] = [...wrapper.querySelectorAll('bildung-indikator')] as BildungIndikator[];
      await loaded(el!);
      await loaded(other!);
      const message = await notice(el!, 'error');
      expect(message).to.match(/^Indikator Z9\.9 nicht gefunden\. Vorhanden: B1\.1 \(Betreuungsquote der Kinder unter 3 Jahren\), D1\.1 \(/);
      expect(message).to.include('H1.1 (Teilnahmequote an Weiterbildung)');
      expect(el!.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      // The page and the next tile are unaffected.
      expect(text($(other!, '.number'))).to.equal(`34,5${NB}%`);
      await expect(el).to.be.accessible();
    });

    it('names an unknown region and the regions of the indicator', async () => {
      const el = await indikator({ indicator: 'B1.1', region: '99999' });
      expect(await notice(el, 'error')).to.equal('Region 99999 im Indikator B1.1 nicht gefunden. Vorhanden: 03351 (Landkreis Celle), 03 (Niedersachsen), DG (Deutschland).');
      await expect(el).to.be.accessible();
    });

    it('says when the indicator attribute is missing or the feed has no indicators', async () => {
      const missing = await indikator({});
      expect(await notice(missing, 'error')).to.match(/^Es ist kein Indikator angegeben \(Attribut „indicator“ fehlt\)\. Vorhanden: B1\.1/);
      const none = await indikator({ indicator: 'B1.1' }, { version: 1, offers: [] });
      expect(await notice(none, 'error')).to.equal('Die Daten enthalten keine Indikatoren.');
      const empty = await indikator({ indicator: 'L' }, { version: 1, indicators: [{ id: 'L', name: 'Leer', series: [] }] });
      expect(await notice(empty, 'error')).to.equal('Für den Indikator L liegen keine Werte vor.');
    });

    it('fires bildung-error naming the unknown id', async () => {
      expect(await firstEvent('bildung-indikator', { src: feedUrl(exampleFeed), indicator: 'Z9.9' }, 'bildung-error')).to.deep.equal({ kind: 'unknown-indicator', detail: 'Z9.9' });
    });

    describe('when the texts of the notices are not loaded yet', () => {
      it('shows the notice by code at once, and the message once they are there', async () => {
        // A second copy of the component's module (another URL): the texts, which the tests above
        // loaded, are not loaded for it yet. The built bundle without their file: tests/security/problems-file.test.ts.
        const url = './indikator.component.ts?notices-not-loaded';
        const { BildungIndikator: Fresh } = (await import(url)) as typeof import('./indikator.component.js');
        const shown: string[] = [];
        customElements.define(
          'bildung-indikator-fresh',
          class extends Fresh {
            protected override updated(changed: PropertyValues<this>) {
              super.updated(changed);
              const error = this.shadowRoot!.querySelector('[part="error"]');
              if (error) shown.push(text(error));
            }
          },
        );
        const el = await fixture<BildungIndikator>(html`<bildung-indikator-fresh src=${feedUrl(exampleFeed)} indicator="Z9.9"></bildung-indikator-fresh>`);
        await loaded(el);
        expect(await notice(el, 'error')).to.match(/^Indikator Z9\.9 nicht gefunden\. Vorhanden: B1\.1 /);
        expect(shown[0]).to.equal('unknown-indicator: Z9.9');
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('when the visitor reads the chart', () => {
    it('draws an SVG chart with a name and a text alternative that states the trend', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      const svg = $(el, '[part="chart"] svg.plot');
      expect(svg.getAttribute('role')).to.equal('img');
      const title = el.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!;
      expect(text(title)).to.equal('Liniendiagramm: Betreuungsquote der Kinder unter 3 Jahren, 2019 bis 2023');
      expect(text($(el, '[part="chart"] figcaption .trend'))).to.equal(
        `Landkreis Celle: von 29,8${NB}% (2019) auf 34,5${NB}% (2023) gestiegen. Keine Angabe für 2021. ` +
          `Niedersachsen: von 29,1${NB}% (2019) auf 34,1${NB}% (2023) gestiegen. ` +
          `Deutschland: von 34,3${NB}% (2019) auf 36,4${NB}% (2023) gestiegen.`,
      );
    });

    it('tells the lines apart by dash pattern and marker shape, not by colour alone', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      const series = $$(el, '.plot .series');
      expect(series).to.have.length(3);
      const dashes = series.map((g) => g.querySelector('.line')!.getAttribute('stroke-dasharray'));
      // Each marker is an outline drawn from its point: the outline without the point is the shape.
      const markers = series.map((g) => `${g.querySelector('.marker')!.localName}:${g.querySelector('.marker')!.getAttribute('d')!.replace(/^M[\d.]+ [\d.]+/, '')}`);
      expect(new Set(dashes).size).to.equal(3);
      expect(new Set(markers).size).to.equal(3);
      // The legend shows the same patterns next to the names.
      expect($$(el, '.legend .swatch .line').map((l) => l.getAttribute('stroke-dasharray'))).to.deep.equal(dashes);
    });

    it('breaks the line at a missing value instead of drawing through it or to 0', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      const own = $(el, '.plot .series.own');
      expect(own.querySelectorAll('.line')).to.have.length(2);
      expect(own.querySelectorAll('.marker')).to.have.length(4);
    });

    it('draws at the width it gets and keeps period labels apart', async () => {
      const el = await indikator({ indicator: 'B2.1', view: 'chart' }, exampleFeed, { style: 'width: 360px' });
      const svg = () => $<SVGSVGElement>(el, 'svg.plot');
      // Drawn at the default width first, then at the measured one (next frame).
      await waitUntil(() => Math.abs(Number(svg().getAttribute('width')) - svg().getBoundingClientRect().width) < 3, 'the chart was not redrawn at its width');
      expect(svg().getBoundingClientRect().width).to.be.below(360);
      const labels = $$(el, '.axis-x text').map((t) => t.getBoundingClientRect());
      expect(labels.length).to.be.within(2, 17);
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).to.be.at.least(labels[i - 1]!.right);
      expect(text($(el, '.axis-x text:last-of-type'))).to.equal('2023');
    });

    it('uses no inline styles (strict CSP)', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
      $(el, '[part="table-toggle"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });

    it('shows a large chart with a visible trend in view="chart"', async () => {
      const el = await indikator({ indicator: 'B1.1', view: 'chart' });
      expect(Number($(el, 'svg.plot').getAttribute('height'))).to.equal(280);
      expect($(el, '.trend').classList.contains('visually-hidden')).to.be.false;
      await expect(el).to.be.accessible();
    });
  });

  describe('when the visitor switches to the table', () => {
    it('toggles a real data table of periods × regions with a pressed button', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      const toggle = $(el, '[part="table-toggle"]');
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part="chart"]')).to.be.null;
      const table = $<HTMLTableElement>(el, '[part="table"]');
      expect(text(table.caption!)).to.equal('Betreuungsquote der Kinder unter 3 Jahren (%) nach Zeitraum und Region');
      expect([...table.tHead!.rows[0]!.cells].map((c) => [text(c), c.getAttribute('scope')])).to.deep.equal([
        ['Zeitraum', 'col'],
        ['Landkreis Celle', 'col'],
        ['Niedersachsen', 'col'],
        ['Deutschland', 'col'],
      ]);
      const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map(text));
      expect(rows).to.have.length(5);
      expect(rows[2]).to.deep.equal(['2021', 'keine Angabe Meldeausfall', '31,0', '34,4']);
      expect(rows[4]).to.deep.equal(['2023', '34,5', '34,1', '36,4']);
      expect(table.tBodies[0]!.rows[0]!.cells[0]!.getAttribute('scope')).to.equal('row');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="table"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('[part="chart"]')).to.exist;
    });

    it('starts with the table in view="table"', async () => {
      const el = await indikator({ indicator: 'D1.1', view: 'table' });
      expect($(el, '[part="table-toggle"]').getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '[part="table"] tbody tr').map((r) => text(r.querySelector('th')!))).to.deep.equal(['2018/19', '2019/20', '2020/21', '2021/22', '2022/23']);
      await expect(el).to.be.accessible();
      el.view = 'tile';
      await el.updateComplete;
      expect($(el, '[part="table-toggle"]').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('when used with the keyboard only', () => {
    it('reaches the table toggle, the table, the source and the download', async () => {
      const el = await indikator({ indicator: 'B1.1' }, exampleFeed, { before: '<button>vorher</button>' });
      (el.previousElementSibling as HTMLButtonElement).focus();
      const focused = () => el.shadowRoot!.activeElement;
      await sendKeys({ press: 'Tab' });
      expect(focused()?.getAttribute('part')).to.equal('table-toggle');
      expect(getComputedStyle(focused()!).outlineStyle).not.to.equal('none');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(focused()?.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(focused()?.classList.contains('table-wrap')).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(focused()?.closest('[part="meta"]')).to.exist;
      await sendKeys({ press: 'Tab' });
      expect(focused()?.getAttribute('part')).to.equal('download');
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()?.getAttribute('part')).to.equal('table-toggle');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused()?.getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('when the visitor downloads the data', () => {
    it('offers a CSV button that Excel opens in German settings, with the source in the file', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      const button = $<HTMLButtonElement>(el, '[part="download"]');
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('Daten herunterladen (CSV): Betreuungsquote der Kinder unter 3 Jahren');
      const file = await download(() => button.click());
      expect(file.name).to.equal('indikator-B1.1-03351.csv');
      expect(file.type).to.equal('text/csv;charset=utf-8');
      expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = file.text.slice(1);
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal('Indikator;B1.1 Betreuungsquote der Kinder unter 3 Jahren');
      expect(lines).to.include('Zeitraum;Landkreis Celle (03351);Niedersachsen (03);Deutschland (DG)');
      expect(lines).to.include('2021;;31,0;34,4');
      expect(lines).to.include('2023;34,5;34,1;36,4');
      expect(lines).to.include('Anmerkung;2021, Landkreis Celle: Meldeausfall');
      expect(lines).to.include('Quelle;Statistische Ämter des Bundes und der Länder, Kinder- und Jugendhilfestatistik');
      expect(lines).to.include('Quelle (Internet);https://www.regionalstatistik.de');
      expect(csv.endsWith('\r\n')).to.be.true;
    });

    it('holds only the regions shown, also after they change', async () => {
      const el = await indikator({ indicator: 'B1.1', compare: 'DG' });
      let file = await download(() => $(el, '[part="download"]').click());
      expect(file.text).to.include('Zeitraum;Landkreis Celle (03351);Deutschland (DG)\r\n');
      el.region = '03';
      await el.updateComplete;
      file = await download(() => $(el, '[part="download"]').click());
      expect(file.name).to.equal('indikator-B1.1-03.csv');
      expect(file.text).to.include('Zeitraum;Niedersachsen (03);Deutschland (DG)\r\n');
    });

    it('works from the keyboard, with Enter and with Space', async () => {
      const el = await indikator({ indicator: 'B1.1' });
      $(el, '[part="download"]').focus();
      for (const press of ['Enter', 'Space']) {
        const file = await download(() => sendKeys({ press }));
        expect(file.name, press).to.equal('indikator-B1.1-03351.csv');
      }
    });

    describe('when the CSV writer cannot be loaded (an editor copied only the main file)', () => {
      // The built bundle's missing bildung-*.csv.js is tested on a real page in tests/security/download-files.test.ts.
      const writerMissing = (el: BildungIndikator, missing: boolean) => {
        const own = el as unknown as { _csvWriter?: () => Promise<never> };
        if (missing) own._csvWriter = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        else delete own._csvWriter;
      };

      it('says so under the button, keeps the focus there, and the next success clears it', async () => {
        const el = await indikator({ indicator: 'B1.1' });
        writerMissing(el, true);
        const button = $(el, '[part="download"]');
        button.focus();
        const { warnings } = await captureWarnings(async () => {
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => el.shadowRoot!.querySelector('[part="download-error"]'), 'no message');
        });
        expect(warnings.join('\n')).to.match(/^(bildung-widgets: the CSV writer could not be loaded, no file was made \(.+\))?$/);
        const message = $(el, '[part="download-error"]');
        expect(text(message)).to.equal('Die CSV-Datei kann gerade nicht erstellt werden. Bitte versuchen Sie es später noch einmal.');
        expect(message.getAttribute('role')).to.equal('alert');
        expect(el.shadowRoot!.activeElement).to.equal(button);
        await expect(el).to.be.accessible();
        writerMissing(el, false);
        const file = await download(() => button.click());
        expect(file.name).to.equal('indikator-B1.1-03351.csv');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="download-error"]')).to.be.null;
      });

      it('says so in English on an English page', async () => {
        const el = await indikator({ indicator: 'B1.1', lang: 'en' });
        writerMissing(el, true);
        $(el, '[part="download"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="download-error"]'), 'no message');
        expect(text($(el, '[part="download-error"]'))).to.equal('The CSV file cannot be created right now. Please try again later.');
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('when the language is English', () => {
    it('speaks English with lang="en"', async () => {
      const el = await indikator({ indicator: 'B1.1', lang: 'en' });
      expect(text($(el, '.number'))).to.equal('34.5%');
      expect(part(el, 'change')).to.equal('▲ +1.6 percentage points compared with 2022 – improved');
      expect(part(el, 'summary')).to.equal('In 2023, Landkreis Celle is above the state figure and below the national figure.');
      expect(text($(el, '[part="download"]'))).to.match(/^Download data \(CSV\)/);
      expect(text($(el, '[part="table-toggle"]'))).to.equal('Show as table');
      const { text: csv } = await download(() => $(el, '[part="download"]').click());
      expect(csv).to.include('Period;Landkreis Celle (03351)');
      // Numbers stay German in the file: it is made for Excel in German settings.
      expect(csv).to.include('2023;34,5;34,1;36,4');
      await expect(el).to.be.accessible();
    });

    it('writes known units in English', async () => {
      const el = await indikator({ indicator: 'E2.1', lang: 'en' });
      expect(text($(el, '.number'))).to.equal(`45.3${NB}years`);
      expect(part(el, 'change')).to.equal(`▶ 0.0${NB}years compared with 2022 – unchanged`);
    });

    it('names an unknown indicator in English', async () => {
      const el = await indikator({ indicator: 'Z9.9', lang: 'en' });
      expect(await notice(el, 'error')).to.match(/^Indicator Z9\.9 not found\. Available: B1\.1 /);
      await expect(el).to.be.accessible();
    });

    it('names an unknown comparison region in English', async () => {
      const el = await indikator({ indicator: 'B1.1', compare: '09162', lang: 'en' });
      expect(await notice(el, 'notice')).to.equal('Comparison region 09162 not found, so not shown. Available: 03 (Niedersachsen), DG (Deutschland).');
      await expect(el).to.be.accessible();
    });
  });

  describe('when it is still loading or the feed fails', () => {
    it('shows the content between the tags while loading, then replaces it', async () => {
      await expectFallbackWhileLoading('bildung-indikator', { indicator: 'B1.1' }, exampleFeed, '<p>Betreuungsquote 2023: 34,5 %</p>');
    });

    it('shows one clear message with a retry when the feed cannot be loaded', async () => {
      await expectLoadError('bildung-indikator', { indicator: 'B1.1' }, '<p>Fallback</p>');
    });

    it('shares one feed with other widgets inside a <bildung-quelle>', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <bildung-quelle src=${feedUrl(exampleFeed)}>
          <bildung-indikator indicator="B1.1"></bildung-indikator>
          <bildung-indikator indicator="D1.1" view="table"></bildung-indikator>
        </bildung-quelle>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('bildung-indikator')] as BildungIndikator[];
      await loaded(a!);
      await loaded(b!);
      expect(text($(a!, '.number'))).to.equal(`34,5${NB}%`);
      expect(text($(b!, '.number'))).to.equal(`7,5${NB}%`);
      // Ids inside each shadow root do not clash with the other tile's.
      expect(a!.shadowRoot!.getElementById('name')).to.exist;
    });
  });

  describe('when the feed is hostile', () => {
    let el: BildungIndikator;
    let warnings: string[];

    beforeEach(async () => {
      ({ result: el, warnings } = await loadHostile(() => indikator({ indicator: 'X1', debug: '' }, problemFeed)));
    });

    it('renders markup as text and runs no script', async () => {
      expect(await xssFlag()).to.be.undefined;
      expect(el.shadowRoot!.querySelectorAll('script, img, iframe, object, embed, b, i, [onload], [onerror]')).to.have.length(0);
      expect(part(el, 'name')).to.equal('<img src=x onerror="window.__xss=1">Quote <b>fett</b>');
      expect(text($(el, '.context'))).to.equal('<i>Landkreis</i> Celle, 2024');
    });

    it('skips "NaN", numbers as text and mixed types instead of drawing them as 0', async () => {
      expect(text($(el, '.number'))).to.equal(`35,2${NB}%`);
      expect(part(el, 'change')).to.equal('▲ +3,7 Prozentpunkte gegenüber 2022 – verbessert');
      $(el, '[part="table-toggle"]').click();
      await el.updateComplete;
      const rows = $$(el, '[part="table"] tbody tr').map((r) => [...r.querySelectorAll('th, td')].map(text));
      expect(rows).to.deep.equal([
        ['2022', '31,5', '33,0', 'keine Angabe'],
        ['2024', '35,2', 'keine Angabe', '34,1'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('makes no unsafe link and keeps formulas out of the CSV', async () => {
      const links = $$<HTMLAnchorElement>(el, 'a');
      for (const a of links) expect(a.getAttribute('href')).to.match(SAFE_LINK);
      expect($$(el, '[part="meta"] a')).to.have.length(0);
      const { text: csv } = await download(() => $(el, '[part="download"]').click());
      expect(csv).to.include(`"'=cmd|"" /C calc""!A0 (03)"`);
      expect(csv).to.include(`Hinweise;"'=HYPERLINK(""https://example.org"",""klick"")"`);
    });

    it('reports every skipped value in one console warning and in debug mode', () => {
      expect(warnings).to.have.length(1);
      for (const pointer of [
        '/indicators/0/series/0/values/0/value: Zahl oder null erwartet, Text gefunden',
        '/indicators/0/series/0/values/2/value: Zahl oder null erwartet, Text gefunden',
        '/indicators/0/series/0/values/3/period: Text erwartet, ganze Zahl gefunden',
        '/indicators/0/series/2/region/ags: Text erwartet, ganze Zahl gefunden',
        '/indicators/0/source/url: keine zulässige Adresse',
        '/indicators/1/series: Liste erwartet, Text gefunden',
        '/indicators/3/id: doppelte ID „X1“',
      ]) {
        expect(warnings[0]).to.include(pointer);
      }
      // The four hints: markup in names and notes, shown as text and flagged for the editor.
      expect(warnings[0]).to.include(': enthält HTML-Code; er wird als Text angezeigt, nicht ausgeführt');
      expect(text($(el, '[part="debug-report"] summary'))).to.equal('Prüfung der Daten: 11 Fehler, 4 Hinweise.');
    });

    it('keeps long names inside the tile', () => {
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  });

  describe('when it shows the demo district’s real figures', () => {
    it('reads the Regionalatlas indicators of demo/feed.json with Land and Bund', async () => {
      const el = await mount('bildung-indikator', { src: '/demo/feed.json', indicator: 'C1.1' });
      expect(part(el, 'name')).to.equal('Betreuungsquote der Kinder unter 3 Jahren');
      expect(text($(el, '.number'))).to.equal(`33,7${NB}%`);
      expect(text($(el, '.context'))).to.equal('Kreis Schleswig-Flensburg, 2016');
      expect(part(el, 'change')).to.equal('▲ +0,3 Prozentpunkte gegenüber 2015 – verbessert');
      expect(part(el, 'summary')).to.equal('Kreis Schleswig-Flensburg liegt 2016 über dem Landeswert und über dem Bundeswert.');
      expect(part(el, 'meta')).to.include('Datenlizenz Deutschland – Namensnennung – Version 2.0 (www.govdata.de/dl-de/by-2-0)');
      el.setAttribute('indicator', 'D1.1');
      await el.updateComplete;
      expect(part(el, 'change')).to.equal('▼ -1,3 Prozentpunkte gegenüber 2014 – verbessert');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the column is narrow', () => {
    it('stacks value and chart in 320 px without overflowing the page', async () => {
      const el = await indikator({ indicator: 'B1.1' }, exampleFeed, { style: 'width: 320px' });
      await waitUntil(() => {
        const svg = $(el, 'svg.plot');
        return Math.abs(Number(svg.getAttribute('width')) - svg.getBoundingClientRect().width) < 3;
      }, 'the chart was not redrawn at its width');
      expect(getComputedStyle($(el, '.body')).gridTemplateColumns.split(' ')).to.have.length(1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect($(el, 'svg.plot').getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      $(el, '[part="table-toggle"]').click();
      await el.updateComplete;
      // A wide table scrolls inside its own focusable region, not the page.
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the page is themed', () => {
    it('inherits font and colour and takes --bildung-* custom properties and parts', async () => {
      const el = await indikator({ indicator: 'B1.1' }, exampleFeed, {
        style: `${PAGE_THEME} --bildung-chart-1: rgb(122, 31, 92); --bildung-positive: rgb(0, 90, 0);`,
        before: '<style>div > bildung-indikator::part(tile) { border-width: 3px; }</style>',
      });
      expectPageTheme(el, '[part="name"]');
      expect(getComputedStyle($(el, '.series.own .line')).stroke).to.equal('rgb(122, 31, 92)');
      expect(getComputedStyle($(el, '.series-1 .line')).stroke).to.equal('rgb(20, 40, 60)');
      expect(getComputedStyle($(el, '.verdict')).color).to.equal('rgb(0, 90, 0)');
      expect(getComputedStyle($(el, '[part="tile"]')).borderTopWidth).to.equal('3px');
    });

    it('draws every line in the system text colour in forced colours, still told apart by pattern', async () => {
      await forcedColors(true);
      try {
        const el = await indikator({ indicator: 'B1.1' });
        const lines = $$(el, '.plot .series .line');
        const colours = new Set(lines.map((line) => getComputedStyle(line).stroke));
        // One system colour for every line …
        expect(colours.size).to.equal(1);
        // … and the lines still differ, by dash pattern.
        expect(new Set(lines.map((line) => line.getAttribute('stroke-dasharray'))).size).to.equal(3);
        await expect(el).to.be.accessible();
      } finally {
        await forcedColors(false);
      }
    });
  });
});

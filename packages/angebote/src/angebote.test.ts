import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './angebote.js';
import { exampleFeed, exampleOffers, manyOffers } from './angebote.examples.js';
import { $, $$, expectFallbackWhileLoading, expectPageTheme, feedUrl, firstEvent, forcedColors, freshPageEachTest, loaded, mount, PAGE_THEME, statusText, titles } from '../../../tests/helpers.js';
import type { BildungAngebote } from './angebote.js';

const src = () => feedUrl(exampleFeed);
const finder = (attrs: Record<string, string> = {}, feed: unknown = exampleFeed) => mount('bildung-angebote', attrs, feed);

/** Types like a person: focus the search field and press each key. */
async function type(el: BildungAngebote, text: string) {
  $<HTMLInputElement>(el, 'input[type="search"]').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function checkbox(el: BildungAngebote, label: string): HTMLInputElement {
  const found = $$<HTMLLabelElement>(el, '.options label').find((l) => l.textContent!.trim().startsWith(label));
  if (!found) throw new Error(`no filter option "${label}"`);
  return $<HTMLInputElement>(el, `#${found.htmlFor}`);
}

async function tick(el: BildungAngebote, label: string) {
  checkbox(el, label).click();
  await el.updateComplete;
}

function optionText(el: BildungAngebote, label: string) {
  return $(el, `label[for="${checkbox(el, label).id}"]`).textContent!.replace(/\s+/g, ' ').trim();
}

describe('<bildung-angebote>', () => {
  freshPageEachTest();

  describe('when the feed has loaded', () => {
    it('lists every offer and says how many', async () => {
      const el = await finder();
      expect(statusText(el)).to.equal('8 Angebote');
      expect(titles(el)).to.have.length(8);
      await expect(el).to.be.accessible();
    });

    it('has a labelled search field', async () => {
      const el = await finder();
      const input = $<HTMLInputElement>(el, 'input');
      expect(input.type).to.equal('search');
      expect(input.labels![0]!.textContent).to.equal('Angebote durchsuchen');
    });

    it('shows name, Bildungsbereich, provider, place, cost, form and age of a result', async () => {
      const el = await finder();
      const card = $$(el, '.result').find((r) => r.textContent!.includes('Seepferdchen'))!;
      expect(card.querySelector('.title')!.textContent!.trim()).to.equal('Seepferdchen – Schwimmen lernen für Kinder');
      expect(card.querySelector('.areas')!.textContent!.trim()).to.equal('Non-formale Bildung und Freizeit');
      const facts = Object.fromEntries([...card.querySelectorAll(':scope article > .facts > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent!.trim()]));
      expect(facts).to.deep.equal({ Anbieter: 'TSV Schleswig von 1864 e. V.', Ort: 'Schleswig', Kosten: '85\u00a0€', Form: 'vor Ort', Alter: '5–8 Jahre' });
    });

    it('announces the count in a polite status region outside the list', async () => {
      const el = await finder();
      const status = $(el, '[role="status"]');
      expect(status.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      expect(status.contains($(el, '.list'))).to.be.false;
      expect($(el, '.list').closest('[aria-live]')).to.be.null;
    });

    it('fires bildung-ready with the number of offers', async () => {
      expect(await firstEvent('bildung-angebote', { src: src() }, 'bildung-ready')).to.deep.equal({ itemCount: 8, problemCount: 0 });
    });
  });

  describe('when the visitor types', () => {
    it('updates the results on every keystroke', async () => {
      const el = await finder();
      const counts: string[] = [];
      $<HTMLInputElement>(el, 'input').focus();
      for (const key of 'kap') {
        await sendKeys({ type: key });
        await el.updateComplete;
        counts.push(statusText(el));
      }
      // "k" still matches many words, "kap" only Kappeln.
      expect(counts[0]).not.to.equal(counts[2]);
      expect(counts[2]).to.equal('2 Angebote');
    });

    it('tolerates typos and ANDs words', async () => {
      const el = await finder();
      await type(el, 'Integrazionskurs');
      expect(titles(el)[0]).to.equal('Integrationskurs mit Alphabetisierung');
      await type(el, '');
      const input = $<HTMLInputElement>(el, 'input');
      input.select();
      await sendKeys({ type: 'schwimen kinder' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Seepferdchen – Schwimmen lernen für Kinder']);
    });

    it('folds umlauts: "fruehfoerderung" finds Frühförderung', async () => {
      const el = await finder();
      await type(el, 'fruehfoerderung');
      expect(titles(el)).to.deep.equal(['Frühförderung und Beratung für Familien']);
    });

    it('highlights matched words as text, not HTML', async () => {
      const el = await finder();
      await type(el, 'schwimm');
      const marks = $$(el, '.result mark').map((m) => m.textContent);
      expect(marks).to.include('Schwimmen');
      expect($(el, '.result .title').textContent!.trim()).to.equal('Seepferdchen – Schwimmen lernen für Kinder');
      await expect(el).to.be.accessible();
    });

    it('says so when nothing matches, with a hint', async () => {
      const el = await finder();
      await type(el, 'xylophonorchester');
      expect(statusText(el)).to.equal('Keine Angebote gefunden.');
      expect($(el, '.empty').textContent).to.include('entfernen Sie Filter');
      expect($$(el, '.result')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the page from submitting on Enter', async () => {
      const el = await finder();
      await type(el, 'kita');
      const before = location.href;
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(location.href).to.equal(before);
      expect(document.body.contains(el)).to.be.true;
    });
  });

  describe('when the visitor filters', () => {
    it('shows every facet as native checkboxes in fieldsets with live counts', async () => {
      const el = await finder();
      const legends = $$(el, 'fieldset > legend').map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['Bildungsbereich', 'Zielgruppe', 'Alter', 'Gemeinde', 'Kosten', 'Form', 'Sprache', 'Barrierefreiheit']);
      expect(optionText(el, 'Frühkindliche Bildung')).to.equal('Frühkindliche Bildung (2)');
      expect(optionText(el, 'Ukrainisch')).to.equal('Ukrainisch (1)');
      expect(optionText(el, 'nur kostenlose')).to.equal('nur kostenlose Angebote (5)');
    });

    it('browses by facets alone and recounts the other facets', async () => {
      const el = await finder();
      await tick(el, 'Kappeln');
      expect(statusText(el)).to.equal('2 Angebote');
      // Other facets now count within Kappeln only …
      expect(optionText(el, 'rollstuhlgerecht')).to.equal('rollstuhlgerecht (2)');
      // … while the ticked facet still offers its alternatives (OR within a facet).
      expect(optionText(el, 'Schleswig')).to.equal('Schleswig (4)');
      await tick(el, 'Schleswig');
      expect(statusText(el)).to.equal('6 Angebote');
      // Options that would give nothing stay in place, disabled, so the panel does not jump.
      expect(checkbox(el, 'Hochschule').disabled).to.be.true;
      expect(optionText(el, 'Hochschule')).to.equal('Hochschule (0)');
      await tick(el, 'online');
      expect(titles(el)).to.deep.equal(['Ausbildungsberatung der Jugendberufsagentur']);
      await expect(el).to.be.accessible();
    });

    it('filters by age: offers whose range contains it', async () => {
      const el = await finder();
      const age = $<HTMLInputElement>(el, '#age');
      age.focus();
      await sendKeys({ type: '6' });
      await el.updateComplete;
      expect(titles(el).sort()).to.deep.equal(['Frühförderung und Beratung für Familien', 'Kita An der Straße', 'Seepferdchen – Schwimmen lernen für Kinder']);
      expect($$(el, '.chip').map((c) => c.textContent!.trim())).to.deep.include('Alter: 6 Jahre×');
    });

    it('filters by free, form, language and accessibility', async () => {
      const el = await finder();
      await tick(el, 'nur kostenlose');
      expect(statusText(el)).to.equal('5 Angebote');
      await tick(el, 'in Leichter Sprache');
      expect(titles(el)).to.deep.equal(['Frühförderung und Beratung für Familien']);
      await tick(el, 'in Leichter Sprache');
      await tick(el, 'Arabisch');
      expect(titles(el)).to.deep.equal(['Integrationskurs mit Alphabetisierung']);
    });

    it('shows active filters as removable chips and resets them all', async () => {
      const el = await finder();
      await tick(el, 'Schule');
      await tick(el, 'Schleswig');
      const chips = $$(el, '[part="chip"]');
      expect(chips.map((c) => c.getAttribute('aria-label'))).to.deep.equal(['Filter entfernen: Schule', 'Filter entfernen: Schleswig']);
      expect(statusText(el)).to.equal('1 Angebot');
      await expect(el).to.be.accessible();
      chips[0]!.click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('4 Angebote');
      $(el, '[part="reset"]').click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('8 Angebote');
      expect($$(el, '[part="chip"]')).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
    });

    it('offers to reset the filters when they leave nothing', async () => {
      const el = await finder();
      await tick(el, 'Hochschule');
      await type(el, 'kita');
      expect(statusText(el)).to.equal('Keine Angebote gefunden.');
      $(el, '.empty button').click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('1 Angebot');
      expect(titles(el)).to.deep.equal(['Kita An der Straße']);
    });

    it('shows only the facets named in `filters`, in that order', async () => {
      const el = await finder({ filters: 'alter,bereich' });
      expect($$(el, 'fieldset > legend').map((l) => l.textContent!.trim())).to.deep.equal(['Alter', 'Bildungsbereich']);
      el.filters = 'accessibility';
      await el.updateComplete;
      expect($$(el, 'fieldset > legend').map((l) => l.textContent!.trim())).to.deep.equal(['Barrierefreiheit']);
    });
  });

  describe('when an editor presets filters', () => {
    it('shows only Kitas in one municipality and hides the preset facets', async () => {
      const el = await finder({ area: 'fruehkindlich', municipality: 'Tarp' });
      expect(titles(el)).to.deep.equal(['Kita An der Straße']);
      const legends = $$(el, 'fieldset > legend').map((l) => l.textContent!.trim());
      expect(legends).not.to.include('Bildungsbereich');
      expect(legends).not.to.include('Gemeinde');
      expect($$(el, '[part="chip"]')).to.have.length(0);
    });

    it('mirrors attributes as properties', async () => {
      const el = await finder({ 'page-size': '3', audience: 'senioren' });
      expect(el.pageSize).to.equal(3);
      expect(el.audience).to.equal('senioren');
      expect(statusText(el)).to.equal('2 Angebote');
      el.audience = 'kinder';
      el.pageSize = 2;
      await el.updateComplete;
      expect(el.getAttribute('page-size')).to.equal('2');
      expect(el.getAttribute('audience')).to.equal('kinder');
      expect(statusText(el)).to.equal('3 Angebote');
      expect(titles(el)).to.have.length(2);
    });
  });

  describe('when the feed is big', () => {
    it('shows the first offers at once and searches once the index is built in slices', async () => {
      const el = document.createElement('bildung-angebote');
      el.setAttribute('url-state', 'off');
      el.src = feedUrl({ version: 1, offers: manyOffers(6000) });
      const ready = new Promise((resolve) => el.addEventListener('bildung-ready', resolve, { once: true }));
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      // Every state the widget shows on its way, as a visitor would see them one after another.
      const seen: { status: string; titles: number }[] = [];
      new MutationObserver(() => {
        const status = el.shadowRoot!.querySelector('.status');
        const last = seen[seen.length - 1];
        const now = status && { status: statusText(el), titles: titles(el).length };
        if (now && (last?.status !== now.status || last.titles !== now.titles)) seen.push(now);
      }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await ready;
      // First the count, then the first offers in order while the search is prepared, then the searchable list.
      const preparing = '6.000 Angebote geladen, die Suche wird vorbereitet …';
      expect(seen[0]!.status).to.equal(preparing);
      expect(seen.filter((state) => state.status === preparing).at(-1)).to.deep.equal({ status: preparing, titles: 20 });
      expect(statusText(el)).to.equal('6.000 Angebote');
      expect(titles(el)[0]).to.equal('Kurs 0001');
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ type: 'kurs 5999' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Kurs 5999']);
      await expect(el).to.be.accessible();
    });

    describe('and so long that it is read while it downloads', () => {
      // Over 2 MB and 5,000 offers: checked, indexed and counted for the filters group by group as
      // it arrives. Names in another order than the file's, a word only in descriptions, and
      // entries the validator drops, in different groups.
      const subjects = ['Zeichnen', 'Aquarell', 'Musik', 'Schwimmen'];
      const offers: unknown[] = manyOffers(5200).map((offer, i) => ({
        ...offer,
        name: `${subjects[i % 4]} ${i}`,
        description: `${i % 50 === 7 ? 'Meeresbiologie. ' : ''}${'Ein Angebot für alle, die in der Gruppe lernen und Neues ausprobieren wollen. '.repeat(5)}`,
      }));
      offers[1500] = { ...(offers[10] as object) };
      offers[3000] = { id: 'kaputt', name: 42, area: ['schule'] };
      const body = JSON.stringify({ version: 1, offers });
      const kept = offers.filter((_, i) => i !== 1500 && i !== 3000) as { name: string; area: string[]; description: string }[];

      it('finds and counts what it would find in a small feed', async () => {
        expect(body.length, 'the feed is big enough to be read piece by piece').to.be.above(2_000_000);
        const el = document.createElement('bildung-angebote');
        el.setAttribute('url-state', 'off');
        const ready = new Promise<CustomEvent>((resolve) => el.addEventListener('bildung-ready', (e) => resolve(e as CustomEvent), { once: true }));
        el.src = feedUrl(body);
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        expect((await ready).detail).to.deep.equal({ itemCount: 5198, problemCount: 2 });
        await el.updateComplete;
        expect(statusText(el)).to.equal('5.198 Angebote');
        // In the order German collation gives a small feed: numbers by value.
        expect(titles(el).slice(0, 4)).to.deep.equal(['Aquarell 1', 'Aquarell 5', 'Aquarell 9', 'Aquarell 13']);
        // A word found only in descriptions.
        await type(el, 'meeresbiologie');
        expect(statusText(el)).to.equal(`${kept.filter((o) => o.description.startsWith('Meeresbiologie')).length} Angebote`);
        // A typo in a name.
        $<HTMLInputElement>(el, 'input[type="search"]').select();
        await sendKeys({ type: 'aquarel' });
        await el.updateComplete;
        const aquarell = kept.filter((o) => o.name.startsWith('Aquarell'));
        expect(statusText(el)).to.equal(`${aquarell.length.toLocaleString('de-DE')} Angebote`);
        expect(titles(el).every((t) => t.startsWith('Aquarell'))).to.be.true;
        // Filter counts over the search results.
        expect(optionText(el, 'Hochschule')).to.equal(`Hochschule (${aquarell.filter((o) => o.area.includes('hochschule')).length})`);
        await tick(el, 'Hochschule');
        expect(titles(el).every((t) => t.startsWith('Aquarell'))).to.be.true;
        await expect(el).to.be.accessible();
      });

      it('says so when the end of the feed is broken, after all its offers came in', async () => {
        const el = Object.assign(document.createElement('bildung-angebote'), { src: feedUrl(body.slice(0, -2)), urlState: 'off' });
        const failed = oneEvent(el, 'bildung-error');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        expect((await failed).detail).to.deep.equal({ kind: 'parse', detail: undefined });
        await el.updateComplete;
        expect($(el, '[part="error"]').textContent).to.contain('Die Daten sind fehlerhaft');
        expect(titles(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('keeps to its presets', async () => {
        const el = Object.assign(document.createElement('bildung-angebote'), { src: feedUrl(body), area: 'hochschule', urlState: 'off' });
        const ready = oneEvent(el, 'bildung-ready');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        expect((await ready).detail).to.deep.equal({ itemCount: 5198, problemCount: 2 });
        await el.updateComplete;
        expect(statusText(el)).to.equal(`${kept.filter((o) => o.area.includes('hochschule')).length} Angebote`);
      });
    });

    it('still says it is ready when a preset leaves only a few of its offers', async () => {
      const detail = await firstEvent('bildung-angebote', { src: feedUrl({ version: 1, offers: manyOffers(6000) }), area: 'hochschule', urlState: 'off' }, 'bildung-ready');
      expect(detail).to.deep.equal({ itemCount: 6000, problemCount: 0 });
    });
  });

  describe('when there are more results than fit a page', () => {
    it('shows 20 at a time and moves focus to the first new one', async () => {
      const el = await finder({}, { version: 1, offers: manyOffers(45) });
      expect(titles(el)).to.have.length(20);
      const more = $(el, '[part="more"]');
      expect(more.textContent!.trim()).to.equal('Weitere anzeigen (20 von 45 angezeigt)');
      more.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(40);
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Kurs 0021');
      $(el, '[part="more"]').click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(45);
      expect(el.shadowRoot!.querySelector('[part="more"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('when the visitor opens a result', () => {
    it('shows description with line breaks, schedule, languages, accessibility and contact links', async () => {
      const el = await finder();
      await type(el, 'seepferdchen');
      const toggle = $(el, '[part="details-toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part="details"]').hidden).to.be.true;
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = $(el, '[part="details"]');
      expect(details.hidden).to.be.false;
      const description = details.querySelector<HTMLElement>('.description')!;
      expect(description.innerText).to.include('Jahren.\nAbschluss');
      expect(getComputedStyle(description).whiteSpace).to.equal('pre-line');
      const text = details.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('1. März – 31. Mai 2027, montags 15:00–15:45 Uhr');
      expect(text).to.include('Deutsch');
      const hrefs = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:0462112345', 'mailto:schwimmen@example.org', 'https://www.example.org/tsv', 'https://www.example.org/seepferdchen']);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(details.hidden).to.be.true;
    });
  });

  describe('when the query and filters are in the URL', () => {
    it('writes readable parameters', async () => {
      const el = await finder();
      await type(el, 'kita');
      await tick(el, 'Frühkindliche Bildung');
      const params = new URLSearchParams(location.search);
      expect(params.get('q')).to.equal('kita');
      expect(params.get('bereich')).to.equal('fruehkindlich');
    });

    it('restores them after a reload', async () => {
      history.replaceState(null, '', '?q=gymnasium&gemeinde=Schleswig');
      const el = await finder();
      expect($<HTMLInputElement>(el, 'input').value).to.equal('gymnasium');
      expect(checkbox(el, 'Schleswig').checked).to.be.true;
      expect(titles(el)).to.deep.equal(['Domschule Schleswig – Gymnasium']);
    });

    it('follows the back button', async () => {
      const el = await finder();
      await tick(el, 'Schule');
      expect(statusText(el)).to.equal('1 Angebot');
      history.back();
      await waitUntil(() => statusText(el) === '8 Angebote', 'back did not undo the filter');
      history.forward();
      await waitUntil(() => statusText(el) === '1 Angebot', 'forward did not redo the filter');
    });

    it('keeps two finders on one page apart', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <bildung-angebote id="alle" src=${src()}></bildung-angebote>
        <bildung-angebote id="kitas" src=${src()}></bildung-angebote>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('bildung-angebote')] as BildungAngebote[];
      await loaded(a!);
      await loaded(b!);
      await type(a!, 'kita');
      await type(b!, 'schule');
      const params = new URLSearchParams(location.search);
      expect(params.get('alle-q')).to.equal('kita');
      expect(params.get('kitas-q')).to.equal('schule');
    });

    it('leaves the URL alone with url-state="off"', async () => {
      history.replaceState(null, '', '?q=schule');
      const el = await finder({ 'url-state': 'off' });
      expect($<HTMLInputElement>(el, 'input').value).to.equal('');
      await type(el, 'kita');
      expect(location.search).to.equal('?q=schule');
    });
  });

  describe('when it is still loading', () => {
    it('shows the content between the tags, then replaces it', async () => {
      await expectFallbackWhileLoading('bildung-angebote', {}, exampleFeed, '<a href="/angebote.pdf">Angebote als PDF</a>');
    });
  });

  describe('when the language is English', () => {
    it('speaks English with lang="en"', async () => {
      const el = await finder({ lang: 'en' });
      expect(statusText(el)).to.equal('8 offers');
      expect($(el, 'label[for="q"]').textContent).to.equal('Search offers');
      expect($$(el, 'fieldset > legend')[0]!.textContent!.trim()).to.equal('Field of education');
      await expect(el).to.be.accessible();
    });

    it('follows the page language without its own lang', async () => {
      document.documentElement.lang = 'en';
      try {
        const el = await finder();
        expect(statusText(el)).to.equal('8 offers');
        document.documentElement.lang = 'de';
        await waitUntil(() => statusText(el) === '8 Angebote');
      } finally {
        document.documentElement.lang = '';
      }
    });
  });

  describe('when used with the keyboard only', () => {
    it('searches, filters and opens details without a mouse', async () => {
      const el = await finder({ filters: 'form' });
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ type: 'schleswig' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('5 Angebote');
      // Tab leaves the search field for the first filter option; Space ticks it.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('f-mode-praesenz');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('3 Angebote');
      // Further Tabs reach the chip, the reset and then the first result's details button.
      let guard = 0;
      while (el.shadowRoot!.activeElement?.getAttribute('part') !== 'details-toggle' && guard++ < 10) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('shows a visible focus ring', async () => {
      const el = await finder();
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(getComputedStyle(focused).outlineStyle).not.to.equal('none');
    });
  });

  describe('when the screen is narrow', () => {
    it('folds the filters into a disclosure that says how many are active', async () => {
      await setViewport({ width: 320, height: 640 });
      history.replaceState(null, '', '?bereich=schule,ausbildung');
      const el = await finder();
      const toggle = $(el, '[part="filter-toggle"]');
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(toggle.textContent!.trim()).to.equal('Filter (2 aktiv)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle($(el, '[part="filter-panel"]')).display).to.equal('none');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle($(el, '[part="filter-panel"]')).display).not.to.equal('none');
      // Nothing sticks out sideways at 320 px.
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('still fits at 200 % zoom on a 1280 px screen', async () => {
      await setViewport({ width: 1280, height: 800 });
      document.documentElement.style.zoom = '2';
      try {
        const el = await finder();
        expect(getComputedStyle($(el, '[part="filter-toggle"]')).display).not.to.equal('none');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      } finally {
        document.documentElement.style.zoom = '';
      }
    });

    it('shows the filters directly on a wide screen', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await finder();
      expect(getComputedStyle($(el, '[part="filter-toggle"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="filter-panel"]')).display).not.to.equal('none');
    });
  });

  describe('when the page is themed', () => {
    it('inherits font and colour and takes --bildung-* custom properties and parts', async () => {
      const el = await mount('bildung-angebote', { 'url-state': 'off' }, exampleFeed, { style: PAGE_THEME });
      await tick(el, 'Schule');
      expectPageTheme(el, '.title', '[part="chip"]');
    });

    it('keeps the focus ring and marks in forced colours', async () => {
      await forcedColors(true);
      const el = await finder();
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).not.to.equal('none');
    });
  });

  describe('when the editor turns on debug', () => {
    it('shows how many entries were skipped and why', async () => {
      const el = await finder({ debug: '' }, { version: 1, offers: [...exampleOffers, { id: 'x', name: 7, area: ['schule'] }, { id: 'y', name: 'ok', area: ['kita'] }] });
      const summary = $(el, '[part="debug-report"] summary');
      expect(summary.textContent).to.equal('Prüfung der Daten: 1 Fehler, 1 Hinweis.');
      // The list follows once the problem texts are loaded (a file of their own).
      await waitUntil(() => el.shadowRoot!.querySelector('[part="debug-report"] li'), 'no problem listed');
      expect($(el, '[part="debug-report"]').textContent).to.include('/offers/8/name: Text erwartet, ganze Zahl gefunden');
      expect(statusText(el)).to.equal('9 Angebote');
      await expect(el).to.be.accessible();
    });
  });
});

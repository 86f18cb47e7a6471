import { expect, waitUntil } from '@open-wc/testing';
import '../../all/bildung-widgets.js';
import { clearFeedCache } from './index.js';
import { MOUNTED_ATTRIBUTE, mountWidgets, mountableAttributes } from './mount.js';
import { BildungAngebote } from '../../angebote/src/angebote.component.js';
import { baseFeed } from '../../../tests/hostile/base-feed.js';
import { activeContent, trapScript, unsafeUrls } from '../../../tests/hostile/inspect.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const feedUrl = (value: unknown = baseFeed()) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

const pages: HTMLElement[] = [];
/**
 * A piece of page written as an editor writes it (plain HTML: the custom tags only where asked
 * for), added to the document; resolves once the mount's MutationObserver has seen it.
 */
async function page(markup: string): Promise<HTMLElement> {
  const el = document.createElement('div');
  el.innerHTML = markup;
  document.body.append(el);
  pages.push(el);
  await Promise.resolve();
  return el;
}

async function ready(el: Element | null | undefined, what = '.status, .tile, [part="error"]'): Promise<Widget> {
  if (!el) throw new Error('no widget was created');
  await waitUntil(() => el.shadowRoot?.querySelector(what), `<${el.localName}> did not load`, { timeout: 5000 });
  await (el as Widget).updateComplete;
  return el as Widget;
}

const shadowText = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('the data-attribute mount (packages/core/src/mount.ts)', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => pages.splice(0).forEach((p) => p.remove()));

  describe('when an editor writes a plain element with data attributes', () => {
    it('puts the widget inside it, with the attributes taken over and the content as fallback', async () => {
      const src = feedUrl();
      const p = await page(`<div class="cms-block" data-bildung-widget="angebote" data-src="${src}" data-page-size="1" data-area="weiterbildung" data-url-state="off" data-id="kurse">
        <a href="/angebote.pdf">Alle Angebote als PDF</a></div>`);
      const holder = p.querySelector('.cms-block')!;
      const widget = holder.querySelector('bildung-angebote')!;
      expect(widget).to.be.instanceOf(BildungAngebote);
      expect(holder.hasAttribute(MOUNTED_ATTRIBUTE)).to.be.true;
      expect(holder.getAttribute('class')).to.equal('cms-block');
      expect(Object.fromEntries([...widget.attributes].map((a) => [a.name, a.value]))).to.deep.equal({
        src,
        id: 'kurse',
        'page-size': '1',
        area: 'weiterbildung',
        'url-state': 'off',
      });
      // The editor's link is the widget's light-DOM content: its slotted fallback.
      expect(widget.querySelector('a[href="/angebote.pdf"]')).to.exist;
      expect(holder.children).to.have.length(1);
      await ready(widget);
      expect((widget as BildungAngebote).pageSize).to.equal(1);
    });

    it('behaves exactly like the hand-written tag', async () => {
      const src = feedUrl();
      const p = await page(`
        <bildung-angebote id="hand" src="${src}" page-size="1" url-state="off"></bildung-angebote>
        <div data-bildung-widget="angebote" data-id="data" data-src="${src}" data-page-size="1" data-url-state="off"></div>
        <bildung-termine src="${src}"></bildung-termine>
        <div data-bildung-widget="termine" data-src="${src}"></div>
        <bildung-berichte src="${src}" area="schule"></bildung-berichte>
        <div data-bildung-widget="berichte" data-src="${src}" data-area="schule"></div>
        <bildung-indikator src="${src}" indicator="OK1" view="table" heading-level="2"></bildung-indikator>
        <div data-bildung-widget="indikator" data-src="${src}" data-indicator="OK1" data-view="table" data-heading-level="2"></div>`);
      const events: string[] = [];
      p.addEventListener('bildung-ready', (e) => events.push((e.target as Element).localName));
      const hand = [...p.children].filter((c) => c.localName.startsWith('bildung-'));
      const data = [...p.querySelectorAll('[data-bildung-widget] > *')];
      expect(data.map((d) => d.localName)).to.deep.equal(hand.map((h) => h.localName));
      for (const [i, h] of hand.entries()) {
        const [a, b] = [await ready(h), await ready(data[i])];
        // Equal but for Lit's markers and the object URL of the CSV download.
        const shadowHtml = (w: Element) => w.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ').replace(/blob:[^"]+/g, 'blob:');
        expect(shadowHtml(b), h.localName).to.equal(shadowHtml(a));
      }
      expect(shadowText(data[0]!, '.result .title')).to.have.length(1);
      expect(shadowText(data[3]!, '[part="name"]')).to.deep.equal(['Gültiger Indikator Betreuungsquote']);
      expect(data[3]!.shadowRoot!.querySelector('[part="name"]')!.localName).to.equal('h2');
      // Events bubble through the editor's element like from a hand-written tag.
      await waitUntil(() => events.length === 8);
      expect(events.sort()).to.deep.equal([...hand, ...data].map((w) => w.localName).sort());
    });

    it('takes the feed and language from a <bildung-quelle> written the same way', async () => {
      const p = await page(`<div data-bildung-widget="quelle" data-src="${feedUrl()}" data-lang="en">
        <h2>Bildungsangebote</h2>
        <div data-bildung-widget="angebote" data-url-state="off"></div>
        <div data-bildung-widget="berichte"></div>
      </div>`);
      const quelle = p.querySelector('bildung-quelle')!;
      expect(quelle.querySelector('h2')).to.exist;
      const angebote = await ready(quelle.querySelector('bildung-angebote'));
      const berichte = await ready(quelle.querySelector('bildung-berichte'));
      expect(shadowText(angebote, '.status')).to.deep.equal(['2 offers']);
      expect(shadowText(berichte, '.status')).to.deep.equal(['2 reports']);
    });

    it('accepts the widget name in any case, with blanks, or as the tag name', async () => {
      const p = await page(`<div data-bildung-widget=" Berichte " data-src="${feedUrl()}"></div><p data-bildung-widget="bildung-termine" data-src="${feedUrl()}"></p>`);
      expect(p.querySelector('bildung-berichte')).to.exist;
      expect(p.querySelector('p > bildung-termine')).to.exist;
    });

    it('maps data-debug to the boolean debug attribute, and "false" to none', async () => {
      const p = await page(`<div data-bildung-widget="berichte" data-debug></div><div data-bildung-widget="termine" data-debug="false"></div>`);
      expect(p.querySelector('bildung-berichte')!.getAttribute('debug')).to.equal('');
      expect(p.querySelector('bildung-termine')!.hasAttribute('debug')).to.be.false;
    });
  });

  describe('when the page changes after loading', () => {
    it('mounts elements added later, also deep inside added content', async () => {
      const p = await page('<section id="tab"></section>');
      p.querySelector('#tab')!.innerHTML = `<article><div data-bildung-widget="berichte" data-src="${feedUrl()}"><a href="/b.pdf">PDF</a></div></article>`;
      await waitUntil(() => p.querySelector('bildung-berichte'), 'the added element was not mounted');
      const widget = await ready(p.querySelector('bildung-berichte'));
      expect(shadowText(widget, '.status')).to.deep.equal(['2 Berichte']);
    });

    it('mounts an element that gets data-bildung-widget later', async () => {
      const p = await page(`<div id="later" data-src="${feedUrl()}"></div>`);
      p.querySelector('#later')!.setAttribute('data-bildung-widget', 'berichte');
      await waitUntil(() => p.querySelector('#later > bildung-berichte'), 'not mounted');
    });

    it('passes a changed data attribute on to the widget', async () => {
      const p = await page(`<div data-bildung-widget="angebote" data-src="${feedUrl()}" data-page-size="1" data-url-state="off"></div>`);
      const holder = p.firstElementChild!;
      const widget = await ready(holder.querySelector('bildung-angebote'));
      expect(shadowText(widget, '.result .title')).to.have.length(1);
      holder.setAttribute('data-page-size', '5');
      await waitUntil(() => widget.getAttribute('page-size') === '5');
      await widget.updateComplete;
      expect(shadowText(widget, '.result .title')).to.have.length(2);
      holder.removeAttribute('data-page-size');
      await waitUntil(() => !widget.hasAttribute('page-size'));
    });

    it('mounts each element once, however often the bundle runs', async () => {
      const p = await page(`<div data-bildung-widget="berichte" data-src="${feedUrl()}"></div>`);
      expect(mountWidgets(document)).to.deep.equal([]);
      await import(/* @vite-ignore */ '/dist/bildung-widgets.js?mount-twice' as string);
      await new Promise((r) => setTimeout(r, 20));
      expect(p.querySelectorAll('bildung-berichte')).to.have.length(1);
    });
  });

  describe('when the attributes a widget takes are asked for', () => {
    it('are exactly those it documents (custom-elements.json), and id', async () => {
      const manifest = (await (await fetch('/custom-elements.json')).json()) as {
        modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
      };
      const documented = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
      expect(documented.map((d) => d.tagName).sort()).to.deep.equal(['bildung-angebote', 'bildung-berichte', 'bildung-indikator', 'bildung-quelle', 'bildung-termine']);
      for (const d of documented) {
        expect(mountableAttributes(d.tagName!).sort(), d.tagName).to.deep.equal([...(d.attributes ?? []).map((a) => a.name), 'id'].sort());
      }
    });
  });

  describe('when the data attributes are hostile', () => {
    it('takes over only the documented attributes, as plain values', async () => {
      const trap = trapScript();
      try {
        const p = await page(`<div data-bildung-widget="termine" data-src="${feedUrl()}"
            data-more-href="javascript:alert(1)" data-onclick="alert(1)" data-onload="alert(1)" data-style="background:url(javascript:alert(1))"
            data-innerhtml="&lt;img src=x onerror=alert(1)&gt;" data-srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"
            data-id="x&quot; onmouseover=&quot;alert(1)" data-lang="de&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
            data-limit="&lt;svg onload=alert(1)&gt;" data-category="&lt;img src=x onerror=alert(1)&gt;"></div>`);
        const widget = await ready(p.querySelector('bildung-termine'));
        const allowed = new Set(mountableAttributes('bildung-termine'));
        for (const a of widget.attributes) expect(allowed.has(a.name), a.name).to.be.true;
        expect(widget.id).to.equal('x" onmouseover="alert(1)');
        expect(widget.getAttribute('lang')).to.equal('de"><script>alert(1)</script>');
        // The unknown language falls back to German; the limit is no number, the category matches nothing.
        expect(shadowText(widget, '.status')).to.deep.equal(['Derzeit sind keine Veranstaltungen geplant.']);
        expect(widget.shadowRoot!.querySelector('[part="more"][href]')).to.be.null;
        await new Promise((r) => setTimeout(r, 50));
        expect(trap.hits).to.deep.equal([]);
        expect(activeContent(widget)).to.deep.equal([]);
        expect(unsafeUrls(widget)).to.deep.equal([]);
        expect(p.querySelectorAll('img, script, svg')).to.have.length(0);
      } finally {
        trap.restore();
      }
    });

    it('leaves an element naming an unknown widget alone, fallback visible, and says so in the console', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const p = await page(`<div data-bildung-widget="angebote onclick=alert(1)"><a href="/a.pdf">PDF</a></div>
          <div data-bildung-widget="script"><a href="/b.pdf">PDF</a></div>
          <div data-bildung-widget="__proto__"></div><div data-bildung-widget="constructor"></div>`);
        await new Promise((r) => setTimeout(r, 20));
        expect(p.querySelectorAll('[data-bildung-mounted], script, bildung-angebote')).to.have.length(0);
        expect(p.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
        // (Once per copy of the bundle on the page: an earlier test loaded a second one.)
        expect(new Set(warnings.filter((w) => w.includes('unknown data-bildung-widget')))).to.have.property('size', 4);
      } finally {
        console.warn = warn;
      }
    });

    it('loads a javascript: data-src as nothing, with the German error and no script', async () => {
      const trap = trapScript();
      try {
        const p = await page(`<div data-bildung-widget="berichte" data-src="javascript:alert(1)//"><a href="/b.pdf">PDF</a></div>`);
        const widget = await ready(p.querySelector('bildung-berichte'), '[part="error"]');
        expect(shadowText(widget, '[part="error"] p')).to.deep.equal(['Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.']);
        expect(trap.hits).to.deep.equal([]);
      } finally {
        trap.restore();
      }
    });
  });
});

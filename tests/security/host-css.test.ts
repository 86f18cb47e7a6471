import { expect } from '@open-wc/testing';
import { baseFeed } from '../hostile/base-feed.js';
import { openPage, renderedWidgets, serveFeed, settle, uniqueName } from './page.js';

/**
 * Shadow DOM keeps the two sides apart: the district page's global CSS (hostile-host.css: `*`
 * rules with !important, global input, button, li, a, table and [hidden] rules, the widgets' own
 * class names) cannot change how a widget looks inside, and the widgets' CSS does not reach the
 * page. By design a widget inherits the page's font and text colour, and nothing else.
 */

/** Properties that a page rule could change only by reaching into the shadow tree (none of them inherit). */
const OWN_PROPERTIES = [
  'display',
  'position',
  'float',
  'clear',
  'visibility',
  'opacity',
  'box-sizing',
  'list-style-type',
  'border-top-style',
  'border-left-style',
  'border-top-left-radius',
  'background-color',
  'text-decoration-line',
  'overflow-x',
  'z-index',
];

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function open(options: Parameters<typeof openPage>[0], widgets: number) {
  const frame = await openPage(options);
  frames.push(frame);
  const list = widgets ? await renderedWidgets(frame.contentDocument!, widgets) : [];
  await settle(frame.contentWindow!);
  return { frame, widgets: list };
}

function styleOf(el: Element, properties: readonly string[]): Record<string, string> {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
}

const path = (el: Element) => {
  const parts: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) parts.unshift(`${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`);
  return parts.join(' > ');
};

describe('a district page with its own global CSS', () => {
  it('cannot change how a widget looks inside', async () => {
    const name = uniqueName('css');
    await serveFeed(name, { body: JSON.stringify(baseFeed()) });
    const plain = await open({ feed: name, csp: 'strict' }, 8);
    const hostile = await open({ feed: name, csp: 'strict', css: 'hostile' }, 8);
    // The hostile rules are in force on the page itself…
    const pageButton = hostile.frame.contentDocument!.querySelector('#page-button')!;
    expect(hostile.frame.contentWindow!.getComputedStyle(pageButton).display).to.equal('none');
    expect(hostile.frame.contentWindow!.getComputedStyle(hostile.frame.contentDocument!.querySelector('footer li')!).display).to.equal('inline-block');
    // …and change nothing inside the widgets.
    let compared = 0;
    plain.widgets.forEach((widget, i) => {
      const inside = [...widget.shadowRoot!.querySelectorAll('*')];
      const other = [...hostile.widgets[i]!.shadowRoot!.querySelectorAll('*')];
      expect(other.map((e) => e.localName), widget.localName).to.deep.equal(inside.map((e) => e.localName));
      inside.forEach((el, j) => {
        expect(styleOf(other[j]!, OWN_PROPERTIES), path(el)).to.deep.equal(styleOf(el, OWN_PROPERTIES));
        // What is on screen on the plain page is on screen on the hostile one, and nothing more.
        expect(other[j]!.getClientRects().length > 0, `${path(el)} rendered`).to.equal(el.getClientRects().length > 0);
        compared++;
      });
    });
    expect(compared).to.be.greaterThan(300);

    for (const w of hostile.widgets) {
      const root = w.shadowRoot!;
      // What the page hid, floated or restyled globally (inputs, buttons, list items, the chart) is there inside the widgets.
      for (const control of root.querySelectorAll<HTMLElement>('input[type="search"], [part="retry"], [part="details-toggle"], [part="table-toggle"], [part="list"] > li, svg.plot, [part="status"]')) {
        expect(control.getClientRects().length, path(control)).to.be.greaterThan(0);
        expect(getComputedStyle(control).visibility, path(control)).to.equal('visible');
      }
      // By design the widget takes the page's font and text colour (here forced by `* { … !important }`).
      const base = getComputedStyle(root.querySelector('.bildung-root')!);
      expect(base.color).to.equal('rgb(34, 34, 34)');
      expect(base.fontFamily).to.match(/^"DejaVu Sans Mono"/);
      // The hidden microdata copy in the light DOM holds no text, even when [hidden] is forced visible.
      for (const box of w.querySelectorAll('[data-bildung-microdata]')) expect(box.textContent!.trim()).to.equal('');
    }
    const finder = hostile.widgets[0]!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(finder.getBoundingClientRect().width).to.be.greaterThan(150);
  });

  it('is not changed by the widgets’ CSS', async () => {
    const name = uniqueName('leak');
    await serveFeed(name, { body: JSON.stringify(baseFeed()) });
    // The same page with the same markup, once without the widgets' script, once with it.
    const without = await open({ feed: name, csp: 'strict', script: 'none' }, 0);
    const withWidgets = await open({ feed: name, csp: 'strict' }, 8);
    // The page's own elements, some with the very class names the widgets use inside.
    const selector = 'header ul.status.list, li.title.label, a.bildung-button, #page-text, mark, #page-button, #page-input, footer li, body, h1';
    const a = [...without.frame.contentDocument!.querySelectorAll(selector)];
    const b = [...withWidgets.frame.contentDocument!.querySelectorAll(selector)];
    expect(a.length).to.equal(11);
    expect(b.length).to.equal(a.length);
    // Every property but the used sizes, which follow from the page being longer with the widgets in it.
    const layout = new Set(['height', 'width', 'block-size', 'inline-size', 'perspective-origin', 'transform-origin']);
    const all = [...getComputedStyle(document.body)].filter((p) => !p.startsWith('--') && !layout.has(p));
    a.forEach((el, i) => expect(styleOf(b[i]!, all), path(el)).to.deep.equal(styleOf(el, all)));
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { baseFeed } from '../hostile/base-feed.js';
import {
  bundleScripts,
  closeWidgetPages,
  consoleErrors,
  openPage,
  openWidgetPage,
  pageErrors,
  renderedWidgets,
  serveFeed,
  uniqueName,
  violations,
  type PageOptions,
} from './page.js';

/**
 * The data-attribute form (`<div data-bildung-widget="angebote" data-src="…">`) is mounted by a
 * file of its own next to the BUILT bundle (dist/bildung-widgets.mount.js), fetched only when a
 * page has such an element. Pages with the strict Content-Security-Policy and Trusted Types.
 */

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  closeWidgetPages();
});

/** A page with the four widgets in the data-attribute form only. */
async function openDataPage(options: Omit<PageOptions, 'feed' | 'form'> = {}): Promise<HTMLIFrameElement> {
  const feed = uniqueName('mount');
  await serveFeed(feed, { body: JSON.stringify(baseFeed()) });
  const frame = await openPage({ csp: 'strict', ...options, form: 'data', feed });
  frames.push(frame);
  return frame;
}

describe('the data-attribute mount next to the bundle (bildung-widgets.mount.js)', () => {
  describe('when the page writes the widgets as data attributes', () => {
    it('is fetched once from the same folder, also when the bundle has a version query, and every widget shows inside its element', async () => {
      const frame = await openDataPage({ script: 'versioned' });
      const widgets = await renderedWidgets(frame.contentDocument!, 4);
      for (const w of widgets) expect(w.parentElement!.getAttribute('data-bildung-widget'), w.localName).to.equal(w.localName.replace('bildung-', ''));
      // The mount file stands alone: no second copy of the bundle (without ?ver) is loaded.
      expect(bundleScripts(frame)).to.deep.equal(['/dist/bildung-widgets.js?ver=0.1.0', '/dist/bildung-widgets.mount.js']);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
      expect(consoleErrors(frame)).to.deep.equal([]);
    });
  });

  describe('when the page writes only the tags', () => {
    it('is never asked for', async () => {
      const { frame } = await openWidgetPage({});
      expect(bundleScripts(frame)).to.deep.equal(['/dist/bildung-widgets.js']);
    });

    it('is fetched once an element in the data-attribute form is added later, and mounts it', async () => {
      const { frame } = await openWidgetPage({});
      const doc = frame.contentDocument!;
      const later = doc.createElement('div');
      later.setAttribute('data-bildung-widget', 'berichte');
      later.setAttribute('data-src', doc.querySelector('bildung-berichte')!.getAttribute('src')!);
      doc.body.append(later);
      await waitUntil(() => later.querySelector('bildung-berichte')?.shadowRoot?.querySelector('.status'), 'the added element was not mounted', { timeout: 8000 });
      expect(bundleScripts(frame)).to.deep.equal(['/dist/bildung-widgets.js', '/dist/bildung-widgets.mount.js']);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });

  describe('when an editor copied only the main file', () => {
    it('leaves the editor content in place and names the missing file on the console', async () => {
      const frame = await openDataPage({ script: 'alone' });
      await waitUntil(() => consoleErrors(frame).length, 'no console error');
      const doc = frame.contentDocument!;
      expect(bundleScripts(frame)).to.deep.equal(['/__bildung__/alone/bildung-widgets.js', '/__bildung__/alone/bildung-widgets.mount.js']);
      expect(consoleErrors(frame)).to.have.length(1);
      expect(consoleErrors(frame)[0]).to.match(/^bildung-widgets: the data-bildung-widget form needs the file bildung-widgets\.mount\.js beside bildung-widgets\.js \(.+\)$/);
      // Nothing mounted; the fallback the editor wrote is still what visitors see.
      expect(doc.querySelectorAll('[data-bildung-mounted]')).to.have.length(0);
      expect(doc.querySelector<HTMLAnchorElement>('[data-bildung-widget="angebote"] > a')!.getAttribute('href')).to.equal('/angebote.pdf');
      expect(pageErrors(frame)).to.deep.equal([]);
      expect(violations(frame)).to.deep.equal([]);
    });
  });
});

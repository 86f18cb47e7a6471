import { expect, waitUntil } from '@open-wc/testing';
import { BASE_NAMES, baseFeed } from '../hostile/base-feed.js';
import { corpus } from '../hostile/corpus.js';
import { activeContent, unsafeUrls } from '../hostile/inspect.js';
import {
  feedHits,
  feedPath,
  openPage,
  pageErrors,
  renderedWidgets,
  serveFeed,
  settle,
  startRecording,
  stopRecording,
  uniqueName,
  violations,
  type Recording,
} from './page.js';

/**
 * A district page served with exactly the Content-Security-Policy of issue 7 (with Trusted Types
 * enforced) and the BUILT dist/bildung-widgets.js, as a district deploys it (`npm run build`
 * first; `npm test` does). Every widget, written as a tag and as the editor's data-attribute
 * form, renders on one feed with no CSP or Trusted Types violation, no console error, exactly
 * one fetch, and no request to any other origin.
 */

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function open(options: Parameters<typeof openPage>[0]) {
  const frame = await openPage(options);
  frames.push(frame);
  return frame;
}

/** Console errors of the district page (the test runner's own page logs other things). */
function pageConsoleErrors(recording: Recording): string[] {
  return recording.console.filter((m) => m.type === 'error' && !m.url.includes('/tests/security/strict-page.test')).map((m) => `${m.text} (${m.url})`);
}

function foreignRequests(recording: Recording): string[] {
  return recording.requests
    .map((r) => r.url)
    .filter((url) => {
      const u = new URL(url);
      // blob: URLs are the page's own (downloads made in the browser), and carry their origin.
      return (u.protocol === 'blob:' ? new URL(u.pathname).origin : u.origin) !== location.origin;
    });
}

/** Types into the finder, opens details, shows the indicator's table: the widgets' dynamic paths. */
async function exercise(doc: Document) {
  const win = doc.defaultView!;
  for (const finder of doc.querySelectorAll('bildung-angebote')) {
    const input = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Sprach';
    input.dispatchEvent(new win.Event('input', { bubbles: true }));
    await settle(win);
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="details-toggle"]')?.click();
    finder.shadowRoot!.querySelector<HTMLInputElement>('[part="facet"] input[type="checkbox"]')?.click();
    await settle(win);
  }
  for (const tile of doc.querySelectorAll('bildung-indikator')) {
    tile.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await settle(win);
    tile.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await settle(win);
  }
}

describe('a page with the strict Content-Security-Policy and Trusted Types', () => {
  it('shows all four widgets, as tags and from data attributes, with no violation and no request to another origin', async () => {
    const name = uniqueName('strict');
    // The valid base feed with markup in every field: a widget that parsed it as HTML would trip Trusted Types.
    await serveFeed(name, { body: corpus.find((c) => c.name === 'polyglot')!.body });
    await startRecording();
    let recording: Recording;
    let frame: HTMLIFrameElement;
    try {
      frame = await open({ feed: name, csp: 'strict' });
      const doc = frame.contentDocument!;
      const widgets = await renderedWidgets(doc, 8);
      for (const w of widgets) {
        const names = BASE_NAMES[w.localName.replace('bildung-', '') as keyof typeof BASE_NAMES];
        for (const n of names) expect(w.shadowRoot!.textContent, `${w.localName}: ${n}`).to.include(n);
        // Lit's styles arrive as adopted style sheets, never as <style> elements or style attributes.
        expect(w.shadowRoot!.adoptedStyleSheets.length, w.localName).to.be.greaterThan(0);
        expect(activeContent(w)).to.deep.equal([]);
        expect(unsafeUrls(w)).to.deep.equal([]);
      }
      // The editor's data-attribute form really is the same widget, inside the editor's element.
      expect(doc.querySelectorAll('[data-bildung-widget][data-bildung-mounted] > bildung-angebote')).to.have.length(1);
      await exercise(doc);
      await settle(frame.contentWindow!);
    } finally {
      recording = await stopRecording();
    }
    expect(violations(frame)).to.deep.equal([]);
    expect(pageErrors(frame)).to.deep.equal([]);
    expect(recording.pageErrors).to.deep.equal([]);
    expect(pageConsoleErrors(recording)).to.deep.equal([]);
    // Every request stays on the page's origin: no fonts, icons, images or analytics from elsewhere.
    expect(recording.requests.length).to.be.greaterThan(3);
    expect(foreignRequests(recording)).to.deep.equal([]);
    // (The page also gets the test server's own /__web-dev-server__web-socket.js, same origin.)
    const fromPage = recording.requests.filter((r) => r.frame.includes('/__bildung__/page'));
    expect(fromPage.map((r) => new URL(r.url).pathname)).to.include.members([feedPath(name), '/dist/bildung-widgets.js']);
    // Eight widgets, one feed, one fetch.
    expect(fromPage.filter((r) => r.url.endsWith(feedPath(name))).map((r) => `${r.method} ${r.type}`)).to.deep.equal(['GET fetch']);
    expect(await feedHits(name)).to.equal(1);
  });

  it('needs exactly one Trusted Types policy, named "lit-html"', async () => {
    const name = uniqueName('tt');
    await serveFeed(name, { body: JSON.stringify(baseFeed()) });
    // A site that lists its allowed policies: "lit-html" is enough.
    const allowed = await open({ feed: name, csp: 'strict-tt', form: 'tags' });
    await renderedWidgets(allowed.contentDocument!, 4);
    await exercise(allowed.contentDocument!);
    expect(violations(allowed)).to.deep.equal([]);
    // A site that allows none: the one policy the bundle asks for is "lit-html", and nothing else.
    const none = await open({ feed: name, csp: 'strict-tt-none', form: 'tags' });
    await waitUntil(() => violations(none).length > 0, 'no Trusted Types violation without an allowed policy');
    await settle(none.contentWindow!);
    expect(violations(none).map((v) => `${v.directive} ${v.sample}`)).to.deep.equal(['trusted-types lit-html']);
  });

  it('shows the German error and retries under the strict policy, still without violations', async () => {
    const name = uniqueName('strict-fault');
    await serveFeed(name, { status: 503, body: 'Wartung', type: 'text/plain' });
    const frame = await open({ feed: name, csp: 'strict' });
    const doc = frame.contentDocument!;
    const widgets = await renderedWidgets(doc, 8, '[part="error"]');
    for (const w of widgets) expect(w.shadowRoot!.querySelector('[part="error"] p')!.textContent).to.equal('Die Daten konnten nicht geladen werden (Fehler 503).');
    await serveFeed(name, { body: JSON.stringify(baseFeed()) });
    widgets[2]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await renderedWidgets(doc, 8, '.status, .tile');
    expect(await feedHits(name)).to.equal(2);
    expect(violations(frame)).to.deep.equal([]);
    expect(pageErrors(frame)).to.deep.equal([]);
  });

  it('catches a violation when there is one (the recorder works)', async () => {
    const name = uniqueName('canary');
    await serveFeed(name, { body: JSON.stringify(baseFeed()) });
    const frame = await open({ feed: name, csp: 'strict', form: 'tags' });
    await renderedWidgets(frame.contentDocument!, 4);
    const div = frame.contentDocument!.createElement('div');
    // What a widget must never do: HTML from a string, and an inline style.
    expect(() => (div.innerHTML = '<img src=x>')).to.throw(/TrustedHTML/);
    div.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(div);
    await waitUntil(() => violations(frame).length >= 2, 'the violations were not recorded');
    expect(violations(frame).map((v) => v.directive).sort()).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
  });
});

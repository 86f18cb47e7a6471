import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { clearFeedCache, clock } from '../packages/core/src/index.js';
import { clearSplitOffers } from '../packages/core/src/feed/split-offers.js';
import { problemTexts } from '../packages/core/src/feed/loader.js';

/** A same-origin URL that serves `value` as JSON (a string is served as it is). */
export function feedUrl(value: unknown, type = 'application/json'): string {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return URL.createObjectURL(new Blob([body], { type }));
}

/** A same-origin path that does not exist: the test server answers 404. */
export const MISSING_FEED = '/gibt-es-nicht/feed.json';

/** What a link in a widget may point to: the web, e-mail and telephone, nothing else. */
export const SAFE_LINK = /^(https?:|mailto:|tel:)/;

export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The text of `node` as a visitor reads it: white space folded, ends trimmed ('' for no node). */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the shadow part `name` of `el`. */
export function partText(el: Element, name: string): string {
  return text($(el, `[part="${name}"]`));
}

/** A Lit element: something that renders asynchronously. */
type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** The tags of the widgets (every defined element that renders with Lit). */
export type WidgetTag = { [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends Updating ? K : never }[keyof HTMLElementTagNameMap];

/**
 * Waits until the widget shows data (or an error) and has rendered it: a finder, list or tile
 * (`.status`, `.tile`) or a message.
 */
export async function loaded(el: Updating, what = '.status, .tile, [part="error"]') {
  await waitUntil(() => el.shadowRoot?.querySelector(what), `<${el.localName}> did not finish loading`, { timeout: 5000 });
  await el.updateComplete;
}

export interface MountOptions {
  /** Markup between the tags: the editor's fallback content. */
  content?: string;
  /** Inline style of the column the widget sits in (e.g. `width: 320px`, custom properties). */
  style?: string;
  /** Markup placed in that column before the widget (a style sheet, a button to start tabbing from). */
  before?: string;
  /** `false`: return after the first render instead of waiting until the widget has loaded. */
  wait?: boolean;
}

/**
 * Puts a `<tag>` with `attrs` into a fresh column of the page, reading `feed` from a blob URL
 * (no `feed`: `attrs.src` or none), and waits until it shows data or an error.
 */
export async function mount<K extends WidgetTag>(tag: K, attrs: Record<string, string> = {}, feed?: unknown, options: MountOptions = {}): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag) as HTMLElementTagNameMap[K] & Updating;
  if (feed !== undefined) el.setAttribute('src', feedUrl(feed));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (options.content) el.innerHTML = options.content;
  const column = await fixture<HTMLDivElement>(html`<div></div>`);
  if (options.style) column.setAttribute('style', options.style);
  if (options.before) column.innerHTML = options.before;
  column.append(el);
  if (options.wait === false) await el.updateComplete;
  else await loaded(el);
  return el;
}

/** Creates a `<tag>` with `props`, connects it and returns the `detail` of its first `type` event. */
export async function firstEvent(tag: WidgetTag, props: Record<string, unknown>, type: string): Promise<unknown> {
  const el = Object.assign(document.createElement(tag), props);
  const event = oneEvent(el, type);
  document.body.append(el);
  try {
    return (await event).detail;
  } finally {
    el.remove();
  }
}

/** Titles of the results on screen, as a visitor reads them. */
export function titles(el: Element): string[] {
  return $$(el, '.result .title').map((t) => t.textContent!.trim());
}

export function statusText(el: Element): string {
  return text($(el, '[role="status"]'));
}

/** Fresh state between tests: no cached feeds, no query parameters. */
export function resetPage() {
  clearFeedCache();
  clearSplitOffers();
  history.replaceState(null, '', location.pathname);
}

/** Emulates Windows High Contrast (forced colours) for this page, or turns it off. */
export async function forcedColors(active: boolean) {
  await executeServerCommand('forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced-colors emulation failed');
}

/** The test page's viewport and media as they were before a test changed them. */
export async function resetMedia() {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ reducedMotion: 'no-preference' });
  await forcedColors(false);
}

/**
 * Mocha hooks for a widget suite: a fresh page before each test (`resetPage`) with the widgets'
 * clock at `now` when given; clock, viewport and media put back after each test.
 */
export function freshPageEachTest(options: { now?: Date } = {}) {
  const realNow = clock.now;
  beforeEach(() => {
    resetPage();
    const now = options.now;
    if (now) clock.now = () => now;
  });
  afterEach(async () => {
    clock.now = realNow;
    await resetMedia();
  });
}

/**
 * Runs `action` and returns what it wrote with console.warn, including a feed's problem report,
 * which comes once the problem texts are loaded.
 */
export async function captureWarnings<T>(action: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    const result = await action();
    await problemTexts();
    return { result, warnings };
  } finally {
    console.warn = warn;
  }
}

/** A file a widget handed to the browser as a download. */
export interface DownloadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** The content as UTF-8 (a byte order mark is kept, as U+FEFF). */
  text: string;
}

/**
 * Runs `action` and returns the file it downloads: the widget loads its writer (calendar, CSV),
 * then clicks an `<a download>` with a blob URL; the click is caught here (no file lands on disk)
 * and the blob read back. Waits for that click: an action that downloads nothing fails by the
 * test's time limit.
 */
export async function download(action: () => unknown): Promise<DownloadedFile> {
  const original = HTMLAnchorElement.prototype.click;
  let caught!: (link: { href: string; name: string }) => void;
  const clicked = new Promise<{ href: string; name: string }>((resolve) => (caught = resolve));
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) caught({ href: this.href, name: this.download });
    else original.call(this);
  };
  let link: { href: string; name: string };
  try {
    await action();
    link = await clicked;
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(link.href).to.match(/^blob:/);
  const blob = await (await fetch(link.href)).blob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { name: link.name, type: blob.type, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** Holds every fetch until `release()`, so a widget stays in its loading state; `restore()` puts fetch back. */
export function holdFetch() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const realFetch = window.fetch;
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    await gate;
    return realFetch(...args);
  };
  return { release, restore: () => (window.fetch = realFetch) };
}

/** The flag every script in a hostile feed sets (`window.__xss=1`) once it runs. */
const xss = window as unknown as { __xss?: unknown };

/** Loads a hostile feed: clears the script flag, then runs `action` and captures its console warnings. */
export async function loadHostile<T>(action: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  xss.__xss = undefined;
  return captureWarnings(action);
}

/** Gives any injected script a moment to run, then returns the flag it would have set (`undefined`: none ran). */
export async function xssFlag(): Promise<unknown> {
  await aTimeout(100);
  return xss.__xss;
}

/** A page's own look, for the theming tests: a font and a colour to inherit, an accent colour. */
export const PAGE_THEME = 'font-family: Georgia, serif; color: rgb(20, 40, 60); --bildung-accent: rgb(120, 0, 60);';

/**
 * The widget took PAGE_THEME from its column: `textSelector` inherits font and colour, and
 * `accentSelector` (when given) has the accent colour as its background.
 */
export function expectPageTheme(el: Element, textSelector: string, accentSelector?: string) {
  expect(getComputedStyle($(el, textSelector)).fontFamily).to.include('Georgia');
  expect(getComputedStyle($(el, textSelector)).color).to.equal('rgb(20, 40, 60)');
  if (accentSelector) expect(getComputedStyle($(el, accentSelector)).backgroundColor).to.equal('rgb(120, 0, 60)');
}

/**
 * The loading state every widget shares: mounts `<tag>` with the editor's fallback `content` while
 * its feed is held back; checks that the fallback is slotted and visible next to an accessible
 * "Wird geladen …" status; lets the feed through; checks that slot and fallback are gone.
 */
export async function expectFallbackWhileLoading(tag: WidgetTag, attrs: Record<string, string>, feed: unknown, content: string) {
  const { release, restore } = holdFetch();
  try {
    const el = await mount(tag, attrs, feed, { content, wait: false });
    const fallback = [...el.querySelectorAll('*')];
    expect(fallback).not.to.be.empty;
    expect($<HTMLSlotElement>(el, 'slot').assignedElements()[0]).to.equal(el.firstElementChild);
    for (const node of fallback) expect(node.getClientRects().length, node.outerHTML).to.be.greaterThan(0);
    expect(partText(el, 'loading')).to.equal('Wird geladen …');
    expect(statusText(el)).to.equal('Wird geladen …');
    await expect(el).to.be.accessible();
    release();
    await loaded(el);
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    for (const node of fallback) expect(node.getClientRects().length, node.outerHTML).to.equal(0);
  } finally {
    restore();
  }
}

/**
 * The error every widget shares when its feed is missing (404): one clear message in an alert
 * with a retry button, the editor's fallback `content` visible, all of it accessible.
 */
export async function expectLoadError(tag: WidgetTag, attrs: Record<string, string>, content: string) {
  const el = await mount(tag, { src: MISSING_FEED, ...attrs }, undefined, { content });
  expect(text($(el, '[part="error"] p'))).to.equal('Die Daten konnten nicht geladen werden (Fehler 404).');
  expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
  expect($(el, '[part="retry"]').localName).to.equal('button');
  const fallback = [...el.querySelectorAll('*')];
  expect(fallback).not.to.be.empty;
  for (const node of fallback) expect(node.getClientRects().length, node.outerHTML).to.be.greaterThan(0);
  await expect(el).to.be.accessible();
}

/**
 * Browser-side helpers for the tests that use the test server routes of wtr-plugin.mjs: feeds
 * with faults, district pages with a strict CSP and the built bundle, request recording.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { baseFeed } from '../hostile/base-feed.js';

export interface FeedSpec {
  body?: string;
  status?: number;
  type?: string;
  delayMs?: number;
  /** Close the connection without a response (a network error). */
  reset?: boolean;
}

let counter = 0;
/** A feed name no other test uses. */
export const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** Sets what the feed `name` answers from now on. */
export async function serveFeed(name: string, spec: FeedSpec): Promise<string> {
  const response = await fetch(`/__bildung__/feeds/${encodeURIComponent(name)}`, { method: 'PUT', body: JSON.stringify(spec) });
  if (response.status !== 204) throw new Error(`could not set feed ${name}: ${response.status}`);
  return feedPath(name);
}

export const feedPath = (name: string) => `/__bildung__/feeds/${encodeURIComponent(name)}`;

/** How often the feed `name` was requested. */
export async function feedHits(name: string): Promise<number> {
  const response = await fetch(`/__bildung__/hits/${encodeURIComponent(name)}`);
  return ((await response.json()) as { hits: number }).hits;
}

export interface PageOptions {
  feed: string;
  csp?: 'strict' | 'strict-tt' | 'strict-tt-none' | 'none';
  css?: 'hostile';
  /** `none`: no script; `versioned`: `bildung-widgets.js?ver=…`; `alone`: the main file without the files that belong to it. */
  script?: 'none' | 'versioned' | 'alone';
  form?: 'tags' | 'data';
  /** The page's `<html lang>` (default `de`). */
  lang?: 'en';
  /** `on`: the finder shows its debug report. */
  debug?: 'on';
  /** The indicator the tiles name (default `OK1`, the base feed's). */
  indicator?: string;
}

export const pageUrl = (o: PageOptions) => `/__bildung__/page?${new URLSearchParams(Object.entries(o).filter(([, v]) => v) as [string, string][])}`;

/** Loads a district page into an iframe of `width` × 2000 px; resolves on its load event. */
export function openPage(options: PageOptions, width = 1000): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 2000px; border: 0; display: block`;
  const loaded = new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  iframe.src = pageUrl(options);
  document.body.append(iframe);
  return loaded;
}

export const WIDGET_TAGS = ['bildung-angebote', 'bildung-termine', 'bildung-berichte', 'bildung-indikator'];

/** The widgets of a page (hand-written tags and those mounted from data attributes), once each has rendered. */
export async function renderedWidgets(doc: Document, expected: number, what = '.status, .tile, [part="error"]'): Promise<HTMLElement[]> {
  const all = () => [...doc.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(', '))];
  await waitUntil(() => all().length === expected && all().every((w) => w.shadowRoot?.querySelector(what)), `the page did not show ${expected} widgets`, { timeout: 8000 });
  await Promise.all(all().map((w) => (w as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
  return all();
}

export interface Recording {
  requests: { url: string; method: string; type: string; frame: string }[];
  console: { type: string; text: string; url: string }[];
  pageErrors: string[];
}

/** Starts recording every request, console error and page error of the browser page (frames included). */
export async function startRecording(): Promise<void> {
  await executeServerCommand('bildung-record', { action: 'start' });
}

export async function stopRecording(): Promise<Recording> {
  return (await executeServerCommand('bildung-record', { action: 'stop' })) as Recording;
}

/** What the page's own violation recorder (violation-recorder.js) saw. */
export function violations(frame: HTMLIFrameElement): { directive: string; blocked: string; sample: string }[] {
  return (frame.contentWindow as unknown as { __violations: { directive: string; blocked: string; sample: string }[] }).__violations;
}

export function pageErrors(frame: HTMLIFrameElement): string[] {
  return (frame.contentWindow as unknown as { __errors: string[] }).__errors;
}

/** What the page wrote with console.warn (recorded by violation-recorder.js). */
export function pageWarnings(frame: HTMLIFrameElement): string[] {
  return (frame.contentWindow as unknown as { __warnings: string[] }).__warnings;
}

/** What the page wrote with console.error (recorded by violation-recorder.js). */
export function consoleErrors(frame: HTMLIFrameElement): string[] {
  return (frame.contentWindow as unknown as { __consoleErrors: string[] }).__consoleErrors;
}

/** Paths (with query) of every file the page loaded, as its own Resource Timing lists them. */
export function pageResources(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource').map((r) => {
    const url = new URL(r.name);
    return url.pathname + url.search;
  });
}

/** Lets the page settle: a task after the next frame. */
export const settle = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 20)));

const openedFrames: HTMLIFrameElement[] = [];

/** Removes the pages `openWidgetPage` opened (call it in `afterEach`). */
export function closeWidgetPages(): void {
  openedFrames.splice(0).forEach((f) => f.remove());
}

/**
 * Serves a feed (the hostile corpus's base feed unless `options.feed` names one already served),
 * opens a page with all four widgets as tags and waits until each has rendered.
 */
export async function openWidgetPage(options: Omit<PageOptions, 'feed'> & { feed?: string }, prefix = 'page'): Promise<{ widgets: HTMLElement[]; frame: HTMLIFrameElement }> {
  let feed = options.feed;
  if (!feed) {
    feed = uniqueName(prefix);
    await serveFeed(feed, { body: JSON.stringify(baseFeed()) });
  }
  const frame = await openPage({ csp: 'strict', form: 'tags', ...options, feed });
  openedFrames.push(frame);
  return { widgets: await renderedWidgets(frame.contentDocument!, 4), frame };
}

/** The bundle's files a page loaded (`bildung-widgets.js` and its companions). */
export const bundleScripts = (frame: HTMLIFrameElement) => pageResources(frame).filter((p) => /\/bildung-widgets[^/]*\.js/.test(p));

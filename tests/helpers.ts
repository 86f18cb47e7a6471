import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearFeedCache } from '../packages/core/src/index.js';

/** A same-origin URL that serves `value` as JSON (a string is served as it is). */
export function feedUrl(value: unknown, type = 'application/json'): string {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return URL.createObjectURL(new Blob([body], { type }));
}

export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Waits until the widget shows data (or an error) and has rendered it. */
export async function loaded(el: HTMLElement & { updateComplete: Promise<boolean> }, what = '.status, [part="error"]') {
  await waitUntil(() => el.shadowRoot?.querySelector(what), `<${el.localName}> did not finish loading`, { timeout: 5000 });
  await el.updateComplete;
}

/** Titles of the results on screen, as a visitor reads them. */
export function titles(el: Element): string[] {
  return $$(el, '.result .title').map((t) => t.textContent!.trim());
}

export function statusText(el: Element): string {
  return $(el, '[role="status"]').textContent!.replace(/\s+/g, ' ').trim();
}

/** Fresh state between tests: no cached feeds, no query parameters. */
export function resetPage() {
  clearFeedCache();
  history.replaceState(null, '', location.pathname);
}

/** Emulates Windows High Contrast (forced colours) for this page, or turns it off. */
export async function forcedColors(active: boolean) {
  await executeServerCommand('forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced-colors emulation failed');
}

/** Runs `action` and returns what it wrote with console.warn. */
export async function captureWarnings<T>(action: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: await action(), warnings };
  } finally {
    console.warn = warn;
  }
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

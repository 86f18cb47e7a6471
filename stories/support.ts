// Helpers shared by the stories (not a story file: the glob is stories/**/*.stories.ts).

const urls = new WeakMap<object, string>();

/**
 * A same-origin URL that serves `feed` as JSON: a blob URL, so a story needs no server and makes no
 * request beyond the page. One URL per feed object, so re-rendering a story (e.g. after a control
 * changed) reuses the feed the widgets already loaded.
 */
export function feedUrl(feed: object): string {
  let url = urls.get(feed);
  if (!url) {
    url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    urls.set(feed, url);
  }
  return url;
}

/**
 * A story-level `beforeEach`: while the story is shown, requests for `url` (and only for it) never
 * get an answer, like a server that does not respond; every other request goes through unchanged.
 * The returned cleanup puts the original `fetch` back before the next story renders, so nothing
 * leaks into other stories.
 *
 * The request ignores the loader's abort signal on purpose, so the story stays in its loading state;
 * on a real page the loader gives up after `feedOptions.timeoutMs` (15 s) and shows its timeout error.
 */
export function holdRequestsTo(url: string) {
  return () => {
    const original = window.fetch;
    const target = new URL(url, document.baseURI).href;
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (new URL(requested, document.baseURI).href === target) return new Promise<Response>(() => {});
      return original.call(window, input, init);
    };
    return () => {
      window.fetch = original;
    };
  };
}

/**
 * Resolves with the shadow root of `el` once it shows data (`[part="status"]`) — for play functions.
 */
export async function whenReady(el: Element, timeoutMs = 5000): Promise<ShadowRoot> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const root = el.shadowRoot;
    if (root?.querySelector('[part="status"]')) return root;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`<${el.localName}> did not show its results within ${timeoutMs} ms`);
}

/**
 * What tests/storybook.smoke.mjs expects of a story (read from `parameters.smoke`):
 * `state` of every <bildung-angebote> in it (default `ready`), parts that must be visible in
 * their shadow roots, and whether failed feed requests (404) are part of the story.
 */
export interface SmokeExpectations {
  state?: 'ready' | 'loading' | 'error';
  visible?: string[];
  httpErrors?: boolean;
}

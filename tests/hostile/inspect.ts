/**
 * Checks shared by the hostile-corpus and strict-page tests. They look at what a widget put into
 * the page (its shadow tree and its light-DOM children) and work on any document, also one in an
 * iframe.
 */

/** Elements a widget never renders: each of them could run script, load something or navigate. */
const ACTIVE_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'image', 'picture', 'video', 'audio',
  'source', 'track', 'base', 'style', 'noscript', 'foreignobject', 'animate', 'set', 'animatetransform', 'animatemotion',
  'use', 'math', 'xmp', 'plaintext', 'isindex', 'marquee', 'textarea', 'template', 'portal', 'fencedframe', 'body', 'html', 'head',
]);

/** Attributes whose value is a URL the browser may fetch or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'srcset', 'codebase', 'cite', 'longdesc', 'manifest', 'itemid'];

/** The only link targets a widget may make: the feed's http(s)/mailto/tel links and its own blob: downloads. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Every element a widget owns: its shadow tree and its light-DOM children (fallback, microdata copy). */
export function ownedElements(widget: Element): Element[] {
  const shadow = widget.shadowRoot ? [...widget.shadowRoot.querySelectorAll('*')] : [];
  return [...shadow, ...widget.querySelectorAll('*')];
}

/** Problems with active content: elements that could run or load something, event-handler and style attributes. */
export function activeContent(widget: Element, allowed: (el: Element) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const el of ownedElements(widget)) {
    const tag = el.localName.toLowerCase();
    if (ACTIVE_TAGS.has(tag) && !allowed(el)) found.push(`<${tag}> in <${widget.localName}>`);
    // The indicator's chart is the only SVG: its own, with a fixed set of shapes.
    if (tag === 'svg' && !el.matches('svg.plot, svg.swatch')) found.push(`foreign <svg> in <${widget.localName}>`);
    if (tag === 'meta' && (!el.hasAttribute('itemprop') || el.hasAttribute('http-equiv') || el.hasAttribute('charset'))) found.push(`<meta> that is not microdata`);
    if (tag === 'link' && (!el.hasAttribute('itemprop') || el.hasAttribute('rel'))) found.push(`<link> that is not microdata`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name}= on <${tag}>`);
      if (name === 'style') found.push(`style= on <${tag}>`);
      if (name === 'srcdoc' || name === 'http-equiv') found.push(`${name}= on <${tag}>`);
    }
  }
  return found;
}

/** Every URL a widget put into an attribute that is not a plain http(s)/mailto/tel address or its own blob. */
export function unsafeUrls(widget: Element): string[] {
  const doc = widget.ownerDocument;
  const found: string[] = [];
  for (const el of ownedElements(widget)) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const where = `${name}="${value.slice(0, 80)}" on <${el.localName}>`;
      // Written without tricks: nothing for the URL parser to strip.
      if (value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) {
        found.push(`${where} (blanks or control characters)`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, doc.baseURI);
      } catch {
        found.push(`${where} (not a URL)`);
        continue;
      }
      if (url.protocol === 'blob:') {
        // The widget's own downloads (CSV, iCalendar) and, in tests, the feed itself: same origin only.
        if (new URL(url.pathname).origin !== doc.location.origin) found.push(`${where} (foreign blob)`);
      } else if (!SAFE_PROTOCOLS.has(url.protocol)) found.push(`${where} (${url.protocol})`);
    }
  }
  return found;
}

/** The text a visitor can read in a widget: its shadow tree, with the slotted fallback. */
export function visibleText(widget: Element): string {
  return widget.shadowRoot?.textContent ?? '';
}

/** Resolves after the next frame has been painted and a task has run: the page is responsive again. */
export function nextFrame(win: Window = window): Promise<number> {
  const start = win.performance.now();
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(() => resolve(win.performance.now() - start))));
}

/** Records long tasks (main-thread work over 50 ms) until `stop()`; `stop()` returns their durations. */
export function recordLongTasks(win: Window = window): { stop(): number[] } {
  const durations: number[] = [];
  const observer = new (win as typeof window).PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords()) durations.push(Math.round(entry.duration));
      observer.disconnect();
      return durations;
    },
  };
}

/** Traps the usual proof-of-execution calls (`alert`, `confirm`, `prompt`, `print`, `window.__xss = …`). */
export function trapScript(win: Window = window): { hits: string[]; restore(): void } {
  const hits: string[] = [];
  const w = win as unknown as Record<string, unknown>;
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, print: w.print };
  for (const name of Object.keys(saved)) w[name] = (...args: unknown[]) => void hits.push(`${name}(${args.map(String).join(', ')})`);
  Object.defineProperty(w, '__xss', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => void hits.push(`__xss = ${String(value)}`),
  });
  return {
    hits,
    restore() {
      Object.assign(w, saved);
      delete w.__xss;
    },
  };
}

/** Own property names of the built-in prototypes, to prove that nothing polluted them. */
export function prototypeSnapshot(win: Window = window): string {
  const w = win as typeof window;
  return [w.Object.prototype, w.Array.prototype, w.Function.prototype, w.String.prototype]
    .map((proto) => Object.getOwnPropertyNames(proto).sort().join(','))
    .join('|');
}

// Helpers shared by the stories (not a story file: the glob is stories/**/*.stories.ts).
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

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
 * Resolves with the shadow root of `el` once it shows data (a list's `[part="status"]`, an
 * indicator's `[part="tile"]`) — for play functions.
 */
export async function whenReady(el: Element, timeoutMs = 5000): Promise<ShadowRoot> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const root = el.shadowRoot;
    if (root?.querySelector('[part="status"], [part="tile"]')) return root;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`<${el.localName}> did not show its data within ${timeoutMs} ms`);
}

/**
 * What tests/storybook.smoke.mjs expects of a story (read from `parameters.smoke`):
 * `state` of every widget in it (default `ready`), parts that must be visible in
 * their shadow roots, and whether failed feed requests (404) are part of the story.
 */
export interface SmokeExpectations {
  state?: 'ready' | 'loading' | 'error';
  visible?: string[];
  httpErrors?: boolean;
}

/** A story of a widget, with what tests/storybook.smoke.mjs expects of it. */
export type WidgetStory<TArgs> = StoryObj<TArgs> & { parameters?: { smoke?: SmokeExpectations } & Record<string, unknown> };

/** The attributes every feed widget has (names as in HTML), its fallback content and the events Storybook logs as actions. */
export interface FeedWidgetArgs {
  src?: string;
  lang?: string;
  debug?: boolean;
  /** Not an attribute: the editor's fallback content between the tags. */
  fallback?: boolean;
  onBildungReady?: (event: Event) => void;
  onBildungError?: (event: Event) => void;
}

/** The controls of FeedWidgetArgs (the events come from custom-elements.json). */
export const feedWidgetArgTypes = {
  src: { control: 'text' },
  lang: { control: 'inline-radio', options: ['de', 'en'] },
  debug: { control: 'boolean' },
  fallback: { control: 'boolean', description: 'Fallback content between the tags (shown while loading and on errors).' },
} as const;

type AttributeValue = string | number | boolean | null | undefined;

/** Sets the attributes of an element from an object: absent for `undefined`, `null`, `false` and '', empty for `true`. */
const attributes = directive(
  class extends Directive {
    constructor(part: PartInfo) {
      super(part);
      if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
    }
    render(_values: Record<string, AttributeValue>) {
      return nothing;
    }
    override update(part: ElementPart, [values]: [Record<string, AttributeValue>]) {
      for (const [name, value] of Object.entries(values)) {
        if (value === undefined || value === null || value === false || value === '') part.element.removeAttribute(name);
        else part.element.setAttribute(name, value === true ? '' : String(value));
      }
      return nothing;
    }
  },
);

/**
 * A story's `<tag>`: `src`, `lang` and `debug` from the args, the widget's own `attrs` (names as in
 * HTML; left out when empty), the events logged as actions, and `fallback` between the tags when
 * the args ask for it.
 */
export function renderWidget(
  tag: string,
  args: FeedWidgetArgs & { onBildungChange?: (event: Event) => void },
  attrs: Record<string, AttributeValue>,
  fallback: TemplateResult,
): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name}
    ${attributes({ src: args.src, lang: args.lang, debug: !!args.debug, ...attrs })}
    @bildung-ready=${args.onBildungReady}
    @bildung-error=${args.onBildungError}
    @bildung-change=${args.onBildungChange}
    >${args.fallback ? fallback : nothing}</${name}
  >`;
}

/** A same-origin path that does not exist: the server answers 404. */
const MISSING_FEED = 'feeds/gibt-es-nicht.json';
/** A same-origin path whose request the Loading story holds open. */
const PENDING_FEED = 'feeds/antwortet-nicht.json';

/** The fallback content between the tags while the feed is on its way (here: a server that never answers). */
export const loadingStory = {
  args: { src: PENDING_FEED },
  beforeEach: holdRequestsTo(PENDING_FEED),
  parameters: { smoke: { state: 'loading', visible: ['[part="loading"]'] } },
} satisfies WidgetStory<FeedWidgetArgs>;

/**
 * The feed cannot be loaded (404): one clear message, a retry button, and the fallback content.
 * (A story's `name` stays in its file: Storybook's index reads it from there.)
 */
export const errorStory = {
  args: { src: MISSING_FEED },
  parameters: { smoke: { state: 'error', visible: ['[part="error"]', '[part="retry"]'], httpErrors: true } },
} satisfies WidgetStory<FeedWidgetArgs>;

/** A feed without any entries (yet): the widget says so. */
export function emptyFeedStory<TArgs extends FeedWidgetArgs>(feed: object): WidgetStory<TArgs> {
  return {
    args: { src: feedUrl(feed) } as Partial<TArgs>,
    parameters: { smoke: { visible: ['[part="status"]'] } },
  };
}

/** `lang="en"`: the widget's own texts in English (feed texts stay as the district wrote them). */
export const englishStory = { args: { lang: 'en' } } satisfies WidgetStory<FeedWidgetArgs>;

/**
 * `debug` on a feed with entries an editor might get wrong: the report is shown next to
 * `shown` (a part of the rendered valid entries); `args` add to src and debug.
 */
export function debugStory<TArgs extends FeedWidgetArgs>(feed: object, shown: string, args: Partial<TArgs> = {}): WidgetStory<TArgs> {
  return {
    args: { src: feedUrl(feed), debug: true, ...args } as Partial<TArgs>,
    parameters: { smoke: { visible: ['[part="debug-report"]', shown] } },
  };
}

/** The look of the district's own page that the Themed stories wrap the widgets in. */
const PAGE_THEME: Record<string, string> = {
  '--bildung-accent': '#7a1f5c',
  '--bildung-accent-contrast': '#ffffff',
  '--bildung-radius': '0',
  '--bildung-border': '#c9b3c2',
  '--bildung-surface': '#fbf6f9',
  '--bildung-focus': '#7a1f5c',
  '--bildung-link': '#7a1f5c',
  'font-family': "Georgia, 'Times New Roman', serif",
};

const declarations = (rules: Record<string, string>) =>
  Object.entries(rules)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');

/**
 * A decorator that shows the story on a page with its own look: the page sets the `--bildung-*`
 * custom properties of PAGE_THEME (plus `properties`) on `<tag>` and styles its `::part()`s
 * (`parts`: part name → declarations) in its own CSS.
 */
export function themedPage<TArgs>(tag: string, properties: Record<string, string>, parts: Record<string, Record<string, string>>): Decorator<TArgs> {
  const css = [
    `.themed-page ${tag} { ${declarations({ ...PAGE_THEME, ...properties })} }`,
    ...Object.entries(parts).map(([part, rules]) => `.themed-page ${tag}::part(${part}) { ${declarations(rules)} }`),
  ].join('\n');
  return (story) => html`<style>
      ${css}
    </style>
    <div class="themed-page">${story()}</div>`;
}

/** A decorator that puts the story in a 320 px column (the widgets measure their own width, not the window's). */
export function narrowColumn<TArgs>(): Decorator<TArgs> {
  return (story) => html`<div style="width: 320px; outline: 1px dashed #999">${story()}</div>`;
}

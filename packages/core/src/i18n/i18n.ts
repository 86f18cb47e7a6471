import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de, type Messages } from './de.js';

export type { Messages };

/** Languages the widgets speak: German, English (loaded on first use) and any registered. */
const known = new Set(['de', 'en']);

/** The default language of every widget. */
export const DEFAULT_LANG = 'de';

/**
 * Adds or replaces a language: the shared strings, and the strings of each widget by its name
 * (`angebote`, `termine`, `berichte`, `indikator`). Types are checked against German.
 * @example registerLocale('fr', fr, { angebote: frAngebote })
 */
export function registerLocale(lang: string, messages: Messages, widgets: Record<string, unknown> = {}): void {
  const code = lang.toLowerCase();
  known.add(code);
  shared.byLang.set(code, messages);
  for (const [name, strings] of Object.entries(widgets)) {
    if (!extraSections.has(name)) extraSections.set(name, new Map());
    extraSections.get(name)!.set(code, strings);
    catalogsByName.get(name)?.byLang.set(code, strings);
  }
}

/** Strings of one widget by language. German is always there and is the fallback. */
export interface Catalog<T> {
  readonly name: string;
  readonly byLang: Map<string, T>;
  /**
   * Languages whose strings are loaded on first use (`loadLocale`), from a module of their own:
   * in the editor files a file next to the bundle (`bildung-widgets.en.js`), so a German page
   * never downloads them.
   */
  readonly lazy: Map<string, () => Promise<T>>;
}

// Translations registered for widget catalogs, also before the widget's module has loaded.
const extraSections = new Map<string, Map<string, unknown>>();
const catalogsByName = new Map<string, Catalog<unknown>>();

/**
 * Defines the strings of one widget: German, and English either as the strings themselves or as
 * a function that imports them (`() => import('./en/x.js').then((m) => m.x)`), loaded the first
 * time a widget speaks English. See `registerLocale` for more languages.
 */
export function defineCatalog<T>(name: string, de: T, en: T | (() => Promise<T>)): Catalog<T> {
  const byLang = new Map<string, T>([['de', de]]);
  const lazy = new Map<string, () => Promise<T>>();
  if (typeof en === 'function') lazy.set('en', en as () => Promise<T>);
  else byLang.set('en', en);
  for (const [lang, value] of extraSections.get(name) ?? []) byLang.set(lang, value as T);
  const catalog = { name, byLang, lazy };
  catalogsByName.set(name, catalog as Catalog<unknown>);
  return catalog;
}

/**
 * A widget's strings in `lang` (a code or a BCP 47 locale such as `en-GB`), else German. Strings
 * that are loaded on first use are German until `loadLocale(lang)` has resolved.
 */
export function localize<T>(catalog: Catalog<T>, lang: string): T {
  return catalog.byLang.get(resolveLang(lang)) ?? catalog.byLang.get(DEFAULT_LANG)!;
}

const loads = new WeakMap<Catalog<unknown>, Map<string, Promise<void>>>();
const failedLangs = new Set<string>();

/** Starts loading `catalog`'s strings for `lang` once; `undefined` when there is nothing to wait for. */
function loadCatalog(catalog: Catalog<unknown>, lang: string): Promise<void> | undefined {
  const load = catalog.lazy.get(lang);
  if (!load || catalog.byLang.has(lang)) return undefined;
  let byLang = loads.get(catalog);
  if (!byLang) loads.set(catalog, (byLang = new Map()));
  let pending = byLang.get(lang);
  if (!pending) {
    pending = load().then(
      (strings) => void catalog.byLang.set(lang, strings),
      (error: unknown) => {
        // A missing file (an editor copied only the main file) or no network: German it is,
        // and one word to the developer per language, not one per widget.
        catalog.lazy.delete(lang);
        if (failedLangs.has(lang)) return;
        failedLangs.add(lang);
        console.warn(`bildung-widgets: the "${lang}" texts could not be loaded, the widgets speak German (${error instanceof Error ? error.message : String(error)})`);
      },
    );
    byLang.set(lang, pending);
  }
  return pending;
}

/**
 * Loads the strings of `lang` for every widget catalog that loads them on first use. Resolves
 * when they are there — or could not be loaded (one console warning; German is used then).
 * Widgets do this themselves; call it before `localize`, `toICalendar` or `indicatorCsv` in a
 * language other than German outside a widget.
 */
export function loadLocale(lang: string): Promise<void> {
  return pendingStrings(lang) ?? Promise.resolve();
}

/** @internal Like `loadLocale`, but `undefined` when every catalog already has `lang` (no wait). */
export function pendingStrings(tag: string): Promise<void> | undefined {
  const lang = resolveLang(tag);
  const pending = [...catalogsByName.values()].map((c) => loadCatalog(c, lang)).filter((p) => p !== undefined);
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

/**
 * The strings every widget shares (states, errors, code labels, formats). English, like each
 * widget's own English, comes from a file of its own on first use.
 */
const shared = defineCatalog<Messages>('shared', de, () => import('./en.js').then((m) => m.en));

/** The languages widgets can speak. */
export function availableLocales(): string[] {
  return [...known];
}

/** Maps a BCP 47 tag (`en-GB`, `de-AT`) to a registered language, else German. */
export function resolveLang(tag: string | null | undefined): string {
  const lower = (tag ?? '').trim().toLowerCase();
  if (known.has(lower)) return lower;
  const primary = lower.split('-')[0]!;
  return known.has(primary) ? primary : DEFAULT_LANG;
}

/** The shared strings of `lang`; German until a language loaded on first use is there (`loadLocale`). */
export function messagesFor(lang: string): Messages {
  return localize(shared, lang);
}

/** Hosts that can tell which language they were asked for (own attribute or context). */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** Language from the host's own `lang` attribute or from a `<bildung-quelle>`. */
  readonly requestedLang: string | undefined;
}

// One observer for the page's <html lang>, shared by every widget.
const pageLangListeners = new Set<() => void>();
let pageLangObserver: MutationObserver | undefined;
function watchPageLang(listener: () => void) {
  pageLangListeners.add(listener);
  if (!pageLangObserver) {
    pageLangObserver = new MutationObserver(() => pageLangListeners.forEach((l) => l()));
    pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => pageLangListeners.delete(listener);
}

/**
 * Resolves a widget's language: its own `lang`, else the providing `<bildung-quelle>`, else the
 * nearest ancestor's `lang` (usually `<html lang>`), else German. Updates the host when the
 * page's language changes.
 */
export class LocaleController implements ReactiveController {
  private stopWatching?: () => void;

  constructor(private readonly widgetHost: LocaleHost) {
    widgetHost.addController(this);
  }

  hostConnected() {
    this.stopWatching = watchPageLang(() => this.widgetHost.requestUpdate());
  }

  hostDisconnected() {
    this.stopWatching?.();
  }

  /** The resolved language code, e.g. `de`; German when the strings of the language could not be loaded. */
  get lang(): string {
    const own = this.widgetHost.requestedLang;
    const lang = resolveLang(own || (this.widgetHost.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang));
    return failedLangs.has(lang) ? DEFAULT_LANG : lang;
  }

  get messages(): Messages {
    return messagesFor(this.lang);
  }
}

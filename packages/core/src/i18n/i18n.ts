import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { de, type Messages } from './de.js';
import { en } from './en.js';

export type { Messages };

const catalogs = new Map<string, Messages>([
  ['de', de],
  ['en', en],
]);

/** The default language of every widget. */
export const DEFAULT_LANG = 'de';

/**
 * Adds or replaces a language. `messages` must be complete: the type is checked against German.
 * @example registerLocale('fr', fr)
 */
export function registerLocale(lang: string, messages: Messages): void {
  catalogs.set(lang.toLowerCase(), messages);
}

/** The languages widgets can speak. */
export function availableLocales(): string[] {
  return [...catalogs.keys()];
}

/** Maps a BCP 47 tag (`en-GB`, `de-AT`) to a registered language, else German. */
export function resolveLang(tag: string | null | undefined): string {
  const lower = (tag ?? '').trim().toLowerCase();
  if (catalogs.has(lower)) return lower;
  const primary = lower.split('-')[0]!;
  return catalogs.has(primary) ? primary : DEFAULT_LANG;
}

export function messagesFor(lang: string): Messages {
  return catalogs.get(resolveLang(lang))!;
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
  if (!pageLangObserver && typeof MutationObserver !== 'undefined') {
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
  private unwatch?: () => void;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected() {
    this.unwatch = watchPageLang(() => this.host.requestUpdate());
  }

  hostDisconnected() {
    this.unwatch?.();
  }

  /** The resolved language code, e.g. `de`. */
  get lang(): string {
    const own = this.host.requestedLang;
    if (own) return resolveLang(own);
    const inherited = this.host.parentElement?.closest('[lang]')?.getAttribute('lang');
    return resolveLang(inherited ?? document.documentElement.lang);
  }

  get messages(): Messages {
    return messagesFor(this.lang);
  }
}

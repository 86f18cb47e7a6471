import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { BildungElement } from './bildung-element.js';
import { FeedController } from '../feed/feed-controller.js';
import { loadedProblemTexts, problemTexts, type FeedError, type FeedState } from '../feed/loader.js';
import type { Feed } from '../feed/feed.types.js';
import type { Problem } from '../feed/validate.js';
import { LocaleController, localize, pendingStrings, type Catalog, type Messages } from '../i18n/i18n.js';

/**
 * Base of every widget that reads the feed: `src`, `lang`, `debug`, the shared loading and
 * error states with retry, and the editor's debug report. A widget implements
 * `_readyTemplate()`; the other `_xTemplate()` methods may be overridden.
 *
 * @attr {string} lang - Language of the texts (built in: `de`, `en`; anything else falls back to `de`). The native global attribute: when absent, the `lang` of a surrounding `<bildung-quelle>` or of the page applies.
 */
export abstract class BildungFeedElement extends BildungElement {
  // Lit's reactive properties, declared here instead of with decorators: no decorator helper in
  // the editor files. Each one's type and description is on its field below.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    debug: { type: Boolean, reflect: true },
  };

  /** URL of the feed (JSON). Optional inside a `<bildung-quelle>`. */
  src?: string;

  /** Shows the editor how many feed entries were skipped and why. */
  debug = false;

  protected readonly feed = new FeedController(this, (state) => this._feedStateChanged(state));
  private refocusAfterRetry?: boolean;
  protected readonly locale = new LocaleController(this);

  /** @internal The language asked for by the `lang` attribute or a `<bildung-quelle>`. */
  get requestedLang(): string | undefined {
    return this.getAttribute('lang') || this.feed.context?.lang || undefined;
  }

  // `lang` is the native global attribute; observe it so a change re-renders the widget.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The strings of the widget's current language. */
  protected get messages(): Messages {
    return this.locale.messages;
  }

  /** A widget's own strings (see `defineCatalog`) in the widget's current language. */
  protected localized<T>(catalog: Catalog<T>): T {
    return localize(catalog, this.locale.lang);
  }

  /**
   * Strings in a language other than German come from a file of their own (see `defineCatalog`):
   * loading starts with the first update, and the widget waits for them, so it never shows half
   * German, half English (on a German page there is nothing to wait for).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = pendingStrings(this.locale.lang);
    if (pending) return pending.then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /** Hook for subclasses: the shared feed changed state. */
  protected _feedStateChanged(state: FeedState): void {
    if (state.status === 'error') this.emit('bildung-error', { kind: state.error.kind, detail: state.error.detail });
  }

  protected override render() {
    const state = this.feed.state;
    let body: unknown;
    if (!this.feed.src) body = this._messageTemplate(this.messages.errors.missingSrc);
    else if (!state || state.status === 'loading') body = this._loadingTemplate();
    else if (state.status === 'error') body = this._errorTemplate(state.error);
    else body = html`${this.debug ? this._debugTemplate(state.problems) : nothing}${this._readyTemplate(state.feed, state.problems)}`;
    return html`<div class="bildung-root" part="base" lang=${this.locale.lang}>${body}</div>`;
  }

  /** Loads the feed again; keyboard focus stays in the widget instead of falling to the page. */
  protected _retry(): void {
    this.refocusAfterRetry = true;
    this.feed.retry();
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (this.refocusAfterRetry && this.feed.state && this.feed.state.status !== 'loading') {
      this.refocusAfterRetry = false;
      this._focusAfterRetry()?.focus();
    }
  }

  /** Where focus goes once a retry has finished: the retry button again, else the widget. */
  protected _focusAfterRetry(): HTMLElement | null {
    const retry = this.renderRoot.querySelector<HTMLElement>('[part="retry"]');
    if (retry) return retry;
    const root = this.renderRoot.querySelector<HTMLElement>('.bildung-root');
    root?.setAttribute('tabindex', '-1');
    return root;
  }

  /** The widget's content once the feed is there. */
  protected abstract _readyTemplate(feed: Feed, problems: Problem[]): unknown;

  /** While loading: a status line and the content between the tags (the editor's fallback). */
  protected _loadingTemplate(): TemplateResult {
    return html`<p class="bildung-state" part="loading" role="status">${this.messages.loading}</p>
      <slot></slot>`;
  }

  /** A feed that cannot be used: one clear message, a retry, and the editor's fallback content. */
  protected _errorTemplate(error: FeedError): TemplateResult {
    const e = this.messages.errors;
    const text =
      error.kind === 'http'
        ? e.http(Number(error.detail))
        : error.kind === 'version'
          ? e.version(error.detail ?? '?')
          : e[error.kind];
    return html`<div class="bildung-state bildung-error" part="error" role="alert">
        <p>${text}</p>
        <button type="button" part="retry" class="bildung-button" @click=${this._retry}>
          ${this.messages.retry}
        </button>
      </div>
      <slot></slot>`;
  }

  protected _messageTemplate(text: string): TemplateResult {
    return html`<p class="bildung-state" part="error">${text}</p>
      <slot></slot>`;
  }

  /** Debug mode: how many entries of the feed were dropped or questionable, with their pointers. */
  protected _debugTemplate(problems: Problem[]): TemplateResult {
    const errors = problems.filter((p) => p.severity === 'error').length;
    // The problem texts come from a file of their own (a split feed's chunk can bring the first
    // problems); the list follows once they are there.
    const format = loadedProblemTexts();
    if (!format && problems.length) void problemTexts().then(() => this.requestUpdate());
    return html`<details class="bildung-debug" part="debug-report">
      <summary>${this.messages.debug.summary(errors, problems.length - errors)}</summary>
      <ul>
        ${format ? problems.slice(0, 200).map((p) => html`<li><code>${format(p, this.locale.lang)}</code></li>`) : nothing}
      </ul>
    </details>`;
  }
}

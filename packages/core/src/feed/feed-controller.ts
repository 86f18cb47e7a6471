import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enclosingQuelle, type SourceContext } from './context.js';
import { feedResource, type EntriesListener, type FeedResource, type FeedState } from './loader.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The widget's own `src` attribute; wins over a `<bildung-quelle>`. */
  src?: string | undefined;
}

/**
 * Gives a widget the feed it names (own `src`, else the enclosing `<bildung-quelle>`) and keeps it
 * updated: loading, ready, error, retry. Every widget naming the same URL shares one fetch.
 */
export class FeedController implements ReactiveController {
  /** The nearest `<bildung-quelle>`, watched for changes of its `src` and `lang` while connected. */
  private quelleElement?: Element;
  private quelleObserver?: MutationObserver;
  private feedSource?: FeedResource;
  private leaveFeed?: () => void;
  private readonly entryListeners: EntriesListener[] = [];
  private current: FeedState | undefined;

  constructor(
    private readonly widgetHost: FeedHost,
    private readonly onState?: (state: FeedState) => void,
  ) {
    widgetHost.addController(this);
  }

  /** What the nearest `<bildung-quelle>` names, if there is one. */
  get context(): SourceContext | undefined {
    const quelle = this.quelleElement;
    return quelle && { src: quelle.getAttribute('src') ?? undefined, lang: quelle.getAttribute('lang') ?? undefined };
  }

  /** The feed URL in effect, or `undefined` when neither the widget nor a provider names one. */
  get src(): string | undefined {
    return this.widgetHost.src || this.context?.src || undefined;
  }

  /** The absolute URL of the feed in effect (files of a split feed are resolved against it). */
  get url(): string | undefined {
    return this.feedSource?.url;
  }

  /** `undefined` while no source is named. */
  get state(): FeedState | undefined {
    return this.current;
  }

  /**
   * Hears of a big feed's entries as they are checked while it downloads (see `EntriesListener`),
   * from whichever feed the widget reads at the time: work on them can start before the feed is
   * ready. Call it in the constructor.
   */
  watchEntries(listener: EntriesListener): void {
    this.entryListeners.push(listener);
  }

  retry(): void {
    this.feedSource?.retry();
  }

  hostConnected() {
    this.quelleElement = enclosingQuelle(this.widgetHost);
    if (this.quelleElement) {
      this.quelleObserver = new MutationObserver(() => {
        this.syncSource();
        this.widgetHost.requestUpdate();
      });
      this.quelleObserver.observe(this.quelleElement, { attributes: true, attributeFilter: ['src', 'lang'] });
    }
    this.syncSource();
  }

  hostUpdate() {
    this.syncSource();
  }

  hostDisconnected() {
    this.quelleObserver?.disconnect();
    this.quelleObserver = this.quelleElement = undefined;
    this.leaveFeed?.();
    this.leaveFeed = undefined;
    this.feedSource = undefined;
  }

  private syncSource() {
    // Only while connected (Lit may still update a widget taken off the page).
    if (!this.widgetHost.isConnected) return;
    const src = this.src;
    const next = src ? feedResource(src) : undefined;
    if (next === this.feedSource) return;
    this.leaveFeed?.();
    this.leaveFeed = undefined;
    this.feedSource = next;
    this.current = undefined;
    if (!next) return;
    const unwatch = this.entryListeners.map((listener) => next.watchEntries(listener));
    const unsubscribe = next.subscribe((state) => {
      this.current = state;
      // Update first, so a widget reacting to the state can await the render that shows it.
      this.widgetHost.requestUpdate();
      this.onState?.(state);
    });
    this.leaveFeed = () => {
      unsubscribe();
      for (const stop of unwatch) stop();
    };
  }
}

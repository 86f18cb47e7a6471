import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type UrlValues = Record<string, string>;

export interface UrlStateOptions {
  /** The parameter names this widget owns, without prefix. */
  keys: readonly string[];
  /** Prefix that keeps several widgets on one page apart (`""` for the first). */
  prefix: () => string;
  /** False when the editor turned URL state off. */
  enabled: () => boolean;
  /** Called with the widget's values after back/forward. */
  onChange: (values: UrlValues) => void;
}

/**
 * Keeps a widget's state in readable query parameters of the page URL (`?q=kita&bereich=schule`),
 * so it survives a reload, can be shared as a link and follows the back button.
 */
export class UrlStateController implements ReactiveController {
  private readonly onPop = () => {
    if (this.urlOptions.enabled()) this.urlOptions.onChange(this.read());
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly urlOptions: UrlStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPop);
  }

  /** The widget's values in the current URL. */
  read(): UrlValues {
    const out: UrlValues = {};
    if (!this.urlOptions.enabled()) return out;
    const params = new URLSearchParams(location.search);
    const prefix = this.urlOptions.prefix();
    for (const key of this.urlOptions.keys) {
      const value = params.get(prefix + key);
      // Absent (`null`) or empty: not set.
      if (value) out[key] = value;
    }
    return out;
  }

  /**
   * Writes the widget's values, leaving every other parameter as it is. `push` adds a history
   * entry (a filter change the back button should undo); `replace` does not (typing).
   */
  write(values: UrlValues, mode: 'push' | 'replace'): void {
    if (!this.urlOptions.enabled()) return;
    const url = new URL(location.href);
    const prefix = this.urlOptions.prefix();
    for (const key of this.urlOptions.keys) {
      const value = values[key];
      if (value) url.searchParams.set(prefix + key, value);
      else url.searchParams.delete(prefix + key);
    }
    if (url.href === location.href) return;
    try {
      history[mode === 'push' ? 'pushState' : 'replaceState'](history.state, '', url);
    } catch {
      // A sandboxed frame may forbid history changes: the widget still works without them.
    }
  }
}

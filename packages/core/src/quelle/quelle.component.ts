import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { BildungElement } from '../base/bildung-element.js';
import { sourceContext } from '../feed/context.js';

/**
 * @summary Names the feed (and language) once for every widget inside it.
 *
 * @slot - The widgets and any other content of the page section.
 *
 * @attr {string} lang - Language of the widgets inside (built in: `de`, `en`); a widget's own `lang` wins.
 *
 * @example
 * <bildung-quelle src="/fileadmin/bildung/feed.json" lang="de">
 *   <bildung-angebote></bildung-angebote>
 * </bildung-quelle>
 */
export class BildungQuelle extends BildungElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the feed for the widgets inside; a widget's own `src` wins. */
  @property({ reflect: true }) src?: string;

  private readonly provider = new ContextProvider(this, { context: sourceContext, initialValue: {} });

  protected override willUpdate() {
    this.provider.setValue({ src: this.src, lang: this.getAttribute('lang') ?? undefined });
  }

  // `lang` is a native attribute; observe it so nested widgets follow a change.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { BildungElement } from '../base/bildung-element.js';

/**
 * The widgets read its `src` and `lang` attributes themselves and follow their changes, so this
 * element works whether it is defined before or after them, and around widgets inside another
 * component's shadow root.
 *
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

  protected override render() {
    return html`<slot></slot>`;
  }
}

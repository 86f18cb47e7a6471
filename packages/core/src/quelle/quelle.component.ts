import { css, html, type PropertyDeclarations } from 'lit';
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

  static override properties: PropertyDeclarations = { src: { reflect: true } };

  /** URL of the feed for the widgets inside; a widget's own `src` wins. */
  src?: string;

  protected override render() {
    return html`<slot></slot>`;
  }
}

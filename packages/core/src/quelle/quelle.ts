import { defineElement } from '../base/bildung-element.js';
import { BildungQuelle } from './quelle.component.js';

export { BildungQuelle };
defineElement('bildung-quelle', BildungQuelle);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-quelle': BildungQuelle;
  }
}

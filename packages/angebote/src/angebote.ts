// Defines <bildung-angebote> (and <bildung-quelle>, which it may sit in). Import this for the side effect.
import '../../core/src/quelle/quelle.js';
import { defineElement } from '../../core/src/index.js';
import { BildungAngebote } from './angebote.component.js';

export { BildungAngebote };
defineElement('bildung-angebote', BildungAngebote);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-angebote': BildungAngebote;
  }
}

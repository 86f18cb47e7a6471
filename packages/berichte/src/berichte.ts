// Defines <bildung-berichte> (and <bildung-quelle>, which it may sit in). Import this for the side effect.
import '../../core/src/quelle/quelle.js';
import { defineElement } from '../../core/src/index.js';
import { BildungBerichte } from './berichte.component.js';

export { BildungBerichte };
defineElement('bildung-berichte', BildungBerichte);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-berichte': BildungBerichte;
  }
}

// Defines <bildung-termine> (and <bildung-quelle>, which it may sit in). Import this for the side effect.
import '../../core/src/quelle/quelle.js';
import { defineElement } from '../../core/src/index.js';
import { BildungTermine } from './termine.component.js';

export { BildungTermine };
defineElement('bildung-termine', BildungTermine);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-termine': BildungTermine;
  }
}

// Defines <bildung-indikator> (and <bildung-quelle>, which it may sit in). Import this for the side effect.
import '../../core/src/quelle/quelle.js';
import { defineElement } from '../../core/src/index.js';
import { BildungIndikator } from './indikator.component.js';

export { BildungIndikator };
export type { IndikatorView } from './indikator.component.js';
defineElement('bildung-indikator', BildungIndikator);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-indikator': BildungIndikator;
  }
}

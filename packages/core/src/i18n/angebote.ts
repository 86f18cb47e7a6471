import { defineCatalog } from './i18n.js';
import { angebote as de } from './de/angebote.js';

/**
 * The strings of <bildung-angebote>, by language; only bundles that use them carry them.
 * English is loaded the first time a widget speaks it (in the editor files: `bildung-*.en.js`).
 */
export const angeboteMessages = /* @__PURE__ */ defineCatalog('angebote', de, () => import('./en/angebote.js').then((m) => m.angebote));
export type AngeboteMessages = typeof de;

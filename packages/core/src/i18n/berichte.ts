import { defineCatalog } from './i18n.js';
import { berichte as de } from './de/berichte.js';

/**
 * The strings of <bildung-berichte>, by language; only bundles that use them carry them.
 * English is loaded the first time a widget speaks it (in the editor files: `bildung-*.en.js`).
 */
export const berichteMessages = /* @__PURE__ */ defineCatalog('berichte', de, () => import('./en/berichte.js').then((m) => m.berichte));
export type BerichteMessages = typeof de;

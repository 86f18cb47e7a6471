import { defineCatalog } from './i18n.js';
import { indikator as de } from './de/indikator.js';

/**
 * The strings of <bildung-indikator>, by language; only bundles that use them carry them.
 * English is loaded the first time a widget speaks it (in the editor files: `bildung-*.en.js`).
 */
export const indikatorMessages = /* @__PURE__ */ defineCatalog('indikator', de, () => import('./en/indikator.js').then((m) => m.indikator));
export type IndikatorMessages = typeof de;

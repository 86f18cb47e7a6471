import { defineCatalog } from './i18n.js';
import { termine as de } from './de/termine.js';

/**
 * The strings of <bildung-termine>, by language; only bundles that use them carry them.
 * English is loaded the first time a widget speaks it (in the editor files: `bildung-*.en.js`).
 */
export const termineMessages = /* @__PURE__ */ defineCatalog('termine', de, () => import('./en/termine.js').then((m) => m.termine));
export type TermineMessages = typeof de;

import { defineCatalog } from './i18n.js';
import { termine as de } from './de/termine.js';
import { termine as en } from './en/termine.js';

/** The strings of <bildung-termine>, by language; only bundles that use them carry them. */
export const termineMessages = /* @__PURE__ */ defineCatalog('termine', de, en);
export type TermineMessages = typeof de;

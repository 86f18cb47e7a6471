import { defineCatalog } from './i18n.js';
import { angebote as de } from './de/angebote.js';
import { angebote as en } from './en/angebote.js';

/** The strings of <bildung-angebote>, by language; only bundles that use them carry them. */
export const angeboteMessages = /* @__PURE__ */ defineCatalog('angebote', de, en);
export type AngeboteMessages = typeof de;

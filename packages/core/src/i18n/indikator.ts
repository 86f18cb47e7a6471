import { defineCatalog } from './i18n.js';
import { indikator as de } from './de/indikator.js';
import { indikator as en } from './en/indikator.js';

/** The strings of <bildung-indikator>, by language; only bundles that use them carry them. */
export const indikatorMessages = /* @__PURE__ */ defineCatalog('indikator', de, en);
export type IndikatorMessages = typeof de;

import { defineCatalog } from './i18n.js';
import { berichte as de } from './de/berichte.js';
import { berichte as en } from './en/berichte.js';

/** The strings of <bildung-berichte>, by language; only bundles that use them carry them. */
export const berichteMessages = /* @__PURE__ */ defineCatalog('berichte', de, en);
export type BerichteMessages = typeof de;

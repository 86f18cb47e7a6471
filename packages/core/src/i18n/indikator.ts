import { defineCatalog } from './i18n.js';
import { indikator as de } from './de/indikator.js';
import type { CsvLabels } from '../csv-writer.js';

/**
 * The strings of <bildung-indikator>, by language; only bundles that use them carry them.
 * English is loaded the first time a widget speaks it (in the editor files: `bildung-*.en.js`).
 */
export const indikatorMessages = /* @__PURE__ */ defineCatalog<IndikatorMessages>('indikator', de, () => import('./en/indikator.js').then((m) => m.indikator));
export type IndikatorMessages = typeof de & {
  /**
   * The CSV file's labels in this language. The German ones come with the CSV writer (`csvLabels`
   * in csv-writer.ts), which is loaded only for a download; another language gives its own here.
   */
  csv?: CsvLabels;
};

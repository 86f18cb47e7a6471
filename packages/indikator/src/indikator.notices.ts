// Loaded on demand (in `bildung-*.problems.js` next to an editor bundle, with the texts of feed
// problems): only an editor's mistake shows these notices, a correctly configured page never
// does. A file loaded on demand must import nothing from the main file, so this one takes what
// it names as arguments and imports types only.
import type { Selection, Series } from './indikator.model.js';
import type { Indicator } from '../../core/src/feed/feed.types.js';

/** German notices of <bildung-indikator>: what the attributes name that the feed has not, and what it has. */
const de = {
  noIndicators: 'Die Daten enthalten keine Indikatoren.',
  missingIndicator: (available: string) => `Es ist kein Indikator angegeben (Attribut „indicator“ fehlt). Vorhanden: ${available}.`,
  unknownIndicator: (id: string, available: string) => `Indikator ${id} nicht gefunden. Vorhanden: ${available}.`,
  unknownRegion: (ags: string, id: string, available: string) => `Region ${ags} im Indikator ${id} nicht gefunden. Vorhanden: ${available}.`,
  unknownCompare: (codes: string, available: string) => `Vergleichsregion ${codes} nicht gefunden und daher nicht angezeigt. Vorhanden: ${available}.`,
  noSeries: (id: string) => `Für den Indikator ${id} liegen keine Werte vor.`,
  /** One entry of the "Vorhanden: …" lists. */
  option: (code: string, name: string) => `${code} (${name})`,
};

/** Typed against the German texts, so nothing can be left untranslated. */
const en: typeof de = {
  noIndicators: 'The data contains no indicators.',
  missingIndicator: (available) => `No indicator given (the “indicator” attribute is missing). Available: ${available}.`,
  unknownIndicator: (id, available) => `Indicator ${id} not found. Available: ${available}.`,
  unknownRegion: (ags, id, available) => `Region ${ags} not found in indicator ${id}. Available: ${available}.`,
  unknownCompare: (codes, available) => `Comparison region ${codes} not found, so not shown. Available: ${available}.`,
  noSeries: (id) => `There are no values for indicator ${id}.`,
  option: (code, name) => `${code} (${name})`,
};

/** Per language (`de`, `en`); any other language gets German, as the texts of feed problems do. */
const texts: Record<string, typeof de | undefined> = { de, en };

/**
 * The editor's notice about a selection in `lang`: why nothing can be shown, or, for a tile that
 * is shown, which `compare` codes name no region (empty when all do).
 */
export function noticeText(s: Selection, lang: string): string {
  const m = texts[lang] ?? de;
  const available = (indicators: readonly Indicator[]) => indicators.map((i) => m.option(i.id, i.name)).join(', ');
  const regionsOf = (series: readonly Series[]) => series.map((x) => m.option(x.region.ags, x.region.name)).join(', ');
  switch (s.kind) {
    case 'ok':
      // Only the regions the tile could compare with: not its own.
      return s.unknownCompare.length ? m.unknownCompare(s.unknownCompare.join(', '), regionsOf(s.indicator.series.filter((x) => x.region.ags !== s.region.ags))) : '';
    case 'no-indicators':
      return m.noIndicators;
    case 'missing-indicator':
      return m.missingIndicator(available(s.available));
    case 'unknown-indicator':
      return m.unknownIndicator(s.id, available(s.available));
    case 'no-series':
      return m.noSeries(s.indicator.id);
    default:
      return m.unknownRegion(s.ags, s.indicator.id, regionsOf(s.indicator.series));
  }
}

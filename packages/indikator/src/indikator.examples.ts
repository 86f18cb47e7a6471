import type { Feed, Indicator } from '../../core/src/index.js';

/**
 * Example data for <bildung-indikator>, read by the tests, the stories and the docs alike, so
 * that what the docs show is what the tests prove. The figures are invented for illustration
 * (a district "Landkreis Celle", AGS 03351, in Niedersachsen); the demo page uses real ones.
 */

const celle = { ags: '03351', name: 'Landkreis Celle' };
const niedersachsen = { ags: '03', name: 'Niedersachsen' };
const deutschland = { ags: 'DG', name: 'Deutschland' };

const series = (region: { ags: string; name: string }, values: Record<string, number | null>, notes: Record<string, string> = {}) => ({
  region,
  values: Object.entries(values).map(([period, value]) => (notes[period] ? { period, value, note: notes[period] } : { period, value })),
});

/** Childcare rate: rising, above the Land, below the Bund; one secret value (2021). */
export const betreuungsquote: Indicator = {
  id: 'B1.1',
  name: 'Betreuungsquote der Kinder unter 3 Jahren',
  unit: '%',
  decimals: 1,
  polarity: 'higher-is-better',
  definition: 'Anteil der Kinder unter 3 Jahren in Kindertageseinrichtungen oder öffentlich geförderter Kindertagespflege an allen Kindern dieser Altersgruppe, Stichtag 1. März.',
  source: { name: 'Statistische Ämter des Bundes und der Länder, Kinder- und Jugendhilfestatistik', url: 'https://www.regionalstatistik.de' },
  notes: 'Beispielwerte. 2021 fehlt der Kreiswert wegen eines Meldeausfalls.',
  series: [
    series(celle, { '2019': 29.8, '2020': 30.7, '2021': null, '2022': 32.9, '2023': 34.5 }, { '2021': 'Meldeausfall' }),
    series(niedersachsen, { '2019': 29.1, '2020': 30.2, '2021': 31.0, '2022': 32.4, '2023': 34.1 }),
    series(deutschland, { '2019': 34.3, '2020': 35.0, '2021': 34.4, '2022': 35.5, '2023': 36.4 }),
  ],
};

/** Lower is better, school years as periods, a falling value (negative change = improvement). */
export const ohneAbschluss: Indicator = {
  id: 'D1.1',
  name: 'Schulabgängerinnen und Schulabgänger ohne Hauptschulabschluss',
  unit: '%',
  decimals: 1,
  polarity: 'lower-is-better',
  definition: 'Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Hauptschulabschluss an allen Abgängerinnen und Abgängern des Schuljahres.',
  source: { name: 'Statistische Ämter des Bundes und der Länder, Schulstatistik' },
  notes: 'Beispielwerte. Ab dem Schuljahr 2020/21 werden Abgänge aus Förderschulen mitgezählt (Bruch in der Reihe).',
  series: [
    series(celle, { '2018/19': 7.1, '2019/20': 6.8, '2020/21': 7.4, '2021/22': 7.9, '2022/23': 7.5 }),
    series(niedersachsen, { '2018/19': 6.6, '2019/20': 6.2, '2020/21': 6.9, '2021/22': 7.3, '2022/23': 7.6 }),
    series(deutschland, { '2018/19': 6.5, '2019/20': 6.0, '2020/21': 6.2, '2021/22': 6.9, '2022/23': 6.8 }),
  ],
};

/** Neutral, unit "Jahre", no change against the previous period, equal to the Land. */
export const alterLehrkraefte: Indicator = {
  id: 'E2.1',
  name: 'Durchschnittsalter der Lehrkräfte',
  unit: 'Jahre',
  decimals: 1,
  polarity: 'neutral',
  series: [
    series(celle, { '2021': 45.9, '2022': 45.3, '2023': 45.3 }),
    series(niedersachsen, { '2021': 45.6, '2022': 45.4, '2023': 45.3 }),
    series(deutschland, { '2021': 45.1, '2022': 45.0, '2023': 44.8 }),
  ],
};

/** Euro with 0 decimals: "8.450 €", "+330 €", no polarity given (neutral). */
export const ausgaben: Indicator = {
  id: 'F1.1',
  name: 'Ausgaben je Schülerin und Schüler',
  unit: '€',
  decimals: 0,
  series: [
    series(celle, { '2022': 8120, '2023': 8450 }),
    series(niedersachsen, { '2022': 8900, '2023': 9210 }),
  ],
};

/** Two decimals and no unit: "14,25", "-0,25". */
export const relation: Indicator = {
  id: 'G1.1',
  name: 'Schülerinnen und Schüler je Lehrkraft',
  decimals: 2,
  polarity: 'lower-is-better',
  series: [
    series(celle, { '2022': 14.5, '2023': 14.25 }),
    series(niedersachsen, { '2022': 14.1, '2023': 14.02 }),
    series(deutschland, { '2022': 14.3, '2023': 14.31 }),
  ],
};

/** One period only; the Bund value is secret (`null`). */
export const weiterbildung: Indicator = {
  id: 'H1.1',
  name: 'Teilnahmequote an Weiterbildung',
  unit: '%',
  decimals: 1,
  polarity: 'higher-is-better',
  series: [series(celle, { '2023': 12 }), series(niedersachsen, { '2023': 13.1 }), series(deutschland, { '2023': null })],
};

/** A long series (18 years), for the chart's axis labels. */
export const langeReihe: Indicator = {
  id: 'B2.1',
  name: 'Ganztagsbetreuung der Kinder von 3 bis 5 Jahren',
  unit: '%',
  decimals: 1,
  polarity: 'neutral',
  series: [
    series(
      celle,
      Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(2006 + i), Math.round((20 + i * 1.7 + (i % 3)) * 10) / 10])),
    ),
    series(
      deutschland,
      Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(2006 + i), Math.round((28 + i * 1.3) * 10) / 10])),
    ),
  ],
};

export const exampleIndicators: Indicator[] = [betreuungsquote, ohneAbschluss, alterLehrkraefte, ausgaben, relation, weiterbildung, langeReihe];

export const exampleFeed: Feed = {
  version: 1,
  updated: '2026-11-02T10:15:00+01:00',
  publisher: { name: 'Landkreis Celle (Beispiel)', ags: '03351' },
  indicators: exampleIndicators,
};

/**
 * An indicator feed with entries an editor (or an attacker) might get wrong: markup in names,
 * "NaN" and numbers as strings, wrong types, an unsafe source link. The bad values and entries
 * are skipped and reported; the rest renders as text.
 */
export const problemFeed = {
  version: 1,
  publisher: { name: 'Landkreis Celle (Beispiel)', ags: '03351' },
  indicators: [
    {
      id: 'X1',
      name: '<img src=x onerror="window.__xss=1">Quote <b>fett</b>',
      unit: '%',
      decimals: 1,
      polarity: 'higher-is-better',
      definition: '<script>window.__xss=1</script>',
      source: { name: `Quelle "><svg onload="window.__xss=1"> ${'Sehrlangerquellenname'.repeat(20)}`, url: 'javascript:window.__xss=1' },
      notes: '=HYPERLINK("https://example.org","klick")',
      series: [
        {
          region: { ags: '03351', name: '<i>Landkreis</i> Celle' },
          values: [
            { period: '2021', value: 'NaN' },
            { period: '2022', value: 31.5 },
            { period: '2023', value: '34,5' },
            { period: 2024, value: 35 },
            { period: '2024', value: 35.2 },
            null,
          ],
        },
        { region: { ags: 'DG', name: 'Deutschland' }, values: [{ period: '2022', value: 33 }, { period: '2024', value: { value: 36 } }] },
        { region: { ags: 3, name: 'Zahl statt Text' }, values: [] },
        { region: { ags: '03', name: '=cmd|" /C calc"!A0' }, values: [{ period: '2024', value: 34.1 }] },
      ],
    },
    { id: 'X2', name: 'Ohne Reihen', series: 'keine' },
    { id: 'X3', name: 42, series: [] },
    { id: 'X1', name: 'Doppelte ID', series: [] },
    'kein Indikator',
  ],
};

import type { Feed, Report } from '../../core/src/index.js';

/**
 * Example data for <bildung-berichte>, read by the tests, the stories and the docs alike, so that
 * what the docs show is what the tests prove.
 */
export const exampleReports: Report[] = [
  {
    id: 'bildungsbericht-2025',
    name: 'Bildungsbericht 2025',
    description: 'Der erste Bildungsbericht des Kreises: Daten zu frühkindlicher Bildung, Schule, beruflicher Bildung und Weiterbildung, mit Handlungsempfehlungen.',
    datePublished: '2025-11-20',
    url: 'https://www.example.org/bildungsbericht-2025.pdf',
    type: 'pdf',
    size: 7340032,
    area: ['fruehkindlich', 'schule', 'ausbildung', 'weiterbildung'],
  },
  {
    id: 'handlungsempfehlungen',
    name: 'Handlungsempfehlungen der Bildungskonferenz',
    url: 'https://www.example.org/handlungsempfehlungen.pdf',
  },
  {
    id: 'themenbericht-fruehe-bildung-2026',
    name: 'Themenbericht Frühe Bildung 2026',
    description: 'Betreuungsquoten, Kita-Plätze nach Ämtern und Sprachförderung im Überblick.',
    datePublished: '2026-06-30',
    url: 'https://www.example.org/themenbericht-fruehe-bildung-2026.pdf',
    type: 'pdf',
    size: 3565158,
    area: ['fruehkindlich'],
  },
  {
    id: 'datenblatt-schule-2026',
    name: 'Datenblatt Schulabschlüsse 2026',
    description: 'Die Tabellen zum Bildungsbericht: Abschlüsse nach Schulart und Geschlecht.\nZum Weiterrechnen.',
    datePublished: '2026-09-15',
    url: 'https://www.example.org/datenblatt-schule-2026.xlsx',
    size: 524288,
    area: ['schule'],
  },
];

export const exampleFeed: Feed = {
  version: 1,
  updated: '2026-11-16T09:00:00+01:00',
  publisher: { name: 'Kreis Schleswig-Flensburg', ags: '01059', url: 'https://www.example.org' },
  reports: exampleReports,
};

/** Names of the example reports, newest first (undated last). */
export const exampleReportNames = [
  'Datenblatt Schulabschlüsse 2026',
  'Themenbericht Frühe Bildung 2026',
  'Bildungsbericht 2025',
  'Handlungsempfehlungen der Bildungskonferenz',
];

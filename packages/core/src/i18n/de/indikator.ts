/** German strings of <bildung-indikator> (the CSV file's are with the CSV writer, see IndikatorMessages). */
export const indikator = {
  /** Labels of the `polarity` codes (only this widget shows them). */
  polarities: {
    'higher-is-better': 'höher ist günstiger',
    'lower-is-better': 'niedriger ist günstiger',
    neutral: 'neutral',
  } as Record<string, string>,
  // ---- numbers
  noData: 'keine Angabe',
  /** A value with its unit: "34,5 %", "12,3 Jahre", "1.234 €". */
  withUnit: (value: string, unit: string) => `${value}\u00a0${unit}`,
  /** Units that are not written after the number ("Anzahl"). */
  countUnits: ['anzahl', 'count', 'number'],
  /** Units of the feed (written in German) as this language writes them; others are shown as written. */
  units: {} as Record<string, string>,
  /** Change of a %-value: "+1,6 Prozentpunkte". `absolute` is the number without sign. */
  percentagePoints: (signed: string, absolute: string) => `${signed} ${absolute === '1' ? 'Prozentpunkt' : 'Prozentpunkte'}`,

  // ---- the latest value and its change
  latest: (region: string, period: string) => `${region}, ${period}`,
  valueNote: (note: string) => `Anmerkung: ${note}`,
  change: (difference: string, previous: string) => `${difference} gegenüber ${previous}`,
  verdict: {
    better: 'verbessert',
    worse: 'verschlechtert',
    up: 'gestiegen',
    down: 'gesunken',
    same: 'unverändert',
  },
  /** The verdict after the change: "– verbessert". */
  verdictAfterChange: (verdict: string) => `– ${verdict}`,
  noPrevious: 'Kein früherer Wert zum Vergleich.',
  /** The latest period has no value; the headline shows an earlier one. */
  laterMissing: (periods: string) => `Für ${periods} liegt keine Angabe vor.`,

  // ---- comparison with Land, Bund and other regions
  comparisonHeading: (period: string) => `Zum Vergleich (${period})`,
  reference: {
    land: 'Landeswert',
    bund: 'Bundeswert',
    other: (name: string) => `Wert von ${name}`,
  },
  position: {
    above: (reference: string) => `über dem ${reference}`,
    below: (reference: string) => `unter dem ${reference}`,
    equal: (reference: string) => `gleichauf mit dem ${reference}`,
  },
  summary: (region: string, period: string, positions: string) => `${region} liegt ${period} ${positions}.`,
  missingComparison: (names: string, period: string) => `Für ${names} liegt für ${period} keine Angabe vor.`,
  noValue: (region: string, period: string) => `Für ${region} liegt für ${period} keine Angabe vor.`,

  // ---- chart and table
  chartTitle: (name: string, from: string, to: string) =>
    from === to ? `Diagramm: ${name}, ${from}` : `Liniendiagramm: ${name}, ${from} bis ${to}`,
  trend: {
    up: (region: string, from: string, fromPeriod: string, to: string, toPeriod: string) =>
      `${region}: von ${from} (${fromPeriod}) auf ${to} (${toPeriod}) gestiegen.`,
    down: (region: string, from: string, fromPeriod: string, to: string, toPeriod: string) =>
      `${region}: von ${from} (${fromPeriod}) auf ${to} (${toPeriod}) gesunken.`,
    same: (region: string, from: string, fromPeriod: string, _to: string, toPeriod: string) =>
      `${region}: unverändert bei ${from} (${fromPeriod} und ${toPeriod}).`,
    single: (region: string, value: string, period: string) => `${region}: nur ein Wert, ${value} (${period}).`,
    none: (region: string) => `${region}: keine Angaben.`,
    gaps: (periods: string) => `Keine Angabe für ${periods}.`,
  },
  legend: 'Legende',
  tableToggle: 'Als Tabelle anzeigen',
  tableCaption: (name: string, unit: string) => (unit ? `${name} (${unit}) nach Zeitraum und Region` : `${name} nach Zeitraum und Region`),
  period: 'Zeitraum',

  // ---- definition, source, download
  definition: 'Definition',
  polarity: 'Bewertung',
  notes: 'Hinweise',
  source: 'Quelle',
  download: 'Daten herunterladen (CSV)',
  /** Read after the link text by screen readers, so several tiles' links differ. */
  downloadOf: (name: string) => `: ${name}`,
  /** Next to the download button when the file could not be made (its writer, `bildung-*.csv.js`, is missing). */
  downloadFailed: 'Die CSV-Datei kann gerade nicht erstellt werden. Bitte versuchen Sie es später noch einmal.',
};

import type { Offer } from '../feed/feed.types.js';

/**
 * The search's examples, read by its tests (typo-classes.test.ts) and by the benchmark, which
 * prints how often each engine puts the expected offer first (`npm run bench`).
 */

// A small corpus with one target per class of German misspelling, plus distractors that share
// letters with the targets, so that a match has to be earned.
const offer = (id: string, name: string, extra: Partial<Offer> = {}): Offer => ({ id, name, area: ['weiterbildung'], ...extra });
export const SEARCH_CORPUS: Offer[] = [
  offer('integration', 'Integrationskurs für Zugewanderte'),
  offer('schwimmen', 'Schwimmen lernen für Kinder', { keywords: ['Seepferdchen'] }),
  offer('foerderung', 'Frühförderung für Familien'),
  offer('strasse', 'Verkehrserziehung an der Hauptstraße'),
  offer('muehle', 'Mühlenbachschule – offene Ganztagsschule'),
  offer('physio', 'Physiotherapie für Senioren'),
  offer('computer', 'Computerkurs für Einsteiger'),
  offer('katze', 'Katzenschutz und Tierpflege für Jugendliche'),
  offer('musik', 'Kreismusikschule: Gitarre und Klavier'),
  offer('kita', 'Kita Sonnenschein'),
  offer('schule', 'Grundschule am See'),
  offer('schleswig', 'Stadtbücherei Schleswig'),
  offer('sport', 'Sportverein Tarp'),
  offer('garten', 'Gartenbau für Kinder'),
  offer('lesepaten', 'Vorlesen mit Lesepaten'),
  offer('ehrenamt', 'Ehrenamt in der Bücherei', { description: 'Lesepatten und Vorleser gesucht.' }),
];

/** One query per class of German misspelling: [class, query, id of the offer it must put first]. */
export const TYPO_CASES: [kind: string, query: string, target: string][] = [
  ['one wrong letter', 'integrazionskurs', 'integration'],
  ['one missing letter', 'integrationkurs', 'integration'],
  ['one extra letter', 'musikschuhle', 'musik'],
  ['two words with a typo each', 'schwimmem kinddr', 'schwimmen'],
  ['umlaut as ue/oe', 'fruehfoerderung', 'foerderung'],
  ['umlaut dropped', 'fruhforderung', 'foerderung'],
  ['ß as ss', 'hauptstrasse', 'strasse'],
  ['umlaut dropped inside a compound', 'muhlenbachschule', 'muehle'],
  ['the start of a longer compound', 'muehlen', 'muehle'],
  ['f for ph', 'fysiotherapie', 'physio'],
  ['k for c', 'komputerkurs', 'computer'],
  ['z for tz', 'kazenschutz', 'katze'],
  ['a single consonant for a doubled one', 'schwimen', 'schwimmen'],
  ['a typo inside a compound', 'musikschulle', 'musik'],
  ['typo and umlaut combined', 'fruhfoerdrung', 'foerderung'],
];

/** A judged list: [query, id of the offer a person expects on top]. */
export const JUDGED: [query: string, expected: string][] = [
  ['grundschule', 'schule'],
  ['garten', 'garten'],
  ['kinder', 'schwimmen'],
  ['musik', 'musik'],
  ['schwimmen', 'schwimmen'],
  // An exact or prefix match in a name beats a typo match in a description.
  ['lesepaten', 'lesepaten'],
  ['lesepat', 'lesepaten'],
];

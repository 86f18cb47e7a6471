#!/usr/bin/env node
// Builds demo/feed.json: a feed v1 (see the feed format documentation) for
// "Kreis Schleswig-Flensburg (Demonstration)".
//
//   node scripts/build-demo-feed.mjs
//
// Inputs (all inside the repository):
//   data/sources/kitas-schleswig-flensburg.json   Kitas (type KITA only), OK Lab Flensburg open-kita-map, CC0 1.0
//   data/sources/schulen-schleswig-flensburg.tsv  schools, OK Lab Flensburg open-school-map, CC0 1.0
//   data/demo-offers.mjs                          hand-written, fictional demo offers, events, reports
//   data/sources/regionalatlas-*.csv               Regionalatlas Deutschland tables (indicators), dl-de/by-2-0
// Output is deterministic: same inputs, same bytes. Node 20 built-ins only.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offers as handOffers, events, reports } from '../data/demo-offers.mjs';
// The one Regionalatlas reader, shared with `bildung-feed import indicators`.
import {
  readAtlasTable as readAtlas,
  atlasSeries,
  atlasSourceName,
  atlasAttribution,
  ATLAS_UNITS,
  REGIONALSTATISTIK_URL,
} from '../packages/cli/src/regionalatlas.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data', 'sources');
const OUT = join(ROOT, 'demo', 'feed.json');

const UPDATED = '2026-11-16T09:00:00+01:00';
const DATA_DATE = '2026-11-16';

// ------------------------------------------------------------------ helpers
const clean = (s) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

/** Typographic quotes for names like `Ev. Kita 'Arche Noah' Hürup` → `Ev. Kita „Arche Noah“ Hürup`. */
function germanQuotes(name) {
  return name.replace(/(^|[\s(&])['"]\s*([^'"]+?)\s*['"](?=$|[\s,)&])/g, '$1„$2“');
}

/** Milliseconds since midnight → "7:00". */
function clock(ms) {
  const minutes = Math.round(ms / 60000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function monthsText(m) {
  if (m < 12) return m === 1 ? '1 Monat' : `${m} Monaten`;
  const y = Math.floor(m / 12);
  return y === 1 ? '1 Jahr' : `${y} Jahren`;
}

const sortByPlaceAndName = (a, b) =>
  (a.location?.municipality ?? '').localeCompare(b.location?.municipality ?? '', 'de') ||
  a.name.localeCompare(b.name, 'de') ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ISO 639-1 codes for the language names used in the Kita data (mehrsprachigkeit).
const LANGUAGE_CODES = {
  deutsch: 'de', dansk: 'da', 'dänisch': 'da', english: 'en', englisch: 'en', arabisch: 'ar',
  russisch: 'ru', 'türkçe': 'tr', 'türkisch': 'tr', polnisch: 'pl', persisch: 'fa', farsi: 'fa',
  'französisch': 'fr', ukrainisch: 'uk',
};

// ------------------------------------------------------------------ Kitas
function kitaOffer(r) {
  const a = r.address ?? {};
  const name = germanQuotes(clean(r.name));
  const minority = r.bindungAnNationaleMinderheit === true ||
    /Dansk Skoleforening|Sydslesvigs danske/i.test(r.institution ?? '');
  const langText = `${r.mehrsprachigkeit ?? ''}, ${r.foerderungRegionalUndMinderheitensprachen ?? ''}`.toLowerCase();
  const promotesDanish = /dansk|dänisch/.test(langText);
  const lowGerman = /niederdeutsch/.test(langText);
  const frisian = /friesisch/.test(langText);

  const languages = new Set(['de']);
  if (minority || promotesDanish) languages.add('da');
  for (const part of (r.mehrsprachigkeit ?? '').split(',')) {
    const code = LANGUAGE_CODES[clean(part).toLowerCase()];
    if (code) languages.add(code);
  }

  const hasCare = Number.isInteger(r.careFrom) && Number.isInteger(r.careTo) && r.careTo >= r.careFrom;
  const lines = [];
  const keywords = new Set(['Kita', 'Kindertagesstätte']);
  let ageMin, ageMax;
  if (hasCare) {
    ageMin = Math.floor(r.careFrom / 12);
    // careTo is the last month of age in care. A whole number of years up to 48 months ends
    // before that birthday (36 = "unter 3"); later ones (72, 84) mean "until school entry".
    ageMax = r.careTo % 12 === 0 && r.careTo <= 48 ? r.careTo / 12 - 1 : Math.floor(r.careTo / 12);
    if (ageMax < ageMin) ageMax = ageMin;
    let until;
    if (r.careTo >= 70 && r.careTo <= 84) until = 'bis zum Schuleintritt';
    else if (r.careTo > 84) until = `bis ${Math.floor(r.careTo / 12)} Jahre (Hort)`;
    else until = `bis unter ${ageMax + 1} Jahren`;
    const from = r.careFrom === 0 ? 'von Geburt an' : `ab ${monthsText(r.careFrom)}`;
    lines.push(`Aufgenommen werden Kinder ${from} ${until}.`);
    if (r.careFrom < 36) keywords.add('Krippe');
    if (r.careTo >= 48) keywords.add('Kindergarten');
    if (r.careTo > 84) keywords.add('Hort');
  } else {
    keywords.add('Kindergarten');
  }
  const concept = clean(r.educationalConcept);
  if (concept) {
    lines.push(`Pädagogisches Konzept: ${concept}.`);
    if (/wald|natur/i.test(concept)) keywords.add('Naturkindergarten');
    if (/waldorf/i.test(concept)) keywords.add('Waldorf');
    if (/montessori/i.test(concept)) keywords.add('Montessori');
    if (/bewegung/i.test(concept)) keywords.add('Bewegungskindergarten');
  }
  if (/wald/i.test(name)) keywords.add('Waldkindergarten');
  let scheduleText;
  if (Number.isFinite(r.openingHoursFrom) && Number.isFinite(r.openingHoursTo) && r.openingHoursTo > r.openingHoursFrom) {
    scheduleText = `Öffnungszeiten ${clock(r.openingHoursFrom)}–${clock(r.openingHoursTo)} Uhr`;
    lines.push(`${scheduleText}.`);
    if (r.openingHoursTo - r.openingHoursFrom >= 8 * 3600000) keywords.add('Ganztag');
  }
  if (r.flexibleCareTime === true) lines.push('Flexible Betreuungszeiten sind möglich.');
  if (r.integrational === true) {
    lines.push('Integrationsplätze für Kinder mit Behinderung oder mit besonderem Förderbedarf.');
    keywords.add('Integrationsplätze');
    keywords.add('Inklusion');
  }
  if (minority) {
    lines.push('Einrichtung der dänischen Minderheit: Die Kinder werden auf Dänisch und Deutsch betreut.');
    keywords.add('dänische Minderheit');
    if (!hasCare || r.careTo >= 48) keywords.add('Børnehave');
  } else if (promotesDanish) {
    lines.push('Die Kita fördert die dänische Sprache.');
  }
  if (languages.has('da')) keywords.add('Dänisch');
  if (lowGerman) {
    lines.push('Niederdeutsch (Plattdeutsch) wird im Alltag gefördert.');
    keywords.add('Plattdeutsch');
  }
  if (frisian) {
    lines.push('Friesisch wird gefördert.');
    keywords.add('Friesisch');
  }
  const religion = clean(r.religioeseAusrichtung);
  if (religion === 'Evangelisch') keywords.add('evangelisch');
  else if (religion === 'Römisch-Katholisch') keywords.add('katholisch');
  else if (religion === 'Konfessionslos') keywords.add('konfessionslos');
  if (r.applicationAllowed === true) lines.push('Anmeldung über das Kita-Portal Schleswig-Holstein.');

  const town = clean(a.town);
  const location = {};
  const street = clean(`${clean(a.street)} ${clean(a.number)}`);
  if (street) location.street = street;
  if (clean(a.postalcode)) location.postalCode = clean(a.postalcode);
  if (town) {
    location.locality = town;
    location.municipality = town; // for Kitas the town is the political Gemeinde (also inside an Amt)
  }
  if (Number.isFinite(a.latitude) && Number.isFinite(a.longitude)) {
    location.lat = a.latitude;
    location.lon = a.longitude;
  }

  const offer = {
    id: `kita-${r.id}`,
    name,
    description: lines.join('\n'),
    area: ['fruehkindlich'],
    audience: ['kinder', 'eltern'],
  };
  if (ageMin !== undefined) {
    offer.ageMin = ageMin;
    offer.ageMax = ageMax;
  }
  if (clean(r.institution)) offer.provider = { name: clean(r.institution) };
  offer.location = location;
  offer.mode = 'praesenz';
  offer.languages = [...languages];
  offer.cost = { free: false, note: 'Elternbeitrag nach Satzung, Sozialstaffel möglich' };
  if (r.barrierfree === true) offer.accessibility = ['rollstuhlgerecht'];
  if (scheduleText) offer.schedule = { text: scheduleText };
  offer.keywords = [...keywords];
  offer.updated = DATA_DATE;
  return offer;
}

// ------------------------------------------------------------------ schools
function parseTsv(text) {
  const lines = text.split('\n').filter((l) => l !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`TSV: ${cells.length} cells instead of ${header.length}: ${line.slice(0, 60)}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

// school_type is a bit set (1 Grundschule, 8 Förderzentrum, 32 Gymnasium, 128 berufliche Schule,
// 256 Schule in freier Trägerschaft, 1024 Gemeinschaftsschule, 2048 Gemeinschaftsschule mit Oberstufe);
// the name decides first, the codes only fill gaps.
const KINDS = {
  grundschule: { label: 'Grundschule', ageMin: 6, ageMax: 10, keywords: ['Grundschule', 'Primarstufe'] },
  gemeinschaftsschule: { label: 'Gemeinschaftsschule', ageMin: 10, ageMax: 16, keywords: ['Gemeinschaftsschule', 'Sekundarstufe I', 'ESA', 'MSA'] },
  gemeinschaftsschuleOberstufe: { label: 'Gemeinschaftsschule mit Oberstufe', ageMin: 10, ageMax: 19, keywords: ['Gemeinschaftsschule', 'Oberstufe', 'Abitur', 'MSA'] },
  gymnasium: { label: 'Gymnasium', ageMin: 10, ageMax: 19, keywords: ['Gymnasium', 'Abitur', 'Oberstufe'] },
  foerderzentrum: { label: 'Förderzentrum', ageMin: 6, ageMax: 18, keywords: ['Förderzentrum', 'Förderschule', 'Sonderpädagogik', 'Inklusion'] },
  berufsbildungszentrum: { label: 'Berufsbildungszentrum', ageMin: 16, ageMax: 25, keywords: ['Berufsschule', 'Berufsbildungszentrum', 'Berufliches Gymnasium', 'Fachschule', 'Ausbildung'] },
  daenisch: { label: 'Dänische Schule', ageMin: 6, ageMax: 16, keywords: ['Dänische Schule', 'dänische Minderheit', 'Dansk Skoleforening', 'Dänisch'] },
  daenischGymnasium: { label: 'Dänisches Gymnasium und Gemeinschaftsschule', ageMin: 10, ageMax: 19, keywords: ['Dänische Schule', 'dänische Minderheit', 'Gymnasium', 'Abitur', 'Dänisch'] },
  frei: { label: 'Schule in freier Trägerschaft', ageMin: 6, ageMax: 16, keywords: ['Schule in freier Trägerschaft', 'Ersatzschule', 'Privatschule'] },
  unbekannt: { label: 'Schule', keywords: ['Schule'] },
};

function schoolKind(s) {
  const n = s.name;
  const main = Number(s.main_school_type) || 0;
  const bits = Number(s.school_type) || 0;
  if (/Berufsbildungszentrum|Berufliche Schule|Berufsschule/i.test(n) || main === 128) return { kind: 'berufsbildungszentrum', primary: false };
  if (/skole|skol\b|skolen/i.test(n)) return { kind: /Møller|Moeller/i.test(n) ? 'daenischGymnasium' : 'daenisch', primary: false };
  if (/Förderzentrum|FöZ|Landesförderzentrum/i.test(n) || main === 8) return { kind: 'foerderzentrum', primary: false };
  if (/Gymnasium/i.test(n) || main === 32) return { kind: 'gymnasium', primary: false };
  const primary = /Grundschul|Grund-\s*und\s*Gemeinschaftsschule/i.test(n) || ((main === 1024 || main === 2048) && (bits & 1) === 1);
  if ((/Gemeinschaftsschule/i.test(n) && /Oberstufe/i.test(n)) || main === 2048) return { kind: 'gemeinschaftsschuleOberstufe', primary };
  if (/Gemeinschaftsschule/i.test(n) || main === 1024) return { kind: 'gemeinschaftsschule', primary };
  if (/Grundschule/i.test(n) || main === 1) return { kind: 'grundschule', primary: false };
  if (main === 256) return { kind: 'frei', primary: false };
  return { kind: 'unbekannt', primary: false };
}

function schoolOffer(s) {
  const { kind, primary } = schoolKind(s);
  const k = KINDS[kind];
  const name = clean(s.name);
  // "… - Außenstelle Weding" or "Außenstelle Erfde" is a branch; "… mit Außenstelle in Erfde" is the main school.
  const branch = /(^|\s-\s*)Au(ss|ß)enstelle\b/i.test(name);
  const ageMin = k.ageMin === undefined ? undefined : primary ? 6 : k.ageMin;
  const ageMax = k.ageMax;
  const audience = [];
  if (kind === 'berufsbildungszentrum') audience.push('jugendliche', 'erwachsene');
  else if (ageMin === undefined) audience.push('kinder', 'jugendliche');
  else {
    if (ageMin < 12) audience.push('kinder');
    if (ageMax >= 12) audience.push('jugendliche');
  }
  if (kind === 'foerderzentrum') audience.push('menschen-mit-behinderung');

  const label = primary ? `Grundschule und ${k.label}` : k.label;
  const lines = kind === 'unbekannt'
    ? [branch ? 'Außenstelle einer Schule; die Schulart ist im Datensatz nicht angegeben.' : 'Die Schulart ist im Datensatz nicht angegeben.']
    : [`Schulart: ${label}${branch ? ' (Außenstelle)' : ''}.`];
  if (kind === 'daenisch' || kind === 'daenischGymnasium') {
    lines.push('Schule der dänischen Minderheit (Dansk Skoleforening for Sydslesvig): Unterricht auf Dänisch, Deutsch als Unterrichtsfach.');
  }
  if (kind === 'foerderzentrum') lines.push('Sonderpädagogische Förderung und Beratung, auch für Kinder und Jugendliche an allgemeinbildenden Schulen.');
  if (kind === 'berufsbildungszentrum') lines.push('Berufsschule für Auszubildende, Berufsfachschulen, Berufliches Gymnasium und Fachschulen.');

  const provider = { name };
  const website = clean(s.website);
  if (/^https?:\/\//i.test(website)) provider.url = website;
  if (clean(s.email)) provider.email = clean(s.email);
  if (clean(s.telephone)) provider.phone = clean(s.telephone);

  const location = {};
  const street = clean(`${clean(s.street)} ${clean(s.house_number)}`);
  if (street) location.street = street;
  if (clean(s.zipcode)) location.postalCode = clean(s.zipcode);
  if (clean(s.city)) {
    location.locality = clean(s.city);
    location.municipality = clean(s.city);
  }
  const lat = Number.parseFloat(s.latitude);
  const lon = Number.parseFloat(s.longitude);
  if (Number.isFinite(lat) && Number.isFinite(lon)) {
    location.lat = Math.round(lat * 1e6) / 1e6;
    location.lon = Math.round(lon * 1e6) / 1e6;
  }

  const keywords = new Set(['Schule', ...k.keywords]);
  if (primary) keywords.add('Grundschule');
  if (branch) keywords.add('Außenstelle');
  if (/Hören/.test(name)) { keywords.add('Hören'); keywords.add('Gebärdensprache'); }
  if (/Sehen/.test(name)) keywords.add('Sehen');
  if (/Krankheit/.test(name)) keywords.add('Krankenhausunterricht');

  const offer = {
    id: `schule-${s.id}`,
    name,
    description: lines.join('\n'),
    area: [kind === 'berufsbildungszentrum' ? 'ausbildung' : 'schule'],
    audience,
  };
  if (ageMin !== undefined) {
    offer.ageMin = ageMin;
    offer.ageMax = ageMax;
  }
  offer.provider = provider;
  offer.location = location;
  offer.mode = 'praesenz';
  offer.languages = kind === 'daenisch' || kind === 'daenischGymnasium' ? ['de', 'da'] : ['de'];
  offer.cost = { free: true };
  if (website && provider.url) offer.url = provider.url;
  offer.keywords = [...keywords];
  offer.updated = DATA_DATE;
  return offer;
}

// ------------------------------------------------------------------ indicators (Regionalatlas)
// Kreis-level tables of the Regionalatlas Deutschland (GENESIS exports of regionalstatistik.de),
// trimmed to the rows of the demo district, its Land and Germany (see data/SOURCES.md).

/** The demo district, its Land and Germany, in the order the feed lists their series. */
const INDICATOR_REGIONS = ['01059', '01', 'DG'];
/** Display names where the table's own name reads badly in a sentence ("Schleswig-Flensburg, Landkreis"). */
const REGION_NAMES = { '01059': 'Kreis Schleswig-Flensburg' };
/**
 * Reads one Regionalatlas export with the parser `bildung-feed import indicators` uses
 * (packages/cli/src/regionalatlas.mjs) and insists on what the demo needs: every row and cell
 * readable, the dl-de/by-2-0 footer with its "Stand" date and copyright year.
 */
function readAtlasTable(file) {
  const where = `data/sources/${file}`;
  let t;
  try {
    t = readAtlas(readFileSync(join(SOURCES, file), 'utf8'));
  } catch (error) {
    throw new Error(`${where}: ${error.message}`);
  }
  for (const r of t.invalidRows) throw new Error(`${where}: line ${r.line} is not "Jahr;AGS;Name;values": ${r.text}`);
  for (const c of t.invalidCells) throw new Error(`${where} line ${c.line} column ${c.column}: not a number: ${JSON.stringify(c.value)}`);
  if (!t.dlDeBy20) throw new Error(`${where}: licence footer is not dl-de/by-2-0: ${t.licence}`);
  if (!t.stand || !t.copyrightYear) throw new Error(`${where}: footer without "Stand" date or copyright year`);
  return t;
}

/** The indicators of the demo's "Bildungsmonitoring": which column of which table, and what it means. */
const INDICATOR_DEFINITIONS = [
  {
    id: 'C1.1',
    table: 'regionalatlas-AI003-3-betreuungsquote.csv',
    column: 'Betreuungsquote 0 bis 2 Jahre',
    name: 'Betreuungsquote der Kinder unter 3 Jahren',
    polarity: 'higher-is-better',
    definition: 'Kinder unter 3 Jahren in Kindertageseinrichtungen oder in öffentlich geförderter Kindertagespflege je 100 Kinder dieser Altersgruppe, jeweils am Stichtag 1. März.',
  },
  {
    id: 'C1.2',
    table: 'regionalatlas-AI003-3-betreuungsquote.csv',
    column: 'Betreuungsquote 3 bis 5 Jahre',
    name: 'Betreuungsquote der Kinder von 3 bis unter 6 Jahren',
    polarity: 'higher-is-better',
    definition: 'Kinder von 3 bis unter 6 Jahren in Kindertageseinrichtungen oder in öffentlich geförderter Kindertagespflege je 100 Kinder dieser Altersgruppe, jeweils am Stichtag 1. März.',
    notes: 'Die betreuten Kinder werden am Ort der Einrichtung gezählt, die Kinder der Altersgruppe am Wohnort; deshalb kann die Quote in einzelnen Kreisen über 100 % liegen.',
  },
  {
    id: 'C2.1',
    table: 'regionalatlas-AI-N-05-ganztagsbetreuung.csv',
    column: 'Ganztagsbetreuung 0 bis 2 Jahre',
    name: 'Ganztagsbetreuung der Kinder unter 3 Jahren',
    polarity: 'neutral',
    definition: 'Kinder unter 3 Jahren, die mehr als 7 Stunden je Betreuungstag in einer Kindertageseinrichtung oder in öffentlich geförderter Kindertagespflege betreut werden, je 100 Kinder dieser Altersgruppe, Stichtag 1. März.',
    notes: 'Ohne Wertung dargestellt: Ob mehr Ganztagsbetreuung günstiger ist, hängt vom Bedarf der Familien ab.',
  },
  {
    id: 'C2.2',
    table: 'regionalatlas-AI-N-05-ganztagsbetreuung.csv',
    column: 'Ganztagsbetreuung 3 bis 5 Jahre',
    name: 'Ganztagsbetreuung der Kinder von 3 bis unter 6 Jahren',
    polarity: 'neutral',
    definition: 'Kinder von 3 bis unter 6 Jahren, die mehr als 7 Stunden je Betreuungstag in einer Kindertageseinrichtung oder in öffentlich geförderter Kindertagespflege betreut werden, je 100 Kinder dieser Altersgruppe, Stichtag 1. März.',
    notes: 'Ohne Wertung dargestellt: Ob mehr Ganztagsbetreuung günstiger ist, hängt vom Bedarf der Familien ab.',
  },
  {
    id: 'D1.1',
    table: 'regionalatlas-AI-N-06-schulabgaenger.csv',
    column: 'Anteil Schulabgänger ohne Hauptschulabschluss',
    name: 'Schulabgängerinnen und Schulabgänger ohne Hauptschulabschluss',
    polarity: 'lower-is-better',
    definition: 'Anteil der Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Hauptschulabschluss an allen Absolventinnen, Absolventen, Abgängerinnen und Abgängern allgemeinbildender Schulen des Jahres.',
  },
  {
    id: 'D1.2',
    table: 'regionalatlas-AI-N-06-schulabgaenger.csv',
    column: 'Anteil Schulabgänger mit allgem. Hochschulreife',
    name: 'Schulabgängerinnen und Schulabgänger mit allgemeiner Hochschulreife',
    polarity: 'higher-is-better',
    definition: 'Anteil der Absolventinnen und Absolventen allgemeinbildender Schulen mit allgemeiner Hochschulreife an allen Absolventinnen, Absolventen, Abgängerinnen und Abgängern allgemeinbildender Schulen des Jahres. An beruflichen Schulen erworbene Abschlüsse sind nicht enthalten.',
    notes: 'Der Bundeswert ist 2011 bis 2013 durch doppelte Abiturjahrgänge nach der Umstellung auf das achtjährige Gymnasium in mehreren Ländern erhöht.',
  },
];

function buildIndicators() {
  const tables = new Map();
  const table = (file) => {
    if (!tables.has(file)) tables.set(file, readAtlasTable(file));
    return tables.get(file);
  };
  const indicators = INDICATOR_DEFINITIONS.map((d) => {
    const t = table(d.table);
    const col = t.columns.findIndex((c) => c.name === d.column);
    if (col < 0) throw new Error(`${d.table}: no column "${d.column}" (there are: ${t.columns.map((c) => c.name).join(', ')})`);
    const unit = ATLAS_UNITS[t.columns[col].unit];
    if (!unit) throw new Error(`${d.table}: unknown unit "${t.columns[col].unit}"`);
    const series = INDICATOR_REGIONS.map((ags) => {
      const s = atlasSeries(t, col, ags);
      if (!s) throw new Error(`${d.table}: no rows for region ${ags}`);
      return { region: { ags, name: REGION_NAMES[ags] ?? s.name }, values: s.values };
    });
    const indicator = { id: d.id, name: d.name, unit, decimals: 1, polarity: d.polarity, definition: d.definition };
    indicator.source = { name: atlasSourceName(t), url: REGIONALSTATISTIK_URL };
    indicator.notes = [d.notes, `Neueste Werte dieser Tabelle: ${series[0].values.at(-1).period} (Stand ${t.stand}).`, atlasAttribution(t)].filter(Boolean).join('\n');
    indicator.series = series;
    return indicator;
  });
  return { indicators, tables: [...tables.values()].map((t) => t.code) };
}

function validateIndicators(indicators) {
  const errors = [];
  const err = (where, msg) => errors.push(`${where}: ${msg}`);
  const ids = new Set();
  indicators.forEach((ind, i) => {
    const w = `indicators[${i}] ${ind.id ?? ''}`;
    if (typeof ind.id !== 'string' || !ind.id || ids.has(ind.id)) err(w, 'id missing or duplicate');
    ids.add(ind.id);
    if (typeof ind.name !== 'string' || !ind.name.trim()) err(w, 'name missing');
    if (!Number.isInteger(ind.decimals) || ind.decimals < 0 || ind.decimals > 6) err(w, 'decimals not an integer 0–6');
    if (!CODES.polarity.includes(ind.polarity)) err(w, `unknown polarity ${ind.polarity}`);
    if (!Array.isArray(ind.series) || !ind.series.length) err(w, 'no series');
    const regions = new Set();
    for (const [j, s] of (ind.series ?? []).entries()) {
      if (typeof s.region?.ags !== 'string' || typeof s.region?.name !== 'string' || regions.has(s.region.ags)) err(`${w}.series[${j}]`, 'region missing or duplicate');
      regions.add(s.region?.ags);
      const periods = new Set();
      for (const v of s.values ?? []) {
        if (typeof v.period !== 'string' || periods.has(v.period)) err(`${w}.series[${j}]`, `period missing or duplicate: ${v.period}`);
        periods.add(v.period);
        if (v.value !== null && (typeof v.value !== 'number' || !Number.isFinite(v.value))) err(`${w}.series[${j}] ${v.period}`, `value not a number or null: ${v.value}`);
      }
    }
    if (!/dl-de\/by-2-0/.test(ind.notes ?? '')) err(w, 'notes lack the dl-de/by-2-0 attribution');
  });
  return errors;
}

// ------------------------------------------------------------------ validation (FEED.md v1)
const CODES = {
  area: ['fruehkindlich', 'schule', 'ausbildung', 'hochschule', 'weiterbildung', 'nonformal'],
  audience: ['kinder', 'jugendliche', 'erwachsene', 'senioren', 'eltern', 'familien', 'zugewanderte', 'fachkraefte', 'menschen-mit-behinderung'],
  mode: ['praesenz', 'online', 'hybrid'],
  accessibility: ['rollstuhlgerecht', 'gebaerdensprache', 'leichte-sprache', 'induktionsschleife'],
  category: ['fachtag', 'konferenz', 'netzwerktreffen', 'workshop', 'informationsveranstaltung'],
  status: ['open', 'full', 'closed'],
  polarity: ['higher-is-better', 'lower-is-better', 'neutral'],
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
const LANG = /^[a-z]{2}$/;

function validate(feed) {
  const errors = [];
  const err = (where, msg) => errors.push(`${where}: ${msg}`);
  const isStr = (v) => typeof v === 'string' && v.trim() !== '';
  const checkUrl = (where, u, schemes = ['http:', 'https:']) => {
    if (typeof u !== 'string') return err(where, 'URL is not a string');
    let parsed;
    try { parsed = new URL(u); } catch { return err(where, `not an absolute URL: ${u}`); }
    if (!schemes.includes(parsed.protocol)) err(where, `URL scheme ${parsed.protocol} not allowed: ${u}`);
  };
  const checkCodes = (where, list, allowed, required = false) => {
    if (list === undefined) { if (required) err(where, 'missing'); return; }
    if (!Array.isArray(list) || (required && list.length === 0)) return err(where, 'must be a non-empty array');
    for (const c of list) if (!allowed.includes(c)) err(where, `unknown code ${JSON.stringify(c)}`);
    if (new Set(list).size !== list.length) err(where, 'duplicate code');
  };
  const checkContact = (where, c) => {
    if (c === undefined) return;
    if (typeof c !== 'object' || !isStr(c.name)) return err(where, 'contact needs a name');
    if (c.url !== undefined) checkUrl(`${where}.url`, c.url);
    if (c.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email)) err(`${where}.email`, `bad e-mail ${c.email}`);
    if (c.phone !== undefined && !/^[+0-9][0-9 ()/–-]+$/.test(c.phone)) err(`${where}.phone`, `bad phone ${c.phone}`);
    for (const k of Object.keys(c)) if (!['name', 'url', 'email', 'phone'].includes(k)) err(where, `unexpected field ${k}`);
  };
  const checkPlace = (where, p) => {
    if (p === undefined) return;
    if (typeof p !== 'object') return err(where, 'not an object');
    for (const k of Object.keys(p)) {
      if (!['name', 'street', 'postalCode', 'locality', 'municipality', 'lat', 'lon'].includes(k)) err(where, `unexpected field ${k}`);
      else if (k === 'lat' || k === 'lon') { if (typeof p[k] !== 'number' || !Number.isFinite(p[k])) err(`${where}.${k}`, 'not a number'); }
      else if (!isStr(p[k])) err(`${where}.${k}`, 'not a non-empty string');
    }
    if ((p.lat === undefined) !== (p.lon === undefined)) err(where, 'lat and lon must come together');
    if (p.lat !== undefined && (p.lat < 53 || p.lat > 56 || p.lon < 7 || p.lon > 12)) err(where, `coordinates outside the region: ${p.lat}, ${p.lon}`);
  };
  const checkDateOrTime = (where, v, allowTime) => {
    if (!(DATE.test(v) || (allowTime && DATETIME.test(v)))) err(where, `bad date ${v}`);
  };

  if (feed.version !== 1) err('version', 'must be 1');
  if (!DATETIME.test(feed.updated)) err('updated', 'must be an ISO 8601 date-time with offset');
  if (!isStr(feed.publisher?.name) || !/^\d{5}$/.test(feed.publisher?.ags ?? '')) err('publisher', 'needs name and 5-digit ags');
  checkUrl('publisher.url', feed.publisher?.url);

  const ids = new Set();
  feed.offers.forEach((o, i) => {
    const w = `offers[${i}] ${o.id ?? ''}`;
    if (!isStr(o.id)) err(w, 'id missing');
    else if (ids.has(o.id)) err(w, 'duplicate id');
    else ids.add(o.id);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(o.id ?? '')) err(w, 'id should be URL-safe lowercase');
    if (!isStr(o.name)) err(w, 'name missing');
    if (o.description !== undefined && typeof o.description !== 'string') err(w, 'description not a string');
    checkCodes(`${w}.area`, o.area, CODES.area, true);
    checkCodes(`${w}.audience`, o.audience, CODES.audience);
    checkCodes(`${w}.accessibility`, o.accessibility, CODES.accessibility);
    if (o.mode !== undefined && !CODES.mode.includes(o.mode)) err(`${w}.mode`, `unknown code ${o.mode}`);
    for (const k of ['ageMin', 'ageMax']) if (o[k] !== undefined && (!Number.isInteger(o[k]) || o[k] < 0 || o[k] > 120)) err(`${w}.${k}`, 'not an integer age');
    if (Number.isInteger(o.ageMin) && Number.isInteger(o.ageMax) && o.ageMin > o.ageMax) err(w, 'ageMin > ageMax');
    checkContact(`${w}.provider`, o.provider);
    checkPlace(`${w}.location`, o.location);
    if (o.languages !== undefined) {
      if (!Array.isArray(o.languages) || o.languages.some((l) => !LANG.test(l))) err(`${w}.languages`, 'not ISO 639-1 codes');
      else if (new Set(o.languages).size !== o.languages.length) err(`${w}.languages`, 'duplicate');
    }
    if (o.cost !== undefined) {
      if (typeof o.cost.free !== 'boolean') err(`${w}.cost.free`, 'not a boolean');
      if (o.cost.amount !== undefined && (typeof o.cost.amount !== 'number' || o.cost.amount < 0)) err(`${w}.cost.amount`, 'not a number');
      if (o.cost.free === true && o.cost.amount !== undefined) err(`${w}.cost`, 'free with amount');
    }
    if (o.schedule !== undefined) {
      if (o.schedule.startDate !== undefined) checkDateOrTime(`${w}.schedule.startDate`, o.schedule.startDate, false);
      if (o.schedule.endDate !== undefined) checkDateOrTime(`${w}.schedule.endDate`, o.schedule.endDate, false);
      if (o.schedule.startDate && o.schedule.endDate && o.schedule.endDate < o.schedule.startDate) err(`${w}.schedule`, 'ends before it starts');
      if (o.schedule.text !== undefined && !isStr(o.schedule.text)) err(`${w}.schedule.text`, 'empty');
    }
    if (o.url !== undefined) checkUrl(`${w}.url`, o.url);
    if (o.keywords !== undefined && (!Array.isArray(o.keywords) || o.keywords.some((k) => !isStr(k)))) err(`${w}.keywords`, 'not strings');
    if (o.updated !== undefined) checkDateOrTime(`${w}.updated`, o.updated, false);
  });

  const eventIds = new Set();
  feed.events.forEach((e, i) => {
    const w = `events[${i}] ${e.id ?? ''}`;
    if (!isStr(e.id) || eventIds.has(e.id)) err(w, 'id missing or duplicate');
    eventIds.add(e.id);
    if (!isStr(e.name)) err(w, 'name missing');
    if (!isStr(e.startDate)) err(w, 'startDate missing');
    else checkDateOrTime(`${w}.startDate`, e.startDate, true);
    if (e.endDate !== undefined) checkDateOrTime(`${w}.endDate`, e.endDate, true);
    if (e.category !== undefined && !CODES.category.includes(e.category)) err(`${w}.category`, `unknown code ${e.category}`);
    checkCodes(`${w}.audience`, e.audience, CODES.audience);
    checkPlace(`${w}.location`, e.location);
    checkContact(`${w}.organizer`, e.organizer);
    if (e.registration !== undefined) {
      if (e.registration.url !== undefined) checkUrl(`${w}.registration.url`, e.registration.url);
      if (e.registration.deadline !== undefined) checkDateOrTime(`${w}.registration.deadline`, e.registration.deadline, false);
      if (e.registration.status !== undefined && !CODES.status.includes(e.registration.status)) err(`${w}.registration.status`, 'unknown code');
    }
    for (const [j, d] of (e.documents ?? []).entries()) {
      if (!isStr(d.title)) err(`${w}.documents[${j}]`, 'title missing');
      checkUrl(`${w}.documents[${j}].url`, d.url);
      if (d.size !== undefined && !Number.isInteger(d.size)) err(`${w}.documents[${j}].size`, 'not an integer');
    }
    if (e.url !== undefined) checkUrl(`${w}.url`, e.url);
  });

  const reportIds = new Set();
  feed.reports.forEach((r, i) => {
    const w = `reports[${i}] ${r.id ?? ''}`;
    if (!isStr(r.id) || reportIds.has(r.id)) err(w, 'id missing or duplicate');
    reportIds.add(r.id);
    if (!isStr(r.name)) err(w, 'name missing');
    checkUrl(`${w}.url`, r.url);
    if (r.datePublished !== undefined) checkDateOrTime(`${w}.datePublished`, r.datePublished, false);
    if (r.size !== undefined && !Number.isInteger(r.size)) err(`${w}.size`, 'not an integer');
    checkCodes(`${w}.area`, r.area, CODES.area);
  });

  // Every field named `url` anywhere in the document: absolute, and only http, https, mailto or tel.
  const walk = (v, path) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'url') checkUrl(`${path}.url`, x, ['http:', 'https:', 'mailto:', 'tel:']);
        else walk(x, `${path}.${k}`);
      }
    }
  };
  walk(feed, 'feed');

  return errors;
}

// ------------------------------------------------------------------ build
function main() {
  const kitaRecords = JSON.parse(readFileSync(join(SOURCES, 'kitas-schleswig-flensburg.json'), 'utf8'));
  if (!Array.isArray(kitaRecords)) throw new Error('kitas: not an array');
  const tpp = kitaRecords.filter((r) => r.type !== 'KITA');
  if (tpp.length) throw new Error(`kitas: ${tpp.length} records are not of type KITA (childminders must never be published)`);
  const schoolRecords = parseTsv(readFileSync(join(SOURCES, 'schulen-schleswig-flensburg.tsv'), 'utf8'));

  const kitaOffers = kitaRecords.map(kitaOffer).sort(sortByPlaceAndName);
  const schoolOffers = schoolRecords.map(schoolOffer).sort(sortByPlaceAndName);

  const { indicators, tables: indicatorTables } = buildIndicators();

  const feed = {
    version: 1,
    updated: UPDATED,
    publisher: { name: 'Kreis Schleswig-Flensburg – Demonstration', ags: '01059', url: 'https://www.schleswig-flensburg.de' },
    offers: [...handOffers, ...kitaOffers, ...schoolOffers],
    events,
    indicators,
    reports,
  };

  const errors = [...validate(feed), ...validateIndicators(feed.indicators)];
  for (const o of handOffers) {
    if (/^(kita|schule)-/.test(o.id ?? '')) errors.push(`hand-written offer ${o.id}: the prefixes kita- and schule- are reserved for the open data`);
  }
  if (feed.offers.length < 300) errors.push(`only ${feed.offers.length} offers, at least 300 expected`);
  if (errors.length) {
    console.error(`build-demo-feed: ${errors.length} problem(s), demo/feed.json NOT written:`);
    for (const e of errors.slice(0, 50)) console.error(`  - ${e}`);
    process.exit(1);
  }

  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(feed, null, 1) + '\n');
  console.log(`demo/feed.json written: ${kitaOffers.length} Kitas, ${schoolOffers.length} schools, ` +
    `${handOffers.length} hand-written, ${feed.offers.length} offers in total; ` +
    `${events.length} events, ${reports.length} reports; ` +
    `${indicators.length} indicators from Regionalatlas tables ${indicatorTables.join(', ')}.`);
}

main();

import type { Feed, Offer } from '../../core/src/index.js';

/**
 * Example data for <bildung-angebote>, read by the tests, the stories and the docs alike, so
 * that what the docs show is what the tests prove.
 */
export const exampleOffers: Offer[] = [
  {
    id: 'seepferdchen',
    name: 'Seepferdchen – Schwimmen lernen für Kinder',
    description: 'Schwimmkurs für Kinder ab 5 Jahren.\nAbschluss mit dem Seepferdchen-Abzeichen.',
    area: ['nonformal'],
    audience: ['kinder', 'familien'],
    ageMin: 5,
    ageMax: 8,
    provider: { name: 'TSV Schleswig von 1864 e. V.', phone: '04621 12345', email: 'schwimmen@example.org', url: 'https://www.example.org/tsv' },
    location: { name: 'Schwimmhalle', street: 'Königstraße 2', postalCode: '24837', locality: 'Schleswig', municipality: 'Schleswig' },
    mode: 'praesenz',
    languages: ['de'],
    cost: { free: false, amount: 85 },
    schedule: { startDate: '2027-03-01', endDate: '2027-05-31', text: 'montags 15:00–15:45 Uhr' },
    url: 'https://www.example.org/seepferdchen',
    keywords: ['Seepferdchen', 'Schwimmkurs'],
  },
  {
    id: 'integrationskurs',
    name: 'Integrationskurs mit Alphabetisierung',
    description: 'Deutsch lernen und den Alltag in Deutschland kennenlernen. Mit Kinderbetreuung.',
    area: ['weiterbildung'],
    audience: ['erwachsene', 'zugewanderte'],
    provider: { name: 'Volkshochschule Schleswig', phone: '04621 9650-0', url: 'https://www.example.org/vhs' },
    location: { street: 'Hafenstraße 12', postalCode: '24837', locality: 'Schleswig', municipality: 'Schleswig' },
    mode: 'hybrid',
    languages: ['de', 'ar', 'uk'],
    cost: { free: true, note: 'gefördert durch das BAMF' },
    accessibility: ['rollstuhlgerecht', 'induktionsschleife'],
    keywords: ['Deutschkurs', 'BAMF'],
  },
  {
    id: 'fruehfoerderung',
    name: 'Frühförderung und Beratung für Familien',
    description: 'Heilpädagogische Frühförderung für Kinder von 0 bis 6 Jahren.',
    area: ['fruehkindlich'],
    audience: ['kinder', 'eltern', 'menschen-mit-behinderung'],
    ageMin: 0,
    ageMax: 6,
    provider: { name: 'Lebenshilfe Schleswig-Flensburg', email: 'fruehfoerderung@example.org' },
    location: { locality: 'Kappeln', municipality: 'Kappeln' },
    mode: 'praesenz',
    cost: { free: true },
    accessibility: ['leichte-sprache', 'rollstuhlgerecht'],
  },
  {
    id: 'kita-strasse',
    name: 'Kita An der Straße',
    description: 'Krippe und Elementargruppe, 7:00–16:00 Uhr.',
    area: ['fruehkindlich'],
    audience: ['kinder', 'eltern'],
    ageMin: 1,
    ageMax: 6,
    provider: { name: 'Gemeinde Tarp' },
    location: { street: 'Große Straße 5', postalCode: '24963', locality: 'Tarp', municipality: 'Tarp' },
    mode: 'praesenz',
    languages: ['de', 'da'],
    cost: { free: false, note: 'Elternbeitrag nach Satzung' },
    keywords: ['Kindergarten', 'Krippe'],
  },
  {
    id: 'gymnasium',
    name: 'Domschule Schleswig – Gymnasium',
    area: ['schule'],
    audience: ['jugendliche'],
    ageMin: 10,
    ageMax: 19,
    provider: { name: 'Domschule Schleswig', url: 'https://www.example.org/domschule', phone: '+49 4621 12-0' },
    location: { street: 'Königstraße 37', postalCode: '24837', locality: 'Schleswig', municipality: 'Schleswig' },
    mode: 'praesenz',
    cost: { free: true },
  },
  {
    id: 'ausbildungsberatung',
    name: 'Ausbildungsberatung der Jugendberufsagentur',
    description: 'Beratung zu Ausbildung, Praktikum und Bewerbung – auch per Video.',
    area: ['ausbildung'],
    audience: ['jugendliche', 'eltern'],
    ageMin: 14,
    ageMax: 27,
    provider: { name: 'Jugendberufsagentur Schleswig-Flensburg' },
    location: { locality: 'Schleswig', municipality: 'Schleswig' },
    mode: 'online',
    languages: ['de', 'en', 'tr'],
    cost: { free: true },
  },
  {
    id: 'gasthoerer',
    name: 'Gasthörerstudium Energie und Klima',
    area: ['hochschule'],
    audience: ['erwachsene', 'senioren'],
    provider: { name: 'Hochschule Flensburg' },
    location: { locality: 'Harrislee', municipality: 'Harrislee' },
    mode: 'praesenz',
    cost: { free: false, amount: 120, note: 'je Semester' },
  },
  {
    id: 'smartphone',
    name: 'Smartphone-Sprechstunde für Seniorinnen und Senioren',
    area: ['nonformal', 'weiterbildung'],
    audience: ['senioren'],
    provider: { name: 'Stadtbücherei Kappeln' },
    location: { locality: 'Kappeln', municipality: 'Kappeln' },
    mode: 'praesenz',
    cost: { free: true },
    schedule: { text: 'jeden ersten Dienstag im Monat, 10–12 Uhr' },
    accessibility: ['rollstuhlgerecht', 'gebaerdensprache'],
  },
];

export const exampleFeed: Feed = {
  version: 1,
  updated: '2026-11-02T10:15:00+01:00',
  publisher: { name: 'Kreis Schleswig-Flensburg (Demonstration)', ags: '01059' },
  offers: exampleOffers,
};

/** `n` generated offers, for paging and scale tests. */
export function manyOffers(n: number): Offer[] {
  const places = ['Schleswig', 'Kappeln', 'Tarp', 'Harrislee', 'Satrup', 'Süderbrarup'];
  const areas = ['fruehkindlich', 'schule', 'ausbildung', 'hochschule', 'weiterbildung', 'nonformal'];
  return Array.from({ length: n }, (_, i) => ({
    id: `kurs-${i + 1}`,
    name: `Kurs ${String(i + 1).padStart(4, '0')}`,
    area: [areas[i % areas.length]!],
    location: { locality: places[i % places.length]!, municipality: places[i % places.length]! },
    cost: { free: i % 3 === 0 },
  }));
}

import type { Feed, FeedEvent } from '../../core/src/index.js';

/**
 * Example data for <bildung-termine>, read by the tests, the stories and the docs alike, so that
 * what the docs show is what the tests prove. Seen from {@link exampleNow}: three events are
 * past, seven are upcoming (one of them is running right now).
 */

/** The instant the examples are written for: set `clock.now = () => exampleNow` in tests and stories. */
export const exampleNow = new Date('2026-11-25T10:00:00+01:00');

export const exampleEvents: FeedEvent[] = [
  {
    id: 'bildungskonferenz-2025',
    name: '1. Bildungskonferenz „Bildung im Kreis – gemeinsam Verantwortung übernehmen“',
    description: 'Auftakt des kommunalen Bildungsmanagements mit Vorstellung der Bildungsdaten und Arbeitsgruppen.',
    startDate: '2025-11-13T09:00:00+01:00',
    endDate: '2025-11-13T15:30:00+01:00',
    category: 'konferenz',
    audience: ['fachkraefte', 'erwachsene'],
    location: { name: 'Kreishaus, Großer Sitzungssaal', street: 'Flensburger Straße 7', postalCode: '24837', locality: 'Schleswig' },
    organizer: { name: 'Kreis Schleswig-Flensburg, Bildungsbüro', url: 'https://www.example.org/bildungsbuero' },
    documents: [
      { title: 'Dokumentation der 1. Bildungskonferenz', url: 'https://www.example.org/bildungskonferenz-2025-dokumentation.pdf', type: 'pdf', size: 4718592 },
    ],
  },
  {
    id: 'fachtag-sprachbildung-2026',
    name: 'Fachtag „Sprache verbindet – Mehrsprachigkeit in Kita und Grundschule“',
    description: 'Impulsvortrag, sechs Workshops und Markt der Möglichkeiten.\nFür Fachkräfte aus Kita, Kindertagespflege und Grundschule.',
    startDate: '2026-09-24T09:00:00+02:00',
    endDate: '2026-09-24T15:30:00+02:00',
    category: 'fachtag',
    audience: ['fachkraefte'],
    location: { name: 'Berufsbildungszentrum Schleswig, Aula', street: 'Flensburger Straße 19 b', postalCode: '24837', locality: 'Schleswig', lat: 54.5275, lon: 9.5521 },
    organizer: { name: 'Kreis Schleswig-Flensburg, Bildungsbüro', email: 'bildungsbuero@example.org', phone: '04621 555-100' },
    registration: { email: 'bildungsbuero@example.org', deadline: '2026-09-10', status: 'closed' },
    documents: [
      { title: 'Dokumentation des Fachtags', url: 'https://www.example.org/fachtag-2026-dokumentation.pdf', type: 'pdf', size: 2411725 },
      { title: 'Präsentation Impulsvortrag', url: 'https://www.example.org/fachtag-2026-impuls.pptx', size: 1887436 },
      { title: 'Pressemitteilung', url: 'https://www.example.org/fachtag-2026-presse.pdf', type: 'pdf', size: 245760 },
    ],
    url: 'https://www.example.org/fachtag-2026',
  },
  {
    id: 'infoabend-bildungsbericht',
    name: 'Infoabend zum Bildungsbericht',
    startDate: '2026-11-24T18:00:00+01:00',
    category: 'informationsveranstaltung',
    location: { name: 'Online' },
  },
  {
    id: 'planungsgruppe-bildung-4-2026',
    name: 'Netzwerktreffen der Planungsgruppe Bildung',
    description: 'Viertes Treffen 2026: Stand der Handlungsempfehlungen, Planung 2027.',
    startDate: '2026-11-25T09:00:00+01:00',
    endDate: '2026-11-25T12:00:00+01:00',
    category: 'netzwerktreffen',
    audience: ['fachkraefte'],
    location: { name: 'Kreishaus, Raum 204', street: 'Flensburger Straße 7', postalCode: '24837', locality: 'Schleswig' },
  },
  {
    id: 'info-ganztag-2026',
    name: 'Informationsabend: Rechtsanspruch auf Ganztag ab 2026',
    description: 'Was ändert sich für Familien mit Grundschulkindern? Mit Fragen und Antworten.',
    startDate: '2026-12-03T18:00:00+01:00',
    endDate: '2026-12-03T19:30:00+01:00',
    category: 'informationsveranstaltung',
    audience: ['eltern', 'familien'],
    location: { name: 'Online' },
    registration: { url: 'https://www.example.org/anmeldung-ganztag', deadline: '2026-11-20', status: 'open' },
  },
  {
    id: 'fachtag-uebergang-2027',
    name: 'Fachtag „Übergang Schule – Beruf im ländlichen Raum“',
    description: 'Wie erreichen wir Jugendliche in den Dörfern? Gute Beispiele aus Schulen, Betrieben und Jugendberufsagentur.',
    startDate: '2027-03-11T09:30:00+01:00',
    endDate: '2027-03-11T16:00:00+01:00',
    category: 'fachtag',
    audience: ['fachkraefte'],
    location: { name: 'Kulturhaus Kropp', street: 'Am Markt 8', postalCode: '24848', locality: 'Kropp' },
    organizer: { name: 'Kreis Schleswig-Flensburg, Bildungsbüro', email: 'bildungsbuero@example.org', phone: '04621 555-100' },
    registration: { url: 'https://www.example.org/anmeldung-fachtag-2027', email: 'bildungsbuero@example.org', deadline: '2027-02-25', status: 'open' },
    documents: [{ title: 'Programm und Workshopübersicht', url: 'https://www.example.org/fachtag-2027-programm.pdf', type: 'pdf', size: 524288 }],
    url: 'https://www.example.org/fachtag-2027',
  },
  {
    id: 'workshop-daten-2027',
    name: 'Workshop „Bildungsdaten lesen und nutzen“',
    startDate: '2027-04-22T09:30:00+02:00',
    endDate: '2027-04-22T15:00:00+02:00',
    category: 'workshop',
    audience: ['fachkraefte'],
    location: { name: 'Volkshochschule Schleswig', street: 'Hafenstraße 12', postalCode: '24837', locality: 'Schleswig' },
    registration: { url: 'https://www.example.org/anmeldung-workshop', deadline: '2027-04-08', status: 'full' },
  },
  {
    id: 'bildungskonferenz-2027',
    name: '2. Bildungskonferenz „Bildung gemeinsam gestalten“',
    description: 'Bildungsakteure aus Kita, Schule, Ausbildung, Weiterbildung, Jugendhilfe und Politik beraten die Handlungsempfehlungen des Bildungsberichts 2025.',
    startDate: '2027-05-20T09:00:00+02:00',
    endDate: '2027-05-20T15:00:00+02:00',
    category: 'konferenz',
    audience: ['fachkraefte', 'erwachsene'],
    location: { name: 'Kreishaus, Großer Sitzungssaal', street: 'Flensburger Straße 7', postalCode: '24837', locality: 'Schleswig', lat: 54.5232, lon: 9.5547 },
    organizer: { name: 'Kreis Schleswig-Flensburg, Bildungsbüro', url: 'https://www.example.org/bildungsbuero', email: 'bildungsbuero@example.org' },
    registration: { email: 'bildungsbuero@example.org', deadline: '2027-05-06' },
    url: 'https://www.example.org/bildungskonferenz',
  },
  {
    id: 'sommerakademie-2027',
    name: 'Sommerakademie Frühe Bildung',
    description: 'Zwei Tage Fortbildung für Kita-Leitungen, mit Übernachtung.',
    startDate: '2027-07-02',
    endDate: '2027-07-03',
    allDay: true,
    category: 'fachtag',
    audience: ['fachkraefte'],
    location: { name: 'Akademie Sankelmark', street: 'Akademieweg 6', postalCode: '24988', locality: 'Oeversee' },
    registration: { url: 'https://www.example.org/anmeldung-sommerakademie', status: 'closed' },
  },
  {
    id: 'zukunftswerkstatt-2027',
    name: 'Zukunftswerkstatt Bildungsregion 2030',
    startDate: '2027-09-02T09:00:00+02:00',
    endDate: '2027-09-03T16:00:00+02:00',
    category: 'workshop',
    location: { name: 'Kreishaus', street: 'Flensburger Straße 7', postalCode: '24837', locality: 'Schleswig' },
  },
];

export const exampleFeed: Feed = {
  version: 1,
  updated: '2026-11-16T09:00:00+01:00',
  publisher: { name: 'Kreis Schleswig-Flensburg', ags: '01059', url: 'https://www.example.org' },
  events: exampleEvents,
};

/** Names of the upcoming example events, soonest first, as seen from {@link exampleNow}. */
export const exampleUpcomingNames = [
  'Netzwerktreffen der Planungsgruppe Bildung',
  'Informationsabend: Rechtsanspruch auf Ganztag ab 2026',
  'Fachtag „Übergang Schule – Beruf im ländlichen Raum“',
  'Workshop „Bildungsdaten lesen und nutzen“',
  '2. Bildungskonferenz „Bildung gemeinsam gestalten“',
  'Sommerakademie Frühe Bildung',
  'Zukunftswerkstatt Bildungsregion 2030',
];

/** Names of the past example events, newest first. */
export const examplePastNames = [
  'Infoabend zum Bildungsbericht',
  'Fachtag „Sprache verbindet – Mehrsprachigkeit in Kita und Grundschule“',
  '1. Bildungskonferenz „Bildung im Kreis – gemeinsam Verantwortung übernehmen“',
];

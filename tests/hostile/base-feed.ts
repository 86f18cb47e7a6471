/**
 * The valid part of every hostile-corpus feed: a few entries per section that must still render
 * whatever an attacker adds around them. Names start with "Gültig" so a test can find them.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Ids of the indicators the corpus mounts a `<bildung-indikator>` for. */
export const BASE_INDICATOR = 'OK1';
export const CARRIER_INDICATOR = 'X1';

/** Names a visitor must still see, per widget, in every case that keeps the feed usable. */
export const BASE_NAMES = {
  angebote: ['Gültiges Angebot Sprachkurs', 'Gültiges Angebot Kita'],
  termine: ['Gültiger Fachtag', 'Gültiges Netzwerktreffen'],
  berichte: ['Gültiger Bildungsbericht', 'Gültiges Datenblatt'],
  indikator: ['Gültiger Indikator Betreuungsquote'],
} as const;

export function baseFeed(): JsonObject {
  return {
    version: 1,
    updated: '2026-11-02T10:15:00+01:00',
    publisher: { name: 'Gültiger Kreis', ags: '01001', url: 'https://www.example.org' },
    offers: [
      {
        id: 'ok-sprachkurs',
        name: 'Gültiges Angebot Sprachkurs',
        description: 'Deutsch für den Alltag.',
        area: ['weiterbildung'],
        audience: ['erwachsene', 'zugewanderte'],
        provider: { name: 'Volkshochschule', url: 'https://www.example.org/vhs', email: 'vhs@example.org', phone: '04621 555-100' },
        location: { name: 'vhs-Haus', street: 'Markt 1', postalCode: '24837', locality: 'Schleswig', municipality: 'Schleswig' },
        url: 'https://www.example.org/sprachkurs',
        keywords: ['Deutsch', 'Integration'],
      },
      { id: 'ok-kita', name: 'Gültiges Angebot Kita', area: ['fruehkindlich'], ageMin: 1, ageMax: 6 },
    ],
    events: [
      {
        id: 'ok-fachtag',
        name: 'Gültiger Fachtag',
        description: 'Ein Fachtag für Fachkräfte.',
        startDate: '2099-03-11T09:30:00+01:00',
        endDate: '2099-03-11T16:00:00+01:00',
        category: 'fachtag',
        location: { name: 'Kreishaus', locality: 'Schleswig' },
        organizer: { name: 'Bildungsbüro', url: 'https://www.example.org/bb', email: 'bb@example.org' },
        registration: { url: 'https://www.example.org/anmeldung', deadline: '2099-03-01', status: 'open' },
        documents: [{ title: 'Programm', url: 'https://www.example.org/programm.pdf', type: 'pdf', size: 1024 }],
        url: 'https://www.example.org/fachtag',
      },
      { id: 'ok-netzwerk', name: 'Gültiges Netzwerktreffen', startDate: '2099-04-01', category: 'netzwerktreffen' },
    ],
    reports: [
      {
        id: 'ok-bericht',
        name: 'Gültiger Bildungsbericht',
        description: 'Der Bericht.',
        datePublished: '2026-01-15',
        url: 'https://www.example.org/bericht.pdf',
        type: 'pdf',
        size: 2048,
        area: ['schule'],
      },
      { id: 'ok-datenblatt', name: 'Gültiges Datenblatt', url: 'https://www.example.org/daten.xlsx' },
    ],
    indicators: [
      {
        id: BASE_INDICATOR,
        name: 'Gültiger Indikator Betreuungsquote',
        unit: '%',
        decimals: 1,
        polarity: 'higher-is-better',
        definition: 'Anteil der betreuten Kinder.',
        source: { name: 'Statistikamt', url: 'https://www.example.org/statistik' },
        series: [
          { region: { ags: '01001', name: 'Gültiger Kreis' }, values: [{ period: '2022', value: 30.1 }, { period: '2023', value: 31.4 }] },
          { region: { ags: '01', name: 'Land' }, values: [{ period: '2022', value: 29 }, { period: '2023', value: 30 }] },
        ],
      },
    ],
  };
}

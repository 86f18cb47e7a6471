import { fold } from '../../../core/src/search/normalize.js';

/**
 * The columns `bildung-feed import offers` understands: every field of an offer (FEED.md), by its
 * feed name (dots for nested fields) or a German alias. templates/angebote-vorlage.csv uses the
 * first alias of each; templates/README.md documents them all (tests/cli checks that it does).
 */

export type ColumnKind =
  | 'text' // one line of text
  | 'multiline' // text that may keep its line breaks
  | 'codes' // comma list of codes (labels accepted)
  | 'code' // one code (label accepted)
  | 'list' // comma list of texts
  | 'languages' // comma list of ISO 639-1 codes (language names accepted)
  | 'integer'
  | 'number' // decimal comma or point
  | 'amount' // euro amount; "kostenlos" means free
  | 'boolean' // ja/nein, x, 1/0
  | 'date' // 2026-03-01 or 01.03.2026
  | 'url'
  | 'email';

/** Code lists of messages.codes a column's values are mapped through. */
export type CodeField = 'area' | 'audience' | 'mode' | 'accessibility';

export interface Column {
  /** Path in the offer, e.g. `provider.phone`. */
  field: string;
  kind: ColumnKind;
  /** German names, the first one as in the template. */
  aliases: string[];
  codes?: CodeField;
  required?: boolean;
}

export const OFFER_COLUMNS: readonly Column[] = [
  { field: 'id', kind: 'text', aliases: ['ID', 'Kennung'] },
  { field: 'name', kind: 'text', aliases: ['Name', 'Titel', 'Bezeichnung', 'Angebot'], required: true },
  { field: 'description', kind: 'multiline', aliases: ['Beschreibung', 'Text'] },
  { field: 'area', kind: 'codes', codes: 'area', aliases: ['Bereich', 'Bildungsbereich'], required: true },
  { field: 'audience', kind: 'codes', codes: 'audience', aliases: ['Zielgruppe', 'Zielgruppen'] },
  { field: 'ageMin', kind: 'integer', aliases: ['Alter von', 'Alter ab', 'Mindestalter'] },
  { field: 'ageMax', kind: 'integer', aliases: ['Alter bis', 'Höchstalter'] },
  { field: 'provider.name', kind: 'text', aliases: ['Anbieter', 'Träger'] },
  { field: 'provider.url', kind: 'url', aliases: ['Anbieter Website', 'Anbieter Webseite', 'Anbieter URL'] },
  { field: 'provider.email', kind: 'email', aliases: ['E-Mail', 'Anbieter E-Mail'] },
  { field: 'provider.phone', kind: 'text', aliases: ['Telefon', 'Anbieter Telefon'] },
  { field: 'location.name', kind: 'text', aliases: ['Veranstaltungsort', 'Ortsname'] },
  { field: 'location.street', kind: 'text', aliases: ['Straße', 'Adresse'] },
  { field: 'location.postalCode', kind: 'text', aliases: ['PLZ', 'Postleitzahl'] },
  { field: 'location.locality', kind: 'text', aliases: ['Ort', 'Stadt'] },
  { field: 'location.municipality', kind: 'text', aliases: ['Gemeinde', 'Kommune'] },
  { field: 'location.lat', kind: 'number', aliases: ['Breitengrad', 'Breite'] },
  { field: 'location.lon', kind: 'number', aliases: ['Längengrad', 'Länge'] },
  { field: 'mode', kind: 'code', codes: 'mode', aliases: ['Form', 'Format', 'Veranstaltungsform'] },
  { field: 'languages', kind: 'languages', aliases: ['Sprachen', 'Sprache'] },
  { field: 'cost.free', kind: 'boolean', aliases: ['kostenlos', 'kostenfrei', 'gebührenfrei'] },
  { field: 'cost.amount', kind: 'amount', aliases: ['Preis', 'Kosten', 'Gebühr', 'Betrag'] },
  { field: 'cost.note', kind: 'text', aliases: ['Kostenhinweis', 'Preishinweis'] },
  { field: 'accessibility', kind: 'codes', codes: 'accessibility', aliases: ['Barrierefreiheit', 'barrierefrei'] },
  { field: 'schedule.startDate', kind: 'date', aliases: ['Beginn', 'Startdatum'] },
  { field: 'schedule.endDate', kind: 'date', aliases: ['Ende', 'Enddatum'] },
  { field: 'schedule.text', kind: 'text', aliases: ['Zeiten', 'Termine', 'Zeitraum'] },
  { field: 'url', kind: 'url', aliases: ['Link', 'Website', 'Webseite', 'Internet'] },
  { field: 'keywords', kind: 'list', aliases: ['Schlagwörter', 'Stichwörter', 'Suchbegriffe', 'Schlagworte'] },
  { field: 'updated', kind: 'date', aliases: ['aktualisiert', 'Stand', 'zuletzt geändert'] },
];

/** A header as compared: umlauts folded, lower case, only letters, digits and dots ("E-Mail" = "email"). */
export function headerKey(header: string): string {
  return fold(header).replace(/[^a-z0-9.]/g, '');
}

const byKey = new Map<string, Column>();
for (const column of OFFER_COLUMNS) {
  for (const name of [column.field, ...column.aliases]) byKey.set(headerKey(name), column);
}

/** The column a header means, or undefined. */
export function columnFor(header: string): Column | undefined {
  return byKey.get(headerKey(header));
}

/**
 * The texts of the problems the validator finds in a feed (`formatProblem`), in German and
 * English. Only an editor's console report and debug report show them, so they come in a file of
 * their own next to an editor bundle (`bildung-*.problems.js`), loaded when a feed has problems.
 * This module imports nothing.
 */
const de = {
  type: (expected: string, actual: string) => `${typeName(expected)} erwartet, ${typeName(actual)} gefunden`,
  required: 'Pflichtfeld fehlt',
  'min-items': 'mindestens ein Eintrag erwartet',
  empty: 'darf nicht leer sein',
  range: (actual: string) => `Wert ${actual} liegt außerhalb des erlaubten Bereichs`,
  format: (expected: string) => `ungültiges Format (${expected === 'date' ? 'JJJJ-MM-TT' : expected} erwartet)`,
  'unsafe-url': 'keine zulässige Adresse (nur http, https, mailto und tel)',
  duplicate: (id: string) => `doppelte ID „${id}“`,
  'unknown-code': (code: string) => `unbekannter Code „${code}“`,
  markup: 'enthält HTML-Code; er wird als Text angezeigt, nicht ausgeführt',
  'too-long': (length: number, cut: boolean) =>
    `zu lang (${length.toLocaleString('de-DE')} Zeichen${cut ? '), auf 50.000 Zeichen gekürzt' : ', höchstens 50.000)'}`,
  version: (actual: string) => `Version ${actual} wird nicht unterstützt (erwartet: 1)`,
};

function typeName(t: string): string {
  return t
    .split(' or ')
    .map(
      (one) =>
        ({ string: 'Text', number: 'Zahl', integer: 'ganze Zahl', boolean: 'ja/nein', object: 'Objekt', array: 'Liste', null: 'null' })[
          one
        ] ?? one,
    )
    .join(' oder ');
}

/** Typed against the German texts, so nothing can be left untranslated. */
const en: typeof de = {
  type: (expected, actual) => `expected ${expected}, found ${actual}`,
  required: 'required field missing',
  'min-items': 'at least one entry expected',
  empty: 'must not be empty',
  range: (actual) => `value ${actual} is out of range`,
  format: (expected) => `invalid format (expected ${expected === 'date' ? 'YYYY-MM-DD' : expected})`,
  'unsafe-url': 'not an allowed address (only http, https, mailto and tel)',
  duplicate: (id) => `duplicate id "${id}"`,
  'unknown-code': (code) => `unknown code "${code}"`,
  markup: 'contains HTML; it is shown as text, never run',
  'too-long': (length, cut) => `too long (${length.toLocaleString('en-GB')} characters${cut ? '), cut to 50,000 characters' : ', at most 50,000)'}`,
  version: (actual) => `version ${actual} is not supported (expected: 1)`,
};

/** Per language (`de`, `en`), the problem texts. */
export const problemTexts: Record<string, typeof de | undefined> = { de, en };

/**
 * Text folding shared by indexing, querying and highlighting, so that all three agree on what
 * a "word" is: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped (é→e).
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };
const PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ẞ: 'ss' };
const NOT_ASCII = /[^\0-\x7f]/;

function stripMarks(s: string) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The canonical form of a word: `Frühförderung` → `fruehfoerderung`, `Straße` → `strasse`. */
export function fold(word: string): string {
  // Plain ASCII has nothing to replace or strip (and is most of what is folded).
  if (!NOT_ASCII.test(word)) return word.toLowerCase();
  return stripMarks(word.toLowerCase().replace(/[äöüßẞ]/g, (c) => UMLAUTS[c]!));
}

/** The form without the umlaut's e (`Frühförderung` → `fruhforderung`), for people who type it so. */
export function foldPlain(word: string): string {
  return stripMarks(word.toLowerCase().replace(/[äöüßẞ]/g, (c) => PLAIN[c]!));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text. */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map(fold);
}

/** Every word of a text with its position, for highlighting. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * A sound-alike key of a folded word, for spellings people hear rather than see: ph → f,
 * c → k (but not in ch/sch), ck → k, tz → z, th → t, and doubled letters as one
 * (`Physiotherapie` ≈ `fysioterapie`, `Schwimmen` ≈ `schwimen`, `Katze` ≈ `kaze`).
 */
export function phonetic(folded: string): string {
  return folded
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/tz/g, 'z')
    .replace(/th/g, 't')
    .replace(/([a-z])\1+/g, '$1');
}

/** The forms a word is indexed under: folded, with plain vowels for umlauts, and by sound. */
export function wordForms(raw: string): string[] {
  const main = fold(raw);
  const forms = [main];
  const plain = foldPlain(raw);
  if (plain !== main) forms.push(plain);
  const sound = phonetic(main);
  if (sound !== main && sound !== plain) forms.push(sound);
  return forms;
}

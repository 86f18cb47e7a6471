import { isIsoDate } from '../../../core/src/feed/validate.js';
import { fold } from '../../../core/src/search/normalize.js';
import { de } from '../../../core/src/i18n/de.js';
import { en } from '../../../core/src/i18n/en.js';
import { headerKey, type CodeField } from './columns.js';

/**
 * Cell values as Excel writes them with German settings → feed values. Each parser returns
 * `undefined` for a value it cannot read (the caller reports it and leaves the field out).
 */

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'wahr', 'true', '✓', '✔', 'kostenlos', 'kostenfrei', 'gratis']);
const FALSE = new Set(['nein', 'n', 'no', '0', 'falsch', 'false', '-', 'kostenpflichtig']);

export function parseBoolean(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

/** `12,5`, `1.234,50`, `12.5`, `1,234.50` (a lone comma is always decimal, as in German). */
export function parseDecimal(cell: string): number | undefined {
  const v = cell.replace(/[\s\u00a0\u202f]/g, '');
  let n: string | undefined;
  if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(v)) n = v.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+(?:,\d+)?$/.test(v)) n = v.replace(',', '.');
  else if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(v)) n = v.replace(/,/g, '');
  else if (/^[-+]?\d*\.\d+$/.test(v)) n = v;
  if (n === undefined) return undefined;
  const value = Number(n);
  return Number.isFinite(value) ? value : undefined;
}

/** A euro amount (`12,50 €`, `EUR 12`) or the word for free (→ `'free'`). */
export function parseAmount(cell: string): number | 'free' | undefined {
  const v = cell.trim();
  if (/^(kostenlos|kostenfrei|gratis|frei|free|umsonst)$/i.test(v)) return 'free';
  return parseDecimal(v.replace(/€|\bEUR\b|\bEuro\b/gi, ''));
}

/** A whole number; "3 Jahre" is 3. */
export function parseInteger(cell: string): number | undefined {
  const v = cell.trim().replace(/\s*(?:Jahre?n?|J\.)$/i, '');
  if (!/^\d{1,3}$/.test(v)) return undefined;
  return Number(v);
}

/** `2026-03-01`, `1.3.2026`, `01.03.26` (→ 2026), each optionally with a time Excel appended. */
export function parseDate(cell: string): string | undefined {
  const v = cell.trim();
  let iso: string | undefined;
  const isoMatch = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v);
  if (isoMatch) iso = isoMatch[1];
  else if (german) {
    const year = german[3]!.length === 2 ? 2000 + Number(german[3]) : Number(german[3]);
    iso = `${year}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
  }
  return iso && isIsoDate(iso) ? iso : undefined;
}

/** A comma list inside one cell (also `;` and line breaks), trimmed, empty items and repeats left out. */
export function splitList(cell: string): string[] {
  return [...new Set(cell.split(/[,;\n\r]+/).map((s) => s.trim()).filter(Boolean))];
}

/** A web address as editors type it: `www.example.de` gets `https://`, an e-mail address `mailto:`. */
export function normaliseUrl(cell: string): string {
  const v = cell.trim();
  if (/^www\./i.test(v)) return `https://${v}`;
  if (/^[^\s@/:]+@[^\s@/]+\.[a-z]{2,}$/i.test(v)) return `mailto:${v}`;
  return v;
}

// ---- codes: the code itself or its German or English label ("Frühkindliche Bildung", "vor Ort")
const SYNONYMS: Partial<Record<CodeField, Record<string, string>>> = {
  area: { kita: 'fruehkindlich', kindertagesstaette: 'fruehkindlich', beruf: 'ausbildung', berufsbildung: 'ausbildung' },
  mode: { vorort: 'praesenz' },
};
const codeMaps = new Map<CodeField, Map<string, string>>();
function codeMap(field: CodeField): Map<string, string> {
  let map = codeMaps.get(field);
  if (!map) {
    map = new Map();
    for (const [code, label] of Object.entries(de.codes[field])) {
      map.set(headerKey(code), code);
      map.set(headerKey(label), code);
      const english = (en.codes[field] as Record<string, string>)[code];
      if (english) map.set(headerKey(english), code);
    }
    for (const [word, code] of Object.entries(SYNONYMS[field] ?? {})) map.set(word, code);
    codeMaps.set(field, map);
  }
  return map;
}

/** The code a cell item means, or `undefined` when it is none of them (kept as written, reported as unknown). */
export function mapCode(field: CodeField, item: string): string | undefined {
  return codeMap(field).get(headerKey(item));
}

// ---- languages: ISO 639-1 codes, or their names in German or English ("Deutsch", "Arabic")
const ISO_639_1 =
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  );
let languageNames: Map<string, string> | undefined;
function languageMap(): Map<string, string> {
  if (languageNames) return languageNames;
  languageNames = new Map();
  const extra: Record<string, string> = { farsi: 'fa', persisch: 'fa', dari: 'fa', kurdisch: 'ku' };
  for (const [word, code] of Object.entries(extra)) languageNames.set(word, code);
  for (const locale of ['de', 'en']) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of ISO_639_1) {
      const name = names.of(code);
      if (name) languageNames.set(headerKey(name), code);
    }
  }
  return languageNames;
}

/** The ISO 639-1 code of `item` (a code or a language name), or undefined. */
export function mapLanguage(item: string): string | undefined {
  const v = item.trim();
  if (/^[a-z]{2}$/i.test(v) && ISO_639_1.includes(v.toLowerCase())) return v.toLowerCase();
  return languageMap().get(headerKey(v));
}

/** URL-safe id from a name: "Deutschkurs A1 (vhs)" → "deutschkurs-a1-vhs". */
export function slug(name: string): string {
  const s = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'angebot';
}

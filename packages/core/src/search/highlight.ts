import { wordForms, words } from './normalize.js';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matched segments for the words a search matched. Returns plain
 * strings only: the caller renders them as text, never as HTML.
 */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  if (!terms.size || !text) return [{ text, match: false }];
  const out: Segment[] = [];
  let last = 0;
  for (const { word, start, end } of words(text)) {
    if (!wordForms(word).some((form) => terms.has(form))) continue;
    if (start > last) out.push({ text: text.slice(last, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

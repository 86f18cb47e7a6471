/**
 * Typo matching of one query word against one vocabulary word, with Myers' bit-parallel edit
 * distance (one machine word per column). It answers the three questions the search asks, in
 * one or two passes over the vocabulary word:
 * - whole: edit distance between the two words;
 * - prefix: the smallest distance between the query word and any start of the vocabulary word
 *   (a long word still being typed);
 * - infix: the smallest distance between the query word and any part of the vocabulary word
 *   (a word inside a German compound: "musikschuhle" in "kreismusikschule").
 */
export interface Pattern {
  readonly length: number;
  readonly ascii: Int32Array;
  readonly other: Map<number, number>;
}

/** Query words longer than this are compared by their first 31 letters. */
const MAX_PATTERN = 31;

export function compilePattern(word: string): Pattern {
  const length = Math.min(word.length, MAX_PATTERN);
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return { length, ascii, other };
}

export interface Distances {
  /** Distance to the whole text (with a free start: to the best-matching end of it). */
  whole: number;
  /** The smallest distance over all end positions. */
  best: number;
}

/**
 * Myers' algorithm. With `freeStart` the match may begin anywhere in `text` (row 0 stays 0);
 * without, it must begin at the text's start (row 0 grows by one per letter).
 */
function distances(p: Pattern, text: string, freeStart: boolean): Distances {
  const m = p.length;
  const high = 1 << (m - 1);
  const carry = freeStart ? 0 : 1;
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? p.ascii[c]! : (p.other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph = (ph << 1) | carry;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return { whole: score, best };
}

/** Edit distance to the whole `text` (`whole`) and to its best-matching start (`prefix`). */
export function globalDistances(p: Pattern, text: string): { whole: number; prefix: number } {
  const { whole, best } = distances(p, text, false);
  return { whole, prefix: best };
}

/** Smallest edit distance between the pattern and any part of `text`. */
export function infixDistance(p: Pattern, text: string): number {
  return distances(p, text, true).best;
}

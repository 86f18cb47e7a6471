import Fuse from 'fuse.js';
import { fold, foldPlain, tokenize } from './normalize.js';

/** One searchable field of a document, with its weight in the ranking. */
export interface SearchField<T> {
  name: string;
  weight: number;
  text(doc: T): string | readonly string[] | undefined;
}

export interface SearchResult {
  /** Indices of the matching documents, best first; for an empty query every document in index order. */
  matches: Int32Array;
  /** The indexed (folded) words the query matched, for highlighting. */
  terms: Set<string>;
  /** The folded query words that took part. */
  tokens: string[];
}

/** The one search interface every widget uses; implementations may change behind it. */
export interface Searcher {
  readonly size: number;
  search(query: string): SearchResult;
}

// Quality of a word match, before the field's weight.
const EXACT = 1;
const PREFIX = 0.8;
const INFIX = 0.45; // inside a compound: "kurs" in "schwimmkurs"
const FUZZY = 0.6; // per error less
const FUZZY_ERROR_COST = 0.15;

/** Small words that would otherwise make an AND search come up empty. */
const STOP_WORDS = new Set(
  'und oder fuer in im am an auf aus bei der die das den dem des ein eine einen einer mit von vom zu zum zur the and for of in with'.split(' '),
);

/** Typos tolerated per word: none below 5 letters (short prefixes would match too much), one up to 7, two from 8. */
export function allowedErrors(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * An inverted index over the folded words of each document's fields. A query word matches a
 * vocabulary word exactly, as a prefix (while typing), inside a compound, or with typos (fuse.js
 * over the vocabulary, not over whole documents, which keeps every keystroke cheap). Several
 * query words are ANDed.
 */
export class SearchIndex<T> implements Searcher {
  readonly size: number;
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postingDocs: number[][] = [];
  private readonly postingMasks: number[][] = [];
  private readonly sortedTerms: string[];
  private readonly weightOfMask: Float64Array;
  private fuse?: Fuse<string>;

  constructor(docs: readonly T[], fields: readonly SearchField<T>[]) {
    if (fields.length > 16) throw new RangeError('SearchIndex supports at most 16 fields');
    this.size = docs.length;
    this.weightOfMask = new Float64Array(1 << fields.length);
    for (let mask = 1; mask < this.weightOfMask.length; mask++) {
      // The best field counts fully, further fields half: "Schleswig" as locality and
      // municipality outranks "Schleswig" inside one provider name.
      const weights = fields.filter((_, f) => mask & (1 << f)).map((f) => f.weight);
      const best = Math.max(...weights);
      this.weightOfMask[mask] = best + 0.5 * (weights.reduce((a, b) => a + b, 0) - best);
    }
    // Folding is the costly part of indexing; each distinct word is folded once.
    const folded = new Map<string, [string, string | undefined]>();
    const forms = (raw: string) => {
      let pair = folded.get(raw);
      if (!pair) {
        const main = fold(raw);
        const plain = foldPlain(raw);
        folded.set(raw, (pair = [main, plain === main ? undefined : plain]));
      }
      return pair;
    };
    docs.forEach((doc, docIndex) => {
      fields.forEach((field, f) => {
        const value = field.text(doc);
        const texts = typeof value === 'string' ? [value] : (value ?? []);
        for (const text of texts) {
          if (typeof text !== 'string') continue;
          for (const raw of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
            const [main, plain] = forms(raw);
            this.add(main, docIndex, 1 << f);
            if (plain) this.add(plain, docIndex, 1 << f);
          }
        }
      });
    });
    this.sortedTerms = [...this.terms].sort();
  }

  private add(term: string, doc: number, bit: number) {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postingDocs.push([]);
      this.postingMasks.push([]);
    }
    const docsOf = this.postingDocs[id]!;
    const last = docsOf.length - 1;
    // Documents are added in order, so a repeated word of the same document is the last posting.
    if (last >= 0 && docsOf[last] === doc) this.postingMasks[id]![last]! |= bit;
    else {
      docsOf.push(doc);
      this.postingMasks[id]!.push(bit);
    }
  }

  /** Vocabulary words a query word matches, with the quality of each match. */
  private candidates(token: string): Map<number, number> {
    const found = new Map<number, number>();
    const offer = (term: string, quality: number) => {
      const id = this.termIds.get(term)!;
      if ((found.get(id) ?? 0) < quality) found.set(id, quality);
    };
    // Prefix scan over the sorted vocabulary (exact match included).
    let lo = 0;
    let hi = this.sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedTerms[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sortedTerms.length && this.sortedTerms[i]!.startsWith(token); i++) {
      const term = this.sortedTerms[i]!;
      offer(term, term === token ? EXACT : PREFIX + (0.1 * token.length) / term.length);
    }
    // Inside compounds from 4 letters ("kurs" in "schwimmkurs"), with typos from 5.
    if (token.length < 4) return found;
    const errors = allowedErrors(token.length);
    this.fuse ??= new Fuse(this.sortedTerms, {
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.26,
      minMatchCharLength: 3,
    });
    for (const hit of this.fuse.search(token)) {
      const term = hit.item;
      const score = hit.score ?? 1;
      const madeErrors = Math.round(score * token.length);
      if (madeErrors > errors) continue;
      const start = hit.matches?.[0]?.indices?.[0]?.[0] ?? 0;
      if (madeErrors === 0) {
        // The query word stands whole inside a compound ("kurs" in "schwimmkurs").
        if (start > 0) offer(term, INFIX);
      } else if (start <= 1 && (Math.abs(term.length - token.length) <= errors || token.length >= 7)) {
        // A typo in a whole word ("integrazionskurs"), or in the start of a long word being
        // typed ("schwimen" → "schwimmkurs"); short words must not fuzz into longer ones
        // ("schule" is not "schleswig").
        offer(term, FUZZY - FUZZY_ERROR_COST * madeErrors);
      } else if (token.length >= 7 && madeErrors <= (token.length >= 12 ? 2 : 1)) {
        // A typo in a long word inside a compound: "musikschuhle" in "Kreismusikschule".
        offer(term, INFIX - FUZZY_ERROR_COST * madeErrors);
      }
    }
    return found;
  }

  search(query: string): SearchResult {
    const all = [...new Set(tokenize(query))];
    // Stop words are dropped, except a last word still being typed (it may start a longer word).
    const typing = /[\p{L}\p{N}]$/u.test(query);
    const content = all.filter((t, i) => !STOP_WORDS.has(t) || (typing && i === all.length - 1));
    const tokens = content.length ? content : all;
    const terms = new Set<string>();
    if (!tokens.length) {
      const matches = new Int32Array(this.size);
      for (let i = 0; i < this.size; i++) matches[i] = i;
      return { matches, terms, tokens };
    }
    const total = new Float64Array(this.size);
    const hits = new Uint8Array(this.size);
    const best = new Float64Array(this.size);
    for (const token of tokens) {
      const touched: number[] = [];
      for (const [id, quality] of this.candidates(token)) {
        terms.add(this.terms[id]!);
        const docs = this.postingDocs[id]!;
        const masks = this.postingMasks[id]!;
        for (let p = 0; p < docs.length; p++) {
          const doc = docs[p]!;
          const score = quality * this.weightOfMask[masks[p]!]!;
          if (best[doc] === 0) touched.push(doc);
          if (score > best[doc]!) best[doc] = score;
        }
      }
      for (const doc of touched) {
        total[doc]! += best[doc]!;
        hits[doc]!++;
        best[doc] = 0;
      }
    }
    const out: number[] = [];
    for (let doc = 0; doc < this.size; doc++) if (hits[doc] === tokens.length) out.push(doc);
    out.sort((a, b) => total[b]! - total[a]! || a - b);
    return { matches: Int32Array.from(out), terms, tokens };
  }
}

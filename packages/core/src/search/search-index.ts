import { compilePattern, globalDistances, infixDistance } from './fuzzy.js';
import { phonetic, tokenize, wordForms } from './normalize.js';
import { slicer } from '../scheduling.js';

/** One searchable field of a document, with its weight in the ranking. */
export interface SearchField<T> {
  name: string;
  weight: number;
  text(doc: T): string | readonly string[] | undefined;
}

/** Postings as a prebuilt index stores them: `terms` sorted, term i's postings at `[start[i], start[i + 1])`. */
export interface PackedPostings {
  terms: readonly string[];
  start: Int32Array;
  docs: Int32Array;
  masks: Uint16Array;
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
const SOUND = 0.85; // a match through the sound-alike form of the query word
// Sort keys pack a quantised score and the document index into one float64.
const SCORE_STEPS = 2 ** 24;
const DOC_SLOTS = 2 ** 26;

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
 * vocabulary word exactly, as a prefix (while typing), inside a compound, by sound (`ph`/`f`,
 * doubled letters …) or with typos (bit-parallel edit distance over the vocabulary, not over
 * whole documents, which keeps every keystroke cheap). Several query words are ANDed.
 */
export class SearchIndex<T> implements Searcher {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  // Postings of term `id`: postingDocs/postingMasks[postingStart[id] .. postingStart[id + 1]).
  private postingStart!: Int32Array;
  private postingDocs!: Int32Array;
  private postingMasks!: Uint16Array;
  private building?: Building;
  private total?: Float64Array;
  private hits?: Uint8Array;
  private best?: Float64Array;
  private sortedTerms: string[] = [];
  private sortedIds = new Int32Array(0);
  private readonly weightOfMask: Float64Array;
  /** Recent query words and their matches: backspacing and retyping costs nothing. */
  private readonly cache = new Map<string, Map<number, number>>();

  /** Documents indexed so far by `grow`. */
  private grown = 0;

  /** Builds the whole index at once; for big lists see `SearchIndex.growing`. */
  constructor(
    private docs: readonly T[],
    private readonly fields: readonly SearchField<T>[],
    deferred = false,
  ) {
    if (fields.length > 16) throw new RangeError('SearchIndex supports at most 16 fields');
    this.weightOfMask = new Float64Array(1 << fields.length);
    for (let mask = 1; mask < this.weightOfMask.length; mask++) {
      // The best field counts fully, further fields half: "Schleswig" as locality and
      // municipality outranks "Schleswig" inside one provider name.
      const weights = fields.filter((_, f) => mask & (1 << f)).map((f) => f.weight);
      const best = Math.max(...weights);
      this.weightOfMask[mask] = best + 0.5 * (weights.reduce((a, b) => a + b, 0) - best);
    }
    this.building = new Building((raw) => wordForms(raw).map((form) => this.termId(form)));
    if (!deferred) {
      this.indexDocs(0, docs.length);
      for (const _ of this.finish()) {
        // In one go.
      }
    }
  }

  /**
   * An index that grows while its documents arrive (a big feed still downloading): `grow` indexes
   * each new batch, `settle` gives the documents their final order once all are there.
   */
  static growing<T>(fields: readonly SearchField<T>[]): SearchIndex<T> {
    return new SearchIndex<T>([], fields, true);
  }

  /** Indexes the documents appended to `docs` since the last call. */
  grow(docs: readonly T[]): void {
    this.docs = docs;
    this.indexDocs(this.grown, docs.length);
    this.grown = docs.length;
  }

  /**
   * Finishes a growing index: `docs` are the grown documents in their final order, `order[i]`
   * the position at which `docs[i]` was grown. Gives the browser a turn after every `sliceMs`.
   */
  async settle(docs: readonly T[], order: ArrayLike<number>, sliceMs = 25): Promise<this> {
    const finalPosition = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) finalPosition[order[i]!] = i;
    const postings = this.building!.docs;
    for (let p = 0; p < postings.length; p++) postings[p] = finalPosition[postings[p]!]!;
    this.docs = docs;
    const turn = slicer(sliceMs);
    for (const _ of this.finish()) await turn();
    return this;
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.docs.length;
  }

  /**
   * An index read from a prebuilt file (see `readPrebuiltIndex`): `terms` sorted, the postings of
   * `terms[i]` at `docs/masks[start[i] .. start[i + 1])`. No documents are needed to search it.
   */
  static fromPacked<T>(size: number, fields: readonly SearchField<T>[], packed: PackedPostings): SearchIndex<T> {
    const index = new SearchIndex<T>({ length: size } as readonly T[], fields, true);
    index.building = undefined;
    for (const term of packed.terms) index.terms.push(term);
    index.sortedTerms = index.terms;
    index.sortedIds = Int32Array.from(packed.terms, (_, i) => i);
    index.postingStart = packed.start;
    index.postingDocs = packed.docs;
    index.postingMasks = packed.masks;
    return index;
  }

  private indexDocs(from: number, to: number) {
    const fields = this.fields;
    // (Counted loops, no arrays made per value: iterators are slow in code that has not been
    // optimised yet, and indexing runs once.)
    for (let doc = from; doc < to; doc++) {
      for (let f = 0; f < fields.length; f++) {
        const value = fields[f]!.text(this.docs[doc]!);
        if (typeof value === 'string') this.indexText(value, doc, 1 << f);
        else if (value) for (let v = 0; v < value.length; v++) if (typeof value[v] === 'string') this.indexText(value[v]!, doc, 1 << f);
      }
    }
  }

  private indexText(text: string, doc: number, bit: number) {
    const building = this.building!;
    for (let w = 0, n = building.wordsOf(text); w < n; w++) {
      const ids = building.formIds[building.found[w]!]!;
      for (let k = 0; k < ids.length; k++) building.add(ids[k]!, doc, bit);
    }
  }

  /**
   * Packs the postings and sorts the vocabulary. A generator that pauses now and then: the
   * constructor runs it in one go, `settle` gives the browser a turn at the pauses.
   */
  private *finish(): Generator<void> {
    yield* this.pack();
    yield;
    this.sortedTerms = [...this.terms].sort();
    this.sortedIds = Int32Array.from(this.sortedTerms, (term) => this.termIds.get(term)!);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /**
   * Sorts the postings by term into three typed arrays (a fraction of the memory, faster to
   * walk). A generator: it pauses every 200,000 postings, so a sliced build can give the browser a turn.
   */
  private *pack(): Generator<void> {
    const building = this.building!;
    const terms = this.terms.length;
    const n = building.docs.length;
    const start = new Int32Array(terms + 1);
    for (let p = 0; p < n; p++) start[building.terms[p]! + 1]!++;
    for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, terms);
    const docs = new Int32Array(n);
    const masks = new Uint16Array(n);
    // Each term's postings stay in the order they were recorded: document order, except in an
    // index that grew (the search does not depend on it).
    for (let p = 0; p < n; p++) {
      const at = fill[building.terms[p]!]!++;
      docs[at] = building.docs[p]!;
      masks[at] = building.masks[p]!;
      if (p % 200_000 === 199_999) yield;
    }
    this.building = undefined;
    this.postingStart = start;
    this.postingDocs = docs;
    this.postingMasks = masks;
  }

  /** Vocabulary words a query word (or its sound-alike form) matches, with the quality of each match. */
  private candidates(token: string): Map<number, number> {
    let found = this.cache.get(token);
    if (found) return found;
    found = this.match(token);
    const sound = phonetic(token);
    if (sound !== token) {
      for (const [id, quality] of this.match(sound)) {
        if ((found.get(id) ?? 0) < quality * SOUND) found.set(id, quality * SOUND);
      }
    }
    if (this.cache.size > 256) this.cache.clear();
    this.cache.set(token, found);
    return found;
  }

  private match(token: string): Map<number, number> {
    const found = new Map<number, number>();
    const offer = (id: number, quality: number) => {
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
      offer(this.sortedIds[i]!, term === token ? EXACT : PREFIX + (0.1 * token.length) / term.length);
    }
    // Inside compounds from 4 letters ("kurs" in "schwimmkurs"), with typos from 5.
    if (token.length < 4) return found;
    const errors = allowedErrors(token.length);
    const infixErrors = token.length >= 12 ? 2 : token.length >= 7 ? 1 : 0;
    const pattern = errors ? compilePattern(token) : undefined;
    const n = token.length;
    for (let id = 0; id < this.terms.length; id++) {
      const term = this.terms[id]!;
      const len = term.length;
      if (len < n - errors) continue;
      if (pattern && (len - n <= errors || n >= 7)) {
        const d = globalDistances(pattern, term);
        // A typo in a whole word ("integrazionskurs"), or in the start of a long word being
        // typed ("schwimen" → "schwimmkurs"); short words must not fuzz into longer ones
        // ("schule" is not "schleswig").
        if (d.whole > 0 && d.whole <= errors && Math.abs(len - n) <= errors) offer(id, FUZZY - FUZZY_ERROR_COST * d.whole);
        else if (n >= 7 && d.prefix > 0 && d.prefix <= errors) offer(id, FUZZY - FUZZY_ERROR_COST * d.prefix);
      }
      if (len <= n) continue;
      if (infixErrors === 0) {
        // The query word stands whole inside a compound.
        if (term.indexOf(token, 1) > 0) offer(id, INFIX);
      } else {
        // A long word inside a compound, also with a typo ("musikschuhle" in "kreismusikschule").
        const d = infixDistance(pattern!, term);
        if (d <= infixErrors) offer(id, INFIX - FUZZY_ERROR_COST * d);
      }
    }
    return found;
  }

  search(query: string): SearchResult {
    const all = [...new Set(tokenize(query))];
    // Stop words are dropped, except a last word still being typed (it may start a longer word).
    const typing = LETTER_OR_DIGIT_AT_END.test(query);
    const content = all.filter((t, i) => !STOP_WORDS.has(t) || (typing && i === all.length - 1));
    const tokens = content.length ? content : all;
    const terms = new Set<string>();
    if (!tokens.length) {
      const matches = new Int32Array(this.size);
      for (let i = 0; i < this.size; i++) matches[i] = i;
      return { matches, terms, tokens };
    }
    // Work buffers live as long as the index: a keystroke allocates nothing in proportion to it.
    const total = (this.total ??= new Float64Array(this.size));
    const hits = (this.hits ??= new Uint8Array(this.size));
    const best = (this.best ??= new Float64Array(this.size));
    let pool: number[] = [];
    tokens.forEach((token, round) => {
      const touched: number[] = [];
      for (const [id, quality] of this.candidates(token)) {
        terms.add(this.terms[id]!);
        const end = this.postingStart[id + 1]!;
        for (let p = this.postingStart[id]!; p < end; p++) {
          const doc = this.postingDocs[p]!;
          // AND: after the first word only documents that matched every earlier word count.
          if (hits[doc] !== round) continue;
          const score = quality * this.weightOfMask[this.postingMasks[p]!]!;
          if (best[doc] === 0) touched.push(doc);
          if (score > best[doc]!) best[doc] = score;
        }
      }
      for (const doc of touched) {
        total[doc]! += best[doc]!;
        hits[doc]!++;
        best[doc] = 0;
      }
      if (round === 0) pool = touched;
    });
    // Best first, ties in index order: one numeric sort of packed (score, index) keys.
    const keys = new Float64Array(pool.length);
    let n = 0;
    for (const doc of pool) {
      if (hits[doc] === tokens.length) keys[n++] = (SCORE_STEPS - Math.min(SCORE_STEPS, Math.round(total[doc]! * 256))) * DOC_SLOTS + doc;
      total[doc] = 0;
      hits[doc] = 0;
    }
    const sorted = keys.subarray(0, n).sort();
    const matches = new Int32Array(n);
    for (let i = 0; i < n; i++) matches[i] = sorted[i]! % DOC_SLOTS;
    return { matches, terms, tokens };
  }
}

/**
 * Every term of `index` in sorted order with its postings (documents and field masks), for
 * writing a prebuilt index. A function, not a method: the widgets never need it.
 */
export function* termPostings<T>(index: SearchIndex<T>): Generator<[term: string, docs: Int32Array, masks: Uint16Array]> {
  // Bracket access reads the private packed arrays without making them part of the class's API.
  const sortedTerms = index['sortedTerms'];
  const sortedIds = index['sortedIds'];
  const start = index['postingStart'];
  for (let i = 0; i < sortedTerms.length; i++) {
    const id = sortedIds[i]!;
    yield [sortedTerms[i]!, index['postingDocs'].subarray(start[id]!, start[id + 1]!), index['postingMasks'].subarray(start[id]!, start[id + 1]!)];
  }
}

/**
 * What indexing needs until the postings are packed. The postings as flat arrays of small
 * integers in the order they are found (term, document, field mask): no array per term, so
 * indexing 10,000 offers makes little garbage. And the distinct words: folding is the costly part
 * of indexing, so each distinct word is folded once, and `wordsOf` finds it again by a hash of its
 * letters, without making a string of it.
 */
class Building {
  terms: number[] = [];
  docs: number[] = [];
  masks: number[] = [];
  /** Per term: its last document and where that posting is, to merge a word's repeats within one document. */
  private lastDoc: number[] = [];
  private lastAt: number[] = [];
  private words: string[] = [];
  /** Per word: the ids of the terms it is indexed under. */
  formIds: number[][] = [];
  /** The last word with a hash; per word, the one before it with the same hash (or -1). */
  private byHash = new Map<number, number>();
  private sameHash: number[] = [];

  constructor(private readonly termIds: (word: string) => number[]) {}

  add(term: number, doc: number, bit: number) {
    if (this.lastDoc[term] === doc) {
      this.masks[this.lastAt[term]!]! |= bit;
      return;
    }
    this.lastDoc[term] = doc;
    this.lastAt[term] = this.docs.length;
    this.terms.push(term);
    this.docs.push(doc);
    this.masks.push(bit);
  }

  /** The words `wordsOf` found last, by number (one array for all texts: no garbage). */
  found: number[] = [];

  /** Finds the words of `text`, as `tokenize` does (runs of letters and digits), into `found`; returns how many. */
  wordsOf(text: string): number {
    let n = 0;
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.codePointAt(i)! : 32;
      // (Beyond the BMP the table has no entry: such a letter is looked up each time.)
      if ((kinds[c] ||= LETTER_OR_DIGIT_AT_END.test(String.fromCodePoint(c)) ? 1 : 2) === 1) {
        if (start < 0) start = i;
        hash = (Math.imul(hash, 31) + c) | 0;
        if (c > 0xffff) i++;
      } else if (start >= 0) {
        let word = this.byHash.get(hash) ?? -1;
        while (word >= 0 && !(this.words[word]!.length === i - start && text.startsWith(this.words[word]!, start))) word = this.sameHash[word]!;
        if (word < 0) {
          const raw = text.slice(start, i);
          word = this.words.push(raw) - 1;
          this.sameHash.push(this.byHash.get(hash) ?? -1);
          this.byHash.set(hash, word);
          this.formIds.push(this.termIds(raw));
        }
        this.found[n++] = word;
        start = -1;
        hash = 0;
      }
    }
    return n;
  }
}

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
/** Per code point of the BMP: 0 not yet known, 1 letter or digit (`[\p{L}\p{N}]`, as `tokenize` counts them), 2 neither. */
const kinds = new Uint8Array(65536);

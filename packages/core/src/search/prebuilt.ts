import { SearchIndex, type SearchField } from './search-index.js';
import { preparedFacet, type Facet, type PreparedFacet } from './facets.js';
import { yieldToMain } from '../scheduling.js';

/**
 * A prebuilt search index: what a finder needs to search, filter and count a split feed before
 * (and without) loading its entries. Written by `bildung-feed build-index`, read by the finder.
 * The format is documented in docs/FEED.md ("Große Feeds"). In short: the 4 bytes `BWIX`, a
 * little-endian uint32 with the byte length of a JSON header (format version, entry count,
 * field names, the sorted vocabulary, facet value names), then a stream of unsigned LEB128
 * numbers: postings per term, facet values per entry, number columns per entry.
 */
export const PREBUILT_FORMAT = 1;
const MAGIC = [0x42, 0x57, 0x49, 0x58]; // "BWIX"

interface Header {
  format: number;
  count: number;
  fields: string[];
  terms: string[];
  postings: number;
  facets: { key: string; names: string[] }[];
  numbers: string[];
}

/** A number per entry, e.g. `ageMin`; stored as 0 for none, else value + 1 (non-negative integers). */
export interface NumberColumn<T> {
  key: string;
  value(doc: T): number | undefined;
}

export interface PrebuiltIndex {
  count: number;
  search: SearchIndex<number>;
  /** Prepared value facets, by key (wrap them in a `FacetIndex` with the facets to use). */
  facets: Map<string, PreparedFacet<number>>;
  /** Number columns, by key; `-1` where an entry has no value. */
  numbers: Map<string, Int32Array>;
}

/** Why a prebuilt index cannot be used; the message is for the console and the debug report. */
export class PrebuiltIndexError extends Error {
  override name = 'PrebuiltIndexError';
}

// ---- writing (the CLI) ----

class Writer {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  uint(value: number) {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value > 0x7f) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Writes the prebuilt index of `docs` (in the order the split feed stores them). `fields` and
 * `facets` must be the ones the reader uses; the header names them so a mismatch is caught.
 */
export function writePrebuiltIndex<T>(
  docs: readonly T[],
  fields: readonly SearchField<T>[],
  facets: readonly Facet<T>[],
  numbers: readonly NumberColumn<T>[],
): Uint8Array {
  const index = new SearchIndex(docs, fields);
  const body = new Writer();
  const terms: string[] = [];
  let postings = 0;
  for (const [term, termDocs, masks] of index.postings()) {
    terms.push(term);
    postings += termDocs.length;
    // Grouped by field mask: most words stand in one field only, so the masks cost nearly nothing.
    const groups = new Map<number, number[]>();
    termDocs.forEach((doc, p) => {
      const mask = masks[p]!;
      let group = groups.get(mask);
      if (!group) groups.set(mask, (group = []));
      group.push(doc);
    });
    body.uint(groups.size);
    for (const [mask, group] of groups) {
      body.uint(mask);
      body.uint(group.length);
      let previous = 0;
      for (const doc of group) {
        body.uint(doc - previous);
        previous = doc;
      }
    }
  }
  const facetHeaders: Header['facets'] = [];
  for (const facet of facets) {
    if (!facet.values) continue;
    const ids = new Map<string, number>();
    const names: string[] = [];
    for (const doc of docs) {
      const values = [...new Set(facet.values(doc))];
      body.uint(values.length);
      for (const value of values) {
        let id = ids.get(value);
        if (id === undefined) {
          ids.set(value, (id = names.length));
          names.push(value);
        }
        body.uint(id);
      }
    }
    facetHeaders.push({ key: facet.key, names });
  }
  for (const column of numbers) {
    for (const doc of docs) {
      const value = column.value(doc);
      body.uint(value === undefined || !Number.isInteger(value) || value < 0 ? 0 : value + 1);
    }
  }
  const header: Header = {
    format: PREBUILT_FORMAT,
    count: docs.length,
    fields: fields.map((f) => f.name),
    terms,
    postings,
    facets: facetHeaders,
    numbers: numbers.map((n) => n.key),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyBytes = body.result();
  const out = new Uint8Array(8 + headerBytes.length + bodyBytes.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  out.set(bodyBytes, 8 + headerBytes.length);
  return out;
}

// ---- reading (the finder) ----

/** Reads LEB128 numbers; every read is bounds-checked, so a cut or tampered file fails cleanly. */
class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    public position: number,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.position;
  }

  uint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.position >= this.bytes.length) throw new PrebuiltIndexError('the index file ends too early');
      const byte = this.bytes[this.position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 28) throw new PrebuiltIndexError('a number in the index is out of range');
    }
  }

  /** A number below `limit`. */
  below(limit: number, what: string): number {
    const value = this.uint();
    if (value >= limit) throw new PrebuiltIndexError(`${what} ${value} is out of range (< ${limit})`);
    return value;
  }
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function readHeader(bytes: Uint8Array): { header: Header; bodyStart: number } {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new PrebuiltIndexError('not a bildung-widgets index file (BWIX)');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + length > bytes.length) throw new PrebuiltIndexError('the index file ends inside its header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  } catch {
    throw new PrebuiltIndexError('the header of the index file is not JSON');
  }
  const ok =
    header !== null &&
    typeof header === 'object' &&
    Number.isInteger(header.count) &&
    header.count >= 0 &&
    header.count < 2 ** 26 &&
    Number.isInteger(header.postings) &&
    header.postings >= 0 &&
    isStringList(header.fields) &&
    isStringList(header.terms) &&
    isStringList(header.numbers) &&
    Array.isArray(header.facets) &&
    header.facets.every((f) => f !== null && typeof f === 'object' && typeof f.key === 'string' && isStringList(f.names));
  if (!ok) throw new PrebuiltIndexError('the header of the index file is incomplete');
  if (header.format !== PREBUILT_FORMAT) throw new PrebuiltIndexError(`index format ${String(header.format)} is not supported (expected ${PREBUILT_FORMAT})`);
  return { header, bodyStart: 8 + length };
}

/**
 * Reads a prebuilt index, checking every number against the header, in slices of about
 * `sliceMs` with a turn for the browser in between. Throws `PrebuiltIndexError` for a file that
 * does not fit `fields`, or is cut or damaged.
 */
export async function readPrebuiltIndex<T>(
  buffer: ArrayBuffer | Uint8Array,
  fields: readonly SearchField<T>[],
  sliceMs = 25,
): Promise<PrebuiltIndex> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const { header, bodyStart } = readHeader(bytes);
  const expected = fields.map((f) => f.name).join(',');
  if (header.fields.join(',') !== expected) {
    throw new PrebuiltIndexError(`the index searches other fields (${header.fields.join(', ')}; expected ${fields.map((f) => f.name).join(', ')}): build it again with this version`);
  }
  for (let i = 1; i < header.terms.length; i++) {
    if (!(header.terms[i - 1]! < header.terms[i]!)) throw new PrebuiltIndexError('the vocabulary of the index is not sorted');
  }
  const reader = new Reader(bytes, bodyStart);
  // Every posting takes at least one byte: a header cannot make us allocate more than the file holds.
  if (header.postings > reader.remaining) throw new PrebuiltIndexError('the index file is shorter than its header says');
  const { count } = header;
  const maskLimit = 1 << fields.length;
  const start = new Int32Array(header.terms.length + 1);
  const docs = new Int32Array(header.postings);
  const masks = new Uint16Array(header.postings);
  let p = 0;
  let sliceStart = performance.now();
  const turn = async () => {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  };
  for (let t = 0; t < header.terms.length; t++) {
    const groups = reader.uint();
    for (let g = 0; g < groups; g++) {
      const mask = reader.below(maskLimit, 'a field mask');
      const n = reader.uint();
      if (p + n > header.postings) throw new PrebuiltIndexError('the index holds more postings than its header says');
      let doc = 0;
      for (let i = 0; i < n; i++) {
        doc += reader.uint();
        if (doc >= count) throw new PrebuiltIndexError(`entry ${doc} is out of range (< ${count})`);
        docs[p] = doc;
        masks[p++] = mask;
      }
    }
    start[t + 1] = p;
    if ((t & 63) === 0) await turn();
  }
  if (p !== header.postings) throw new PrebuiltIndexError('the index holds fewer postings than its header says');
  const prepared = new Map<string, PreparedFacet<number>>();
  for (const { key, names } of header.facets) {
    const facetStart = new Int32Array(count + 1);
    const valueIds: number[] = [];
    for (let d = 0; d < count; d++) {
      const k = reader.below(names.length + 1, 'a value count');
      for (let i = 0; i < k; i++) valueIds.push(reader.below(names.length, `a value of ${key}`));
      facetStart[d + 1] = valueIds.length;
      if ((d & 4095) === 0) await turn();
    }
    prepared.set(key, preparedFacet({ key }, names, facetStart, Int32Array.from(valueIds)));
  }
  const numbers = new Map<string, Int32Array>();
  for (const key of header.numbers) {
    const column = new Int32Array(count);
    for (let d = 0; d < count; d++) column[d] = reader.uint() - 1;
    numbers.set(key, column);
    await turn();
  }
  if (reader.remaining) throw new PrebuiltIndexError('the index file has data after its end');
  const search = SearchIndex.fromPacked<number>(count, fields as unknown as readonly SearchField<number>[], { terms: header.terms, start, docs, masks });
  return { count, search, facets: prepared, numbers };
}

// Read in a file of its own that the finder loads only for a split feed: this module imports
// nothing at run time (the editor bundles put it in `bildung-*.split.js`, which must stand alone).
import type { PackedPostings, SearchField, SearchIndex, Searcher } from './search-index.js';
import type { PreparedFacet } from './facets.js';

/**
 * A prebuilt search index: what a finder needs to search, filter and count a split feed before
 * (and without) loading its entries. Written by `bildung-feed build-index`, read by the finder.
 * The format is documented in docs/FEED.md ("Große Feeds"). In short: the 4 bytes `BWIX`, a
 * little-endian uint32 with the byte length of a JSON header (format version, entry count,
 * field names, the sorted vocabulary, facet value names), then a stream of unsigned LEB128
 * numbers: postings per term, facet values per entry, number columns per entry.
 */
export const PREBUILT_FORMAT = 1;
export const MAGIC = [0x42, 0x57, 0x49, 0x58]; // "BWIX"

export interface Header {
  format: number;
  count: number;
  fields: string[];
  terms: string[];
  postings: number;
  facets: { key: string; names: string[] }[];
  numbers: string[];
}

/** A prebuilt index as read: postings for a `SearchIndex`, facet values for a `FacetIndex`. */
export interface PackedIndex {
  count: number;
  postings: PackedPostings;
  /** Per value facet: its value names and each entry's value ids at `valueIds[start[d] .. start[d + 1])`. */
  facets: { key: string; names: string[]; start: Int32Array; valueIds: Int32Array }[];
  /** Number columns, by key; `-1` where an entry has no value. */
  numbers: Map<string, Int32Array>;
}

/**
 * Why a prebuilt index cannot be used; the message is for the console. A `SyntaxError`: the file
 * breaks its format, and the loader reports it like a feed that is not JSON.
 */
export class PrebuiltIndexError extends SyntaxError {
  override name = 'PrebuiltIndexError';
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
 * Reads a prebuilt index, checking every number against the header, calling `turn` (a
 * `slicer` of scheduling.ts, passed in: this file imports nothing) between steps so the browser
 * gets its turns. Throws `PrebuiltIndexError` for a file that does not search `fieldNames`, or is
 * cut or damaged.
 */
export async function readPrebuiltIndex(buffer: ArrayBuffer | Uint8Array, fieldNames: readonly string[], turn: () => Promise<void>): Promise<PackedIndex> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const { header, bodyStart } = readHeader(bytes);
  if (header.fields.join(',') !== fieldNames.join(',')) {
    throw new PrebuiltIndexError(`the index searches other fields (${header.fields.join(', ')}; expected ${fieldNames.join(', ')}): build it again with this version`);
  }
  for (let i = 1; i < header.terms.length; i++) {
    if (!(header.terms[i - 1]! < header.terms[i]!)) throw new PrebuiltIndexError('the vocabulary of the index is not sorted');
  }
  const reader = new Reader(bytes, bodyStart);
  // Every posting takes at least one byte: a header cannot make us allocate more than the file holds.
  if (header.postings > reader.remaining) throw new PrebuiltIndexError('the index file is shorter than its header says');
  const { count } = header;
  const maskLimit = 1 << fieldNames.length;
  const start = new Int32Array(header.terms.length + 1);
  const docs = new Int32Array(header.postings);
  const masks = new Uint16Array(header.postings);
  let p = 0;
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
  const facets: PackedIndex['facets'] = [];
  for (const { key, names } of header.facets) {
    const facetStart = new Int32Array(count + 1);
    const valueIds: number[] = [];
    for (let d = 0; d < count; d++) {
      const k = reader.below(names.length + 1, 'a value count');
      for (let i = 0; i < k; i++) valueIds.push(reader.below(names.length, `a value of ${key}`));
      facetStart[d + 1] = valueIds.length;
      if ((d & 4095) === 0) await turn();
    }
    facets.push({ key, names, start: facetStart, valueIds: Int32Array.from(valueIds) });
  }
  const numbers = new Map<string, Int32Array>();
  for (const key of header.numbers) {
    const column = new Int32Array(count);
    for (let d = 0; d < count; d++) column[d] = reader.uint() - 1;
    numbers.set(key, column);
    await turn();
  }
  if (reader.remaining) throw new PrebuiltIndexError('the index file has data after its end');
  return { count, postings: { terms: header.terms, start, docs, masks }, facets, numbers };
}

/** A facet prepared elsewhere (a prebuilt index): value names and each doc's value ids. */
export function preparedFacet<T>(key: string, names: string[], start: Int32Array, valueIds: Int32Array): PreparedFacet<T> {
  return { facet: { key }, names, ids: new Map(names.map((name, id) => [name, id])), start, valueIds };
}

/**
 * A read prebuilt index made searchable: a `SearchIndex` and prepared facets by key. The index
 * class comes from the caller (this module imports nothing at run time).
 */
export function openPrebuilt<T>(
  packed: PackedIndex,
  fields: readonly SearchField<T>[],
  Index: typeof SearchIndex,
): { search: Searcher; facets: Map<string, PreparedFacet<number>> } {
  return {
    search: Index.fromPacked(packed.count, fields, packed.postings),
    facets: new Map(packed.facets.map((f) => [f.key, preparedFacet<number>(f.key, f.names, f.start, f.valueIds)])),
  };
}

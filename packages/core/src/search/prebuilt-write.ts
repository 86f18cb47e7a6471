import { SearchIndex, termPostings, type SearchField } from './search-index.js';
import type { Facet } from './facets.js';
import { MAGIC, PREBUILT_FORMAT, type Header } from './prebuilt.js';

/** A number per entry, e.g. `ageMin`; stored as 0 for none, else value + 1 (non-negative integers). */
export interface NumberColumn<T> {
  key: string;
  value(doc: T): number | undefined;
}

// Writing a prebuilt index (format: prebuilt.ts, docs/FEED.md): `bildung-feed build-index` and tests.

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
  for (const [term, termDocs, masks] of termPostings(index)) {
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


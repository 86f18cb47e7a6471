import { expect } from '@open-wc/testing';
import { FacetIndex, SearchIndex } from '../index.js';
import { slicer } from '../scheduling.js';
import { openPrebuilt, readPrebuiltIndex as readPacked, PrebuiltIndexError } from './prebuilt.js';
import { writePrebuiltIndex } from './prebuilt-write.js';
import { exampleOffers, manyOffers } from '../../../angebote/src/angebote.examples.js';
import { OFFER_FACETS, OFFER_NUMBERS, OFFER_SEARCH_FIELDS } from '../../../angebote/src/angebote.facets.js';
import { splitFacets } from '../../../angebote/src/angebote.land.js';
import type { Offer } from '../feed/feed.types.js';

const offers: Offer[] = [...exampleOffers, ...manyOffers(300).map((o, i) => ({ ...o, ageMin: i % 7 ? i % 12 : undefined, ageMax: i % 5 ? 10 + (i % 6) : undefined }))];
const file = writePrebuiltIndex(offers, OFFER_SEARCH_FIELDS, OFFER_FACETS, OFFER_NUMBERS);

/** Reads an index file as the finder does: packed data, then a search index and prepared facets. */
async function readPrebuiltIndex(bytes: Uint8Array, fields: typeof OFFER_SEARCH_FIELDS) {
  const packed = await readPacked(bytes, fields.map((f) => f.name), slicer());
  return { ...packed, ...openPrebuilt(packed, fields, SearchIndex) };
}

async function rejection(bytes: Uint8Array): Promise<string> {
  try {
    await readPrebuiltIndex(bytes, OFFER_SEARCH_FIELDS);
  } catch (error) {
    expect(error).to.be.instanceOf(PrebuiltIndexError);
    return (error as Error).message;
  }
  throw new Error('the damaged index was accepted');
}

describe('prebuilt search index', () => {
  describe('when read back', () => {
    it('finds exactly what the index built in the page finds, in the same order', async () => {
      const prebuilt = await readPrebuiltIndex(file, OFFER_SEARCH_FIELDS);
      const live = new SearchIndex(offers, OFFER_SEARCH_FIELDS);
      expect(prebuilt.count).to.equal(offers.length);
      for (const query of ['', 'integrazionskurs', 'schwimen kinder', 'fruhforderung', 'kurs 02', 'kappeln', 'strasse', 'gebardensprache', 'senioren', 'xyz']) {
        const a = prebuilt.search.search(query);
        const b = live.search(query);
        expect([...a.matches], query).to.deep.equal([...b.matches]);
        expect([...a.terms].sort(), query).to.deep.equal([...b.terms].sort());
      }
    });

    it('counts and filters like facets over the offers themselves, age included', async () => {
      const prebuilt = await readPrebuiltIndex(file, OFFER_SEARCH_FIELDS);
      const facets = splitFacets(OFFER_FACETS, prebuilt.numbers);
      const fromIndex = new FacetIndex(
        Int32Array.from(offers, (_, i) => i),
        facets,
        facets.map((f) => prebuilt.facets.get(f.key)),
      );
      const live = new FacetIndex(offers, OFFER_FACETS);
      const all = Int32Array.from(offers, (_, i) => i);
      for (const selection of [{}, { area: ['schule'] }, { age: ['6'] }, { municipality: ['Kappeln', 'Tarp'], free: ['ja'] }, { age: ['11'], area: ['nonformal', 'weiterbildung'] }]) {
        const a = fromIndex.apply(all, selection);
        const b = live.apply(all, selection);
        const key = JSON.stringify(selection);
        expect(a.matches, key).to.deep.equal(b.matches);
        for (const facet of Object.keys(b.counts)) expect([...a.counts[facet]!].sort(), `${key} ${facet}`).to.deep.equal([...b.counts[facet]!].sort());
      }
    });
  });

  describe('when the file is damaged or foreign', () => {
    it('rejects a file that is not an index', async () => {
      expect(await rejection(new TextEncoder().encode('{"version":1}'))).to.equal('not a bildung-widgets index file (BWIX)');
    });

    it('rejects a cut file', async () => {
      expect(await rejection(file.subarray(0, 40))).to.equal('the index file ends inside its header');
      expect(await rejection(file.subarray(0, file.length - 3))).to.match(/ends too early|shorter than its header/);
    });

    it('rejects data after the end', async () => {
      const longer = new Uint8Array(file.length + 1);
      longer.set(file);
      expect(await rejection(longer)).to.equal('the index file has data after its end');
    });

    it('rejects an index built for other search fields', async () => {
      const other = writePrebuiltIndex(offers, OFFER_SEARCH_FIELDS.slice(0, 3), OFFER_FACETS, OFFER_NUMBERS);
      expect(await rejection(other)).to.match(/^the index searches other fields \(name, keywords, provider; expected name, keywords, provider, locality/);
    });

    it('rejects a header that promises more than the file holds, before allocating for it', async () => {
      const length = new DataView(file.buffer, file.byteOffset).getUint32(4, true);
      const header = JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + length))) as { postings: number };
      header.postings = 2 ** 31;
      const text = new TextEncoder().encode(JSON.stringify(header));
      const forged = new Uint8Array(8 + text.length + file.length - 8 - length);
      forged.set(file.subarray(0, 4));
      new DataView(forged.buffer).setUint32(4, text.length, true);
      forged.set(text, 8);
      forged.set(file.subarray(8 + length), 8 + text.length);
      expect(await rejection(forged)).to.equal('the index file is shorter than its header says');
    });

    it('rejects entry numbers beyond the count, whatever byte is changed', async () => {
      // Flip bytes all over the body: each read either fails cleanly or stays in range.
      const length = new DataView(file.buffer, file.byteOffset).getUint32(4, true);
      for (let at = 8 + length; at < file.length; at += 97) {
        const tampered = file.slice();
        tampered[at] = 0xff;
        try {
          const result = await readPrebuiltIndex(tampered, OFFER_SEARCH_FIELDS);
          for (const doc of result.search.search('kurs').matches) expect(doc).to.be.below(offers.length);
        } catch (error) {
          expect(error, `byte ${at}`).to.be.instanceOf(PrebuiltIndexError);
        }
      }
    });
  });
});

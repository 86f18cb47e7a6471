import { expect } from '@open-wc/testing';
import { FacetIndex, FacetValues, type Facet } from '../index.js';
import { GrowingFacets } from './growing-facets.js';

interface Doc {
  area: string[];
  place: string;
  age?: number;
}
const docs: Doc[] = [
  { area: ['schule'], place: 'Kappeln', age: 8 },
  { area: ['schule', 'nonformal'], place: 'Tarp', age: 12 },
  { area: ['kita'], place: 'Kappeln', age: 4 },
  { area: ['nonformal'], place: 'Tarp' },
];
const facets: Facet<Doc>[] = [
  { key: 'area', values: (d) => d.area },
  { key: 'place', values: (d) => [d.place] },
  { key: 'age', test: (d, [age]) => d.age !== undefined && d.age >= Number(age) },
];
const index = new FacetIndex(docs, facets);
const all = [0, 1, 2, 3];

describe('facet filtering and counting', () => {
  it('counts every value over all candidates when nothing is selected', () => {
    const { matches, counts } = index.apply(all, {});
    expect(matches).to.deep.equal(all);
    expect(Object.fromEntries(counts.area!)).to.deep.equal({ schule: 2, nonformal: 2, kita: 1 });
    expect(Object.fromEntries(counts.place!)).to.deep.equal({ Kappeln: 2, Tarp: 2 });
  });

  it('ORs within a facet and ANDs across facets, keeping the candidates’ order', () => {
    expect(index.apply([3, 2, 1, 0], { area: ['schule', 'kita'] }).matches).to.deep.equal([2, 1, 0]);
    expect(index.apply(all, { area: ['schule', 'kita'], place: ['Tarp'] }).matches).to.deep.equal([1]);
  });

  it('counts a facet as if its own selection were not there, the others applied', () => {
    const { counts } = index.apply(all, { place: ['Kappeln'] });
    // Place counts ignore the place selection: ticking Tarp too would add 2.
    expect(Object.fromEntries(counts.place!)).to.deep.equal({ Kappeln: 2, Tarp: 2 });
    // Area counts apply it.
    expect(Object.fromEntries(counts.area!)).to.deep.equal({ schule: 1, kita: 1 });
  });

  it('runs custom tests such as an age', () => {
    expect(index.apply(all, { age: ['10'] }).matches).to.deep.equal([1]);
  });

  it('lists every value a facet takes, and ignores unknown selected values', () => {
    expect(index.valuesOf('area')).to.deep.equal(['schule', 'nonformal', 'kita']);
    expect(index.apply(all, { area: ['gibt-es-nicht'] }).matches).to.deep.equal([]);
  });
});

describe('facets grown while their docs arrive', () => {
  it('give the same results and counts as the one-go preparation, in the final order of the docs', () => {
    const grown = new GrowingFacets(facets, { FacetIndex, FacetValues });
    const arrived = [docs[2]!, docs[0]!, docs[3]!, docs[1]!];
    grown.grow(arrived.slice(0, 2));
    grown.grow(arrived);
    const settled = grown.settle(docs, [1, 3, 0, 2]);
    for (const selection of [{}, { place: ['Tarp'] }, { area: ['schule'], age: ['10'] }]) {
      expect(settled.apply([3, 1, 2, 0], selection), JSON.stringify(selection)).to.deep.equal(index.apply([3, 1, 2, 0], selection));
    }
  });
});

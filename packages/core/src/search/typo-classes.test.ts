import { expect } from '@open-wc/testing';
import { SearchIndex } from '../index.js';
import { JUDGED, SEARCH_CORPUS, TYPO_CASES } from './search.examples.js';
import { OFFER_SEARCH_FIELDS } from '../../../angebote/src/angebote.component.js';

const corpus = SEARCH_CORPUS;
const index = new SearchIndex(corpus, OFFER_SEARCH_FIELDS);
const top = (query: string) => {
  const first = index.search(query).matches[0];
  return first === undefined ? undefined : corpus[first]!.id;
};
const found = (query: string) => [...index.search(query).matches].map((i) => corpus[i]!.id);

describe('German typo tolerance', () => {
  const cases = TYPO_CASES;
  for (const [kind, query, target] of cases) {
    it(`finds its target through ${kind}: "${query}"`, () => {
      expect(top(query)).to.equal(target);
    });
  }

  it('does not fuzz short words into unrelated ones', () => {
    expect(found('schule')).not.to.include('schleswig');
    expect(found('kita')).to.deep.equal(['kita']);
    expect(found('sport')).to.deep.equal(['sport']);
  });
});

describe('ranking quality', () => {
  const judged = JUDGED;
  for (const [query, expected] of judged) {
    it(`puts "${expected}" first for "${query}"`, () => {
      expect(top(query)).to.equal(expected);
    });
  }

  it('ranks an exact or prefix match in the name above a typo match in a description', () => {
    expect(found('lesepaten')).to.deep.equal(['lesepaten', 'ehrenamt']);
    expect(found('lesepat')).to.deep.equal(['lesepaten', 'ehrenamt']);
  });
});

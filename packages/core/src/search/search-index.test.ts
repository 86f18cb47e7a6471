import { expect } from '@open-wc/testing';
import { SearchIndex, fold, highlight } from '../index.js';
import { exampleOffers } from '../../../angebote/src/angebote.examples.js';
import { OFFER_SEARCH_FIELDS } from '../../../angebote/src/angebote.component.js';

const index = new SearchIndex(exampleOffers, OFFER_SEARCH_FIELDS);
const ids = (query: string) => [...index.search(query).matches].map((i) => exampleOffers[i]!.id);

describe('offer search', () => {
  describe('when the query has a typo', () => {
    it('finds "Integrationskurs" from "Integrazionskurs"', () => {
      expect(ids('Integrazionskurs')[0]).to.equal('integrationskurs');
    });
    it('finds the Seepferdchen course from "schwimen kinder"', () => {
      expect(ids('schwimen kinder')).to.include('seepferdchen');
    });
    it('finds a typo inside a compound: "schwimkurs" finds the Schwimmkurs', () => {
      expect(ids('seepferdchenschwimkurs')).to.deep.equal([]);
      expect(ids('schwimkurs')).to.include('seepferdchen');
    });
    it('does not let short words match loosely', () => {
      expect(ids('kit')).to.deep.equal(['kita-strasse']);
    });
  });

  describe('when umlauts or ß are typed another way', () => {
    it('folds ue/oe to ü/ö: "fruehfoerderung" finds Frühförderung', () => {
      expect(ids('fruehfoerderung')).to.deep.equal(['fruehfoerderung']);
    });
    it('accepts the plain vowel: "fruhforderung" finds Frühförderung', () => {
      expect(ids('fruhforderung')).to.deep.equal(['fruehfoerderung']);
    });
    it('treats ß and ss alike both ways', () => {
      expect(ids('strasse')).to.include('kita-strasse');
      expect(ids('Straße')).to.deep.equal(ids('strasse'));
      expect(fold('Straße')).to.equal('strasse');
    });
  });

  describe('when several words are typed', () => {
    it('ANDs them', () => {
      expect(ids('kappeln senioren')).to.deep.equal(['smartphone']);
      expect(ids('kappeln gymnasium')).to.deep.equal([]);
    });
    it('matches word prefixes while typing, ignoring case', () => {
      expect(ids('INTEG')).to.include('integrationskurs');
      expect(ids('seepf')).to.deep.equal(['seepferdchen']);
    });
    it('ignores stop words that would empty the result', () => {
      expect(ids('kurs für kinder')).to.include('seepferdchen');
    });
  });

  describe('ranking', () => {
    it('ranks a place in several fields above the same word inside a provider name', () => {
      // Frühförderung's provider is "Lebenshilfe Schleswig-Flensburg", but it lies in Kappeln.
      const result = ids('schleswig');
      expect(result.indexOf('ausbildungsberatung')).to.be.lessThan(result.indexOf('fruehfoerderung'));
    });
    it('ranks a name match above a description match', () => {
      // "Schleswig" is in the Domschule's name and only in other offers' places.
      expect(ids('schleswig')[0]).to.equal('gymnasium');
    });
    it('ranks a keyword above a description', () => {
      const result = ids('deutschkurs');
      expect(result[0]).to.equal('integrationskurs');
    });
    it('returns every offer in feed order for an empty query', () => {
      expect(ids('  ')).to.have.length(exampleOffers.length);
    });
  });

  describe('highlighting', () => {
    it('marks the matched words and returns plain text segments', () => {
      const { terms } = index.search('schwimen');
      const segments = highlight('Seepferdchen – Schwimmen lernen', terms);
      expect(segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['Schwimmen']);
      expect(segments.map((s) => s.text).join('')).to.equal('Seepferdchen – Schwimmen lernen');
    });
  });
});

describe('index grown while its documents arrive', () => {
  it('finds exactly what the one-go index finds, in the final order of the documents', async () => {
    // Arrival in reverse order, in batches of 3; the final order is that of exampleOffers.
    const arrived = [...exampleOffers].reverse();
    const grown = SearchIndex.growing(OFFER_SEARCH_FIELDS);
    const batch: typeof arrived = [];
    for (const offer of arrived) {
      batch.push(offer);
      if (batch.length % 3 === 0) grown.grow(batch);
    }
    grown.grow(batch);
    await grown.settle(exampleOffers, exampleOffers.map((_, i) => arrived.length - 1 - i), 0);
    expect(grown.size).to.equal(exampleOffers.length);
    for (const query of ['', 'schwimen kinder', 'fruehfoerderung', 'kappeln senioren', 'integr']) {
      expect([...grown.search(query).matches], query).to.deep.equal([...index.search(query).matches]);
    }
  });
});

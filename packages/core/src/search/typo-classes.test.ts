import { expect } from '@open-wc/testing';
import { SearchIndex, type Offer } from '../index.js';
import { OFFER_SEARCH_FIELDS } from '../../../angebote/src/angebote.component.js';

// A small corpus with one target per class of German misspelling, plus distractors that share
// letters with the targets, so that a match has to be earned.
const offer = (id: string, name: string, extra: Partial<Offer> = {}): Offer => ({ id, name, area: ['weiterbildung'], ...extra });
const corpus: Offer[] = [
  offer('integration', 'Integrationskurs für Zugewanderte'),
  offer('schwimmen', 'Schwimmen lernen für Kinder', { keywords: ['Seepferdchen'] }),
  offer('foerderung', 'Frühförderung für Familien'),
  offer('strasse', 'Verkehrserziehung an der Hauptstraße'),
  offer('muehle', 'Mühlenbachschule – offene Ganztagsschule'),
  offer('physio', 'Physiotherapie für Senioren'),
  offer('computer', 'Computerkurs für Einsteiger'),
  offer('katze', 'Katzenschutz und Tierpflege für Jugendliche'),
  offer('musik', 'Kreismusikschule: Gitarre und Klavier'),
  offer('kita', 'Kita Sonnenschein'),
  offer('schule', 'Grundschule am See'),
  offer('schleswig', 'Stadtbücherei Schleswig'),
  offer('sport', 'Sportverein Tarp'),
  offer('garten', 'Gartenbau für Kinder'),
  offer('lesepaten', 'Vorlesen mit Lesepaten'),
  offer('ehrenamt', 'Ehrenamt in der Bücherei', { description: 'Lesepatten und Vorleser gesucht.' }),
];
const index = new SearchIndex(corpus, OFFER_SEARCH_FIELDS);
const top = (query: string) => {
  const first = index.search(query).matches[0];
  return first === undefined ? undefined : corpus[first]!.id;
};
const found = (query: string) => [...index.search(query).matches].map((i) => corpus[i]!.id);

describe('German typo tolerance', () => {
  const cases: [string, string, string][] = [
    ['one wrong letter', 'integrazionskurs', 'integration'],
    ['one missing letter', 'integrationkurs', 'integration'],
    ['one extra letter', 'musikschuhle', 'musik'],
    ['two words with a typo each', 'schwimmem kinddr', 'schwimmen'],
    ['umlaut as ue/oe', 'fruehfoerderung', 'foerderung'],
    ['umlaut dropped', 'fruhforderung', 'foerderung'],
    ['ß as ss', 'hauptstrasse', 'strasse'],
    ['umlaut dropped inside a compound', 'muhlenbachschule', 'muehle'],
    ['the start of a longer compound', 'muehlen', 'muehle'],
    ['f for ph', 'fysiotherapie', 'physio'],
    ['k for c', 'komputerkurs', 'computer'],
    ['z for tz', 'kazenschutz', 'katze'],
    ['a single consonant for a doubled one', 'schwimen', 'schwimmen'],
    ['a typo inside a compound', 'musikschulle', 'musik'],
    ['typo and umlaut combined', 'fruhfoerdrung', 'foerderung'],
  ];
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
  // A judged list: the offer a person expects on top for each query.
  const judged: [string, string][] = [
    ['grundschule', 'schule'],
    ['garten', 'garten'],
    ['kinder', 'schwimmen'],
    ['musik', 'musik'],
    ['schwimmen', 'schwimmen'],
  ];
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

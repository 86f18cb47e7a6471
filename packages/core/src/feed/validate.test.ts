import { expect } from '@open-wc/testing';
import { formatProblem, isIsoDate, isSafeUrl, loadLocale, validateFeed, validateFeedInSlices, type Offer } from '../index.js';
import { checking } from './validate.js';
import { FeedChecker as Checker } from './checker.js';

/** The checker as the loader makes it. */
class FeedChecker extends Checker {
  constructor(onChecked?: ConstructorParameters<typeof Checker>[0]) {
    super(onChecked, checking);
  }
}

const offer = (extra: Record<string, unknown> = {}) => ({ id: 'a', name: 'Kurs', area: ['schule'], ...extra });
const pointers = (doc: unknown) => validateFeed(doc).problems.map((p) => formatProblem(p, 'en'));

describe('feed validation', () => {
  // The messages are checked in English, which comes from a file of its own.
  before(() => loadLocale('en'));

  describe('when an entry breaks the schema', () => {
    it('drops the entry, keeps the others and names it by JSON pointer', () => {
      const doc = { version: 1, offers: [offer(), { id: 'b', name: 42, area: ['schule'] }, offer({ id: 'c' })] };
      const { feed, problems } = validateFeed(doc);
      expect(feed!.offers!.map((o) => o.id)).to.deep.equal(['a', 'c']);
      expect(problems).to.have.length(1);
      expect(formatProblem(problems[0]!, 'en')).to.equal('/offers/1/name: expected string, found integer');
      expect(formatProblem(problems[0]!, 'de')).to.equal('/offers/1/name: Text erwartet, ganze Zahl gefunden');
    });

    it('drops only a bad optional field', () => {
      const { feed, problems } = validateFeed({ version: 1, offers: [offer({ ageMin: 'drei', description: 'ok' })] });
      const kept = feed!.offers![0] as Offer;
      expect(kept.description).to.equal('ok');
      expect(kept).not.to.have.property('ageMin');
      expect(problems.map((p) => p.pointer)).to.deep.equal(['/offers/0/ageMin']);
    });

    it('reports missing required fields and null entries', () => {
      expect(pointers({ version: 1, offers: [null, { id: 'x' }] })).to.deep.equal([
        '/offers/0: expected object, found null',
        '/offers/1/name: required field missing',
        '/offers/1/area: required field missing',
      ]);
    });

    it('drops later duplicates of an id', () => {
      const { feed, problems } = validateFeed({ version: 1, offers: [offer({ name: 'first' }), offer({ name: 'second' })] });
      expect(feed!.offers!.map((o) => o.name)).to.deep.equal(['first']);
      expect(problems[0]!.code).to.equal('duplicate');
    });

    it('keeps an unknown code but warns', () => {
      const { feed, problems } = validateFeed({ version: 1, offers: [offer({ area: ['kita'] })] });
      expect(feed!.offers![0]!.area).to.deep.equal(['kita']);
      expect(problems[0]).to.include({ code: 'unknown-code', severity: 'warning', pointer: '/offers/0/area/0' });
    });

    it('cuts free text over 50,000 characters with a warning and drops an overlong URL', () => {
      const huge = 'x'.repeat(60_000);
      const { feed, problems } = validateFeed({ version: 1, offers: [offer({ description: huge, url: `https://example.org/${huge}` })] });
      const kept = feed!.offers![0]!;
      expect(kept.description!.length).to.be.lessThan(50_010);
      expect(kept).not.to.have.property('url');
      expect(problems.map((p) => [p.pointer, p.code, p.severity])).to.deep.equal([
        ['/offers/0/description', 'too-long', 'warning'],
        ['/offers/0/url', 'too-long', 'error'],
      ]);
      expect(formatProblem(problems[0]!, 'de')).to.equal('/offers/0/description: zu lang (60.000 Zeichen), auf 50.000 Zeichen gekürzt');
    });

    it('keeps pasted HTML as text but tells the editor', () => {
      const { feed, problems } = validateFeed({ version: 1, offers: [offer({ description: 'Kurs <b>neu</b>', name: 'HTML & CSS für Einsteiger' })] });
      expect(feed!.offers![0]!.description).to.equal('Kurs <b>neu</b>');
      expect(problems.map((p) => formatProblem(p, 'de'))).to.deep.equal(['/offers/0/description: enthält HTML-Code; er wird als Text angezeigt, nicht ausgeführt']);
    });

    it('rejects impossible dates such as 31 February', () => {
      expect(isIsoDate('2027-02-31')).to.be.false;
      expect(isIsoDate('2028-02-29')).to.be.true;
      const { feed } = validateFeed({ version: 1, offers: [offer({ schedule: { startDate: '2027-02-31', text: 'x' } })] });
      expect(feed!.offers![0]!.schedule).to.deep.equal({ text: 'x' });
    });

    it('reads calendar days exactly: month lengths, leap years, digits only', () => {
      for (const day of ['2027-01-31', '2027-04-30', '2028-02-29', '2000-02-29', '2027-12-31']) expect(isIsoDate(day), day).to.be.true;
      for (const day of ['2027-04-31', '2027-02-29', '1900-02-29', '2027-13-01', '2027-00-10', '2027-01-00', '2027-1-01', '2027-01-01T00:00', '２０２７-01-01', '2027/01/01', '0099-01-01']) {
        expect(isIsoDate(day), day).to.be.false;
      }
    });

    it('keeps a clean entry as it is and copies one it had to change', () => {
      const clean = offer({ location: { locality: 'Kappeln' }, keywords: ['Kurs'] });
      const dirty = offer({ id: 'b', location: { locality: 'Kappeln', extra: 1 }, keywords: ['Kurs', 3] });
      const { feed } = validateFeed({ version: 1, offers: [clean, dirty] });
      expect(feed!.offers![0]).to.equal(clean);
      expect(feed!.offers![1]).not.to.equal(dirty);
      expect(feed!.offers![1]).to.deep.equal({ id: 'b', name: 'Kurs', area: ['schule'], location: { locality: 'Kappeln' }, keywords: ['Kurs'] });
      expect((dirty as Record<string, unknown>).location).to.deep.equal({ locality: 'Kappeln', extra: 1 });
    });

    it('never copies unknown keys such as __proto__', () => {
      const { feed } = validateFeed(JSON.parse('{"version":1,"offers":[{"id":"a","name":"n","area":["schule"],"__proto__":{"polluted":true},"extra":1}]}'));
      const kept = feed!.offers![0] as unknown as Record<string, unknown>;
      expect(Object.keys(kept)).to.deep.equal(['id', 'name', 'area']);
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  });

  describe('when a URL is unsafe', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/relative/path', 'ftp://example.org']) {
      it(`drops ${JSON.stringify(url)}`, () => {
        expect(isSafeUrl(url)).to.be.false;
        const { feed, problems } = validateFeed({ version: 1, offers: [offer({ url })] });
        expect(feed!.offers![0]).not.to.have.property('url');
        expect(problems[0]!.code).to.equal('unsafe-url');
      });
    }
    for (const url of ['https://example.org/a?b=c', 'http://example.org', 'mailto:info@example.org', 'tel:+494621123']) {
      it(`keeps ${url}`, () => expect(isSafeUrl(url)).to.be.true);
    }
  });

  describe('when the document itself is unusable', () => {
    it('refuses another version', () => {
      const { feed, problems } = validateFeed({ version: 2, offers: [] });
      expect(feed).to.be.null;
      expect(problems[0]).to.include({ code: 'version', actual: '2' });
    });
    it('refuses a non-object', () => {
      expect(validateFeed([1, 2]).feed).to.be.null;
      expect(validateFeed('feed').feed).to.be.null;
    });
    it('drops a section of the wrong type', () => {
      const { feed, problems } = validateFeed({ version: 1, offers: { id: 'a' } });
      expect(feed).not.to.have.property('offers');
      expect(formatProblem(problems[0]!, 'en')).to.equal('/offers: expected array, found object');
    });
  });
});

describe('feed validation in slices', () => {
  it('keeps and reports exactly what the one-go validation does', async () => {
    const offers: unknown[] = Array.from({ length: 6000 }, (_, i) => offer({ id: `o${i}`, name: `Kurs ${i}` }));
    offers[10] = { id: 'x', name: 42, area: ['schule'] };
    offers[20] = offer({ id: 'o19' });
    offers[30] = null;
    const doc = { version: 1, publisher: { name: 'Kreis', url: 'javascript:x' }, offers };
    const whole = validateFeed(doc);
    const sliced = await validateFeedInSlices(doc, 0);
    expect(sliced.feed).to.deep.equal(whole.feed);
    const key = (p: { pointer: string; code: string }) => `${p.pointer} ${p.code}`;
    expect(sliced.problems.map(key).sort()).to.deep.equal(whole.problems.map(key).sort());
    expect(sliced.problems.map(key)).to.include('/offers/20/id duplicate');
  });
});

describe('feed validation while the feed downloads', () => {
  const doc = () => {
    const offers: unknown[] = Array.from({ length: 50 }, (_, i) => offer({ id: `o${i}`, name: `Kurs ${i}` }));
    offers[3] = { id: 'x', name: 42, area: ['schule'] };
    offers[40] = offer({ id: 'o2' });
    offers[41] = offer({ id: 'o42', extra: 'unbekannt' });
    return { version: 1, publisher: { name: 'Kreis', url: 'javascript:x' }, offers, events: [{ id: 'e', name: 'Fachtag', startDate: '2026-02-31' }] };
  };
  /** Feeds `checker` the sections of `feed` in groups of `size` entries, as the piece-by-piece parser does. */
  const inGroups = (checker: FeedChecker, feed: Record<string, unknown>, size: number) => {
    for (const key of ['offers', 'events']) {
      const entries = feed[key] as unknown[];
      for (let from = 0; from < entries.length; from += size) checker.entries(key, entries.slice(from, from + size), from);
    }
  };

  it('keeps and reports exactly what the one-go validation does, and says what it kept group by group', () => {
    const heard: { section: string; from: number; ids: string[]; list: readonly unknown[] }[] = [];
    const checker = new FeedChecker((section, kept, from) => heard.push({ section, from, ids: kept.slice(from).map((e) => (e as { id: string }).id), list: kept }));
    const feed = doc();
    inGroups(checker, feed, 7);
    const result = checker.finish(feed)!;
    const whole = validateFeed(doc());
    expect(result.feed).to.deep.equal(whole.feed);
    const key = (p: { pointer: string; code: string }) => `${p.pointer} ${p.code}`;
    expect(result.problems.map(key).sort()).to.deep.equal(whole.problems.map(key).sort());
    // What a widget heard is the feed's own list, in order, every kept entry once.
    const offers = heard.filter((h) => h.section === 'offers');
    expect(offers.flatMap((h) => h.ids)).to.deep.equal(whole.feed!.offers!.map((o) => o.id));
    expect(offers.every((h) => h.list === result.feed!.offers)).to.be.true;
    expect(heard.filter((h) => h.section === 'events')).to.deep.equal([]);
  });

  it('leaves a feed with a section written twice to the one-go validation', () => {
    const checker = new FeedChecker();
    checker.entries('offers', [offer({ id: 'a' })], 0);
    checker.entries('offers', [offer({ id: 'b' })], 0);
    expect(checker.finish({ version: 1, offers: [offer({ id: 'b' })] })).to.be.undefined;
  });

  it('leaves a feed to the one-go validation when not all its entries came through', () => {
    const checker = new FeedChecker();
    checker.entries('offers', [offer({ id: 'a' })], 0);
    expect(checker.finish({ version: 1, offers: [offer({ id: 'a' }), offer({ id: 'b' })] })).to.be.undefined;
  });

  it('refuses a feed of another version however far its entries got', () => {
    const checker = new FeedChecker();
    checker.entries('offers', [offer()], 0);
    expect(checker.finish({ version: 2, offers: [offer()] })!.feed).to.be.null;
  });
});

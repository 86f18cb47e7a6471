import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { JsonFeedParser } from './parse.js';
import { readJson } from './loader.js';

/** A response that arrives in pieces of 64 KB, as from the network. */
function responseOf(text: string): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += 1 << 16)));
    },
  });
  return new Response(body);
}

// Pieces of 1 to 7 characters: every string, key, escape and bracket falls on a piece boundary somewhere.
function inSmallPieces(text: string): unknown {
  const parser = new JsonFeedParser();
  for (let i = 0, n = 1; i < text.length; i += n, n = (n % 7) + 1) parser.push(text.slice(i, i + n));
  return parser.end();
}

async function errorOf(parse: () => unknown): Promise<unknown> {
  try {
    await parse();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('reading a feed as it downloads', () => {
  describe('when the text is valid JSON', () => {
    const documents: Record<string, string> = {
      'a feed with several lists': JSON.stringify({
        version: 1,
        publisher: { name: 'Kreis', nested: [1, [2, 3], { a: [] }] },
        offers: Array.from({ length: 2503 }, (_, i) => ({ id: `o${i}`, name: `Kurs ${i}`, area: ['schule'], tags: [i, [i]] })),
        events: [{ id: 'e', name: 'Fachtag', startDate: '2026-01-01' }],
        reports: [],
      }),
      'strings with quotes, backslashes, brackets and commas': JSON.stringify({
        version: 1,
        offers: [{ id: 'a\\', name: 'Sagt "Hallo", [nicht] {so}', area: ['\\"'] }, { id: '\\\\', name: '],}', area: [] }],
      }),
      'backslash runs before quotes': JSON.stringify({ version: 1, offers: ['\\', '\\\\"', 'a\\"b\\\\', '"\\"'], ['\\"key']: [] }),
      'escaped keys, odd whitespace and lists of plain values': '\n {"version" :1 ,"off\\u0065rs" : [ 1 , "zwei" ,null, true ,[ ] , { } ] , "events":[\n] }\n',
      'a key written twice (the last one counts)': '{"version":1,"offers":[1,2],"offers":[3],"events":{"a":[1]}}',
      'umlauts and other characters beyond ASCII': JSON.stringify({ version: 1, offers: [{ name: 'Mühlenbachschule – Förderzentrum 🎒' }] }),
    };
    for (const [name, text] of Object.entries(documents)) {
      it(`gives the same value as JSON.parse: ${name}`, async () => {
        expect(await readJson(responseOf(text))).to.deep.equal(JSON.parse(text));
        expect(inSmallPieces(text), 'read in small pieces').to.deep.equal(JSON.parse(text));
      });
    }

    it('hands on each thousand entries of a list as soon as they are parsed', () => {
      const offers = Array.from({ length: 2503 }, (_, i) => ({ id: `o${i}` }));
      const text = JSON.stringify({ version: 1, offers, events: [{ id: 'e' }], reports: [] });
      const heard: { key: string; from: number; count: number; before: number }[] = [];
      let pushed = 0;
      const parser = new JsonFeedParser((key, entries, from) => heard.push({ key, from, count: entries.length, before: pushed }));
      for (let i = 0; i < text.length; i += 4096, pushed = i) parser.push(text.slice(i, i + 4096));
      expect(parser.end()).to.deep.equal(JSON.parse(text));
      expect(heard.map(({ key, from, count }) => ({ key, from, count }))).to.deep.equal([
        { key: 'offers', from: 0, count: 1000 },
        { key: 'offers', from: 1000, count: 1000 },
        { key: 'offers', from: 2000, count: 503 },
        { key: 'events', from: 0, count: 1 },
      ]);
      // Long before the end of the text.
      expect(heard[0]!.before).to.be.below(text.length / 2);
    });

    it('lets a visitor type while a long list is parsed', async () => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Suche');
      document.body.append(input);
      input.focus();
      const text = JSON.stringify({ version: 1, offers: Array.from({ length: 400_000 }, (_, i) => ({ id: `o${i}`, name: 'Kurs am Nachmittag' })) });
      let parsed = false;
      const parsing = readJson(responseOf(text)).then((doc) => {
        parsed = true;
        return doc as { offers: unknown[] };
      });
      // 20 MB: parsed by the piece-by-piece parser. The key goes through the browser's input queue;
      // reading and parsing in one block would hold it back until the end.
      await sendKeys({ type: 'a' });
      expect(input.value).to.equal('a');
      expect(parsed, 'parse finished before the key was handled').to.equal(false);
      expect((await parsing).offers).to.have.length(400_000);
      input.remove();
    });
  });

  describe('when the text is not valid JSON', () => {
    const broken: Record<string, string> = {
      'a trailing comma in a list': '{"version":1,"offers":[1,2, ]}',
      'an empty entry in a list': '{"version":1,"offers":[1,,2]}',
      'a list that starts with a comma': '{"version":1,"offers":[,1]}',
      'a missing comma between keys': '{"version":1 "offers":[1]}',
      'a missing colon': '{"version":1,"offers" [1]}',
      'a stray bracket': '{"version":1,"offers":[1]]}',
      'a mismatched bracket inside an entry': '{"version":1,"offers":[{"a":1]}]}',
      'a string that never ends': '{"version":1,"offers":["abc]}',
      'something after the document': '{"version":1,"offers":[1]} {"offers":[]}',
      'an entry that is not JSON': '{"version":1,"offers":[{id: 1}]}',
    };
    for (const [name, text] of Object.entries(broken)) {
      it(`throws a SyntaxError like JSON.parse: ${name}`, async () => {
        expect(() => JSON.parse(text), 'JSON.parse itself').to.throw(SyntaxError);
        expect(await errorOf(() => readJson(responseOf(text)))).to.be.instanceOf(SyntaxError);
        expect(await errorOf(() => inSmallPieces(text)), 'read in small pieces').to.be.instanceOf(SyntaxError);
      });
    }
  });

  describe('when the document is not an object', () => {
    for (const text of ['[1,2,[3]]', '"text"', '42', 'null']) {
      it(`gives the same value as JSON.parse: ${text}`, async () => {
        expect(await readJson(responseOf(text))).to.deep.equal(JSON.parse(text));
        expect(inSmallPieces(text), 'read in small pieces').to.deep.equal(JSON.parse(text));
      });
    }
  });
});

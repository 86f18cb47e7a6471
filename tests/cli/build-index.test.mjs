import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, assertNoStackTrace } from './helpers.mjs';

const offer = (id, name, extra = {}) => ({ id, name, area: ['schule'], location: { municipality: 'Celle' }, ...extra });

function feedFile(dir, offers, extra = {}) {
  const file = join(dir, 'in.json');
  writeFileSync(file, JSON.stringify({ version: 1, publisher: { name: 'Landkreis Celle', ags: '03351' }, offers, events: [{ id: 'e1', name: 'Fachtag', startDate: '2027-02-01' }], ...extra }));
  return file;
}

test('build-index: manifest with the rest of the feed, chunks sorted by name, content-hashed names', (t) => {
  const dir = tempDir(t);
  const names = ['Zumba', 'Ärztlicher Dienst', 'abend-Kurs', 'Mühlenbachschule', 'Bücherei', 'Chor', 'Öko-Garten'];
  const input = feedFile(dir, names.map((n, i) => offer(`o${i}`, n)));
  const out = join(dir, 'site');
  const r = run(['build-index', input, '-o', out, '--chunk-size', '3']);
  assert.equal(r.code, 0, r.stderr);
  assertNoStackTrace(r);
  assert.match(r.stderr, /7 Angebote in 3 Teilen zu je 3 \(größter Teil [\d,]+ kB, im Mittel [\d,]+ kB gzip\); Suchindex [\d,]+ kB \([\d,]+ kB gzip\)\. Einzubinden: .*site\/feed\.json/);
  const manifest = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
  assert.equal(manifest.offers, undefined);
  assert.deepEqual(manifest.events.map((e) => e.id), ['e1']);
  assert.deepEqual(manifest.publisher, { name: 'Landkreis Celle', ags: '03351' });
  const { count, chunkSize, index, chunks } = manifest.offerChunks;
  assert.deepEqual([count, chunkSize, chunks.length], [7, 3, 3]);
  assert.match(index, /^angebote\/suchindex\.[0-9a-f]{12}\.bin$/);
  chunks.forEach((c, i) => assert.match(c, new RegExp(`^angebote/teil-000${i + 1}\\.[0-9a-f]{12}\\.json$`)));
  assert.deepEqual(readdirSync(join(out, 'angebote')).sort(), [...chunks, index].map((f) => f.slice('angebote/'.length)).sort());
  // German order, as the finder lists offers: case and umlauts do not push a name to the end.
  const listed = chunks.flatMap((c) => JSON.parse(readFileSync(join(out, c), 'utf8')).offers.map((o) => o.name));
  assert.deepEqual(listed, ['abend-Kurs', 'Ärztlicher Dienst', 'Bücherei', 'Chor', 'Mühlenbachschule', 'Öko-Garten', 'Zumba']);
  assert.equal(readFileSync(join(out, index)).subarray(0, 4).toString('latin1'), 'BWIX');
  // The manifest and every chunk are valid feeds of their own.
  assert.equal(run(['validate', join(out, 'feed.json')]).code, 0);
  for (const c of chunks) assert.equal(run(['validate', join(out, c)]).code, 0);
});

test('build-index: the same feed gives the same files; a changed offer changes only the names it touches', (t) => {
  const dir = tempDir(t);
  const offers = Array.from({ length: 6 }, (_, i) => offer(`o${i}`, `Kurs ${i}`));
  const first = run(['build-index', feedFile(dir, offers), '-o', join(dir, 'a'), '--chunk-size', '2']);
  const again = run(['build-index', feedFile(dir, offers), '-o', join(dir, 'b'), '--chunk-size', '2']);
  assert.equal(first.code, 0);
  assert.equal(again.code, 0);
  const manifest = (name) => JSON.parse(readFileSync(join(dir, name, 'feed.json'), 'utf8')).offerChunks;
  assert.deepEqual(manifest('a'), manifest('b'));
  offers[5].name = 'Kurs 5 (neu)';
  run(['build-index', feedFile(dir, offers), '-o', join(dir, 'c'), '--chunk-size', '2']);
  const [a, c] = [manifest('a'), manifest('c')];
  assert.deepEqual(c.chunks.slice(0, 2), a.chunks.slice(0, 2));
  assert.notEqual(c.chunks[2], a.chunks[2]);
  assert.notEqual(c.index, a.index);
});

test('build-index: wrong calls and unusable input say why, write nothing, and never show a stack trace', (t) => {
  const dir = tempDir(t);
  const input = feedFile(dir, [offer('o1', 'Kurs')]);
  const noOut = run(['build-index', input]);
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /Bitte den Zielordner mit -o ORDNER angeben\./);
  const badSize = run(['build-index', input, '-o', join(dir, 'x'), '--chunk-size', 'viele']);
  assert.equal(badSize.code, 2);
  assert.match(badSize.stderr, /--chunk-size „viele“: bitte eine ganze Zahl von 1 bis 100000\./);
  const out = join(dir, 'site');
  assert.equal(run(['build-index', input, '-o', out]).code, 0);
  const twice = run(['build-index', join(out, 'feed.json'), '-o', join(dir, 'again'), '--lang', 'en']);
  assert.equal(twice.code, 1);
  assert.match(twice.stderr, /is split already \(offerChunks\)\. Please name the unsplit feed\./);
  writeFileSync(join(dir, 'v2.json'), JSON.stringify({ version: 2, offers: [] }));
  const unusable = run(['build-index', join(dir, 'v2.json'), '-o', join(dir, 'v2')]);
  assert.equal(unusable.code, 1);
  assert.match(unusable.stderr, /v2\.json: nicht verwendbar\. Es wurde nichts geschrieben\./);
  for (const r of [noOut, badSize, twice, unusable]) assertNoStackTrace(r);
});

test('build-index: entries with errors are left out and reported (exit 1), the rest is split', (t) => {
  const dir = tempDir(t);
  const input = feedFile(dir, [offer('o1', 'Kurs'), { id: 'o2', name: 42, area: ['schule'] }]);
  const r = run(['build-index', input, '-o', join(dir, 'site')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/offers\/1\/name: Text erwartet, ganze Zahl gefunden/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'site', 'feed.json'), 'utf8')).offerChunks.count, 1);
});

test('validate suggests build-index from 10,000 offers in one file (a hint: exit 0); build-index does not', (t) => {
  const dir = tempDir(t);
  const many = Array.from({ length: 10000 }, (_, i) => offer(`o${i}`, `Kurs ${i}`, { url: `https://www.example.org/${i}` }));
  const input = feedFile(dir, many);
  const r = run(['validate', input]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\/offers: Hinweis: 10\.000 Angebote in einer Datei: Jeder Besuch lädt und liest alle\. Mit „bildung-feed build-index“ aufteilen/m);
  const fewer = run(['validate', feedFile(dir, many.slice(0, 9999))]);
  assert.doesNotMatch(fewer.stdout, /build-index/);
  const split = run(['build-index', input, '-o', join(dir, 'site')]);
  assert.equal(split.code, 0, split.stderr);
  assert.doesNotMatch(split.stderr, /Hinweis: 10\.000 Angebote in einer Datei/);
});

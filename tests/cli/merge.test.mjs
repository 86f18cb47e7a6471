import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, lines, filesIn, assertNoStackTrace } from './helpers.mjs';

const offer = (id, name = `Angebot ${id}`) => ({ id, name, area: ['schule'], url: `https://www.example.org/${id}` });
const event = (id) => ({ id, name: `Termin ${id}`, startDate: '2027-02-01', url: 'https://www.example.org/' });

function files(dir) {
  const write = (name, doc) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };
  return {
    a: write('a.json', { version: 1, updated: '2026-10-01T09:00:00+02:00', publisher: { name: 'Landkreis Celle', ags: '03351' }, offers: [offer('o1'), offer('o2')] }),
    b: write('b.json', { version: 1, updated: '2026-11-02T09:00:00+01:00', events: [event('e1')], offers: [offer('o2'), offer('o3')] }),
    c: write('c.json', { version: 1, publisher: { name: 'Stadt Celle' }, offers: [offer('o1', 'Anders geschrieben')], reports: [{ id: 'r1', name: 'Bericht', url: 'https://www.example.org/r.pdf' }] }),
  };
}

test('merge: sections combined in order, identical duplicates taken once (hint), newest "updated", first publisher', (t) => {
  const dir = tempDir(t);
  const { a, b } = files(dir);
  const out = join(dir, 'feed.json');
  const r = run(['merge', a, b, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lines(r.stderr).includes(`Hinweis: offers: ID „o2“ aus ${b} steht gleich schon in ${a} – einmal übernommen`), r.stderr);
  assert.match(r.stderr, /2 Dateien zusammengeführt: 3 Angebote, 1 Termin\./);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(feed.offers.map((o) => o.id), ['o1', 'o2', 'o3']);
  assert.deepEqual(feed.events.map((e) => e.id), ['e1']);
  assert.equal(feed.updated, '2026-11-02T09:00:00+01:00');
  assert.deepEqual(feed.publisher, { name: 'Landkreis Celle', ags: '03351' });
  assert.equal(run(['validate', out]).code, 0);
});

test('merge: a duplicate id with different content is reported; the first wins; exit 1, the rest is written', (t) => {
  const dir = tempDir(t);
  const { a, b, c } = files(dir);
  const r = run(['merge', a, b, c]);
  assert.equal(r.code, 1);
  assert.ok(lines(r.stderr).includes(`offers: doppelte ID „o1“ – der Eintrag aus ${c} weicht von dem aus ${a} ab und wurde nicht übernommen`), r.stderr);
  assert.ok(lines(r.stderr).includes(`Hinweis: ${c} nennt einen anderen Herausgeber; übernommen wird der erste.`));
  assert.equal(r.json.offers.find((o) => o.id === 'o1').name, 'Angebot o1');
  assert.deepEqual(r.json.reports.map((x) => x.id), ['r1']);
  const en = run(['merge', a, c, '--lang', 'en']);
  assert.match(en.stderr, /offers: duplicate id "o1" – the entry from .*c\.json differs from the one in .*a\.json and was not taken/);
});

test('merge: entries the validator drops are reported per file; an unusable file stops the merge before anything is written', (t) => {
  const dir = tempDir(t);
  const { a } = files(dir);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ version: 1, offers: [{ id: 'x', name: 7, area: ['schule'] }, offer('o9')] }));
  const r = run(['merge', a, bad]);
  assert.equal(r.code, 1);
  assert.ok(lines(r.stderr).includes(`${bad}#/offers/0/name: Text erwartet, ganze Zahl gefunden`), r.stderr);
  assert.deepEqual(r.json.offers.map((o) => o.id), ['o1', 'o2', 'o9']);

  const out = join(dir, 'feed.json');
  writeFileSync(out, 'ALT');
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"version": 1, "offers": [}');
  const v2 = join(dir, 'v2.json');
  writeFileSync(v2, '{"version": 2}');
  for (const file of [broken, v2, join(dir, 'missing.json')]) {
    const x = run(['merge', a, file, '-o', out]);
    assert.equal(x.code, 1, file);
    assertNoStackTrace(x, file);
    assert.equal(readFileSync(out, 'utf8'), 'ALT', 'the old output is untouched');
  }
  assert.deepEqual(filesIn(dir), ['a.json', 'b.json', 'bad.json', 'broken.json', 'c.json', 'feed.json', 'v2.json']);
});

test('merge: the output may be one of the inputs (everything is read before anything is written)', (t) => {
  const dir = tempDir(t);
  const { a, b } = files(dir);
  const r = run(['merge', a, b, '-o', a]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(readFileSync(a, 'utf8')).offers.map((o) => o.id), ['o1', 'o2', 'o3']);
  const none = run(['merge']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /Es fehlt die Datei\.\nHilfe: bildung-feed merge --help/);
});

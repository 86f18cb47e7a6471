import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, lines, assertNoStackTrace, ROOT } from './helpers.mjs';

const write = (dir, name, doc) => {
  const file = join(dir, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return file;
};

const offer = (i, extra = {}) => ({ id: `o${i}`, name: `Angebot ${i}`, area: ['schule'], url: 'https://www.example.org/', ...extra });

test('validate: the example feed of docs/ is valid (exit 0); the summary goes to stderr', () => {
  const r = run(['validate', 'docs/example-feed.json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^docs\/example-feed\.json: gültig – 6 Angebote, 3 Termine, 1 Indikator, 1 Bericht/m);
  assertNoStackTrace(r);
});

test('validate: one line per problem as "JSON-pointer: German message", exit 1', (t) => {
  const dir = tempDir(t);
  const file = write(dir, 'feed.json', {
    version: 1,
    offers: [offer(0), offer(1), offer(2), offer(3), { id: 'o4', name: 12.5, area: ['schule'] }, { id: 'o5', name: 'Ohne Bereich' }],
  });
  const r = run(['validate', file]);
  assert.equal(r.code, 1);
  assert.deepEqual(lines(r.stdout), ['/offers/4/name: Text erwartet, Zahl gefunden', '/offers/5/area: Pflichtfeld fehlt']);
  assert.match(r.stderr, /2 Fehler\. Einträge mit Fehlern zeigen die Widgets nicht an\./);
  const en = run(['validate', file, '--lang', 'en']);
  assert.deepEqual(lines(en.stdout), ['/offers/4/name: expected string, found number', '/offers/5/area: required field missing']);
  assert.match(en.stderr, /2 errors\./);
});

test('validate: hints do not fail — unknown code, stale offer, past event still open, missing contact', (t) => {
  const dir = tempDir(t);
  const file = write(dir, 'feed.json', {
    version: 1,
    offers: [
      offer(0, { area: ['kita'] }),
      offer(1, { updated: '2025-11-15' }), // NOW is 2026-11-16: more than 12 months
      offer(2, { updated: '2025-11-16' }), // exactly 12 months: fine
      { id: 'o3', name: 'Ohne Kontakt', area: ['schule'], provider: { name: 'Nur ein Name' } },
      offer(4, { provider: { name: 'Telefon genügt', phone: '05141 1' }, url: undefined }),
    ],
    events: [
      { id: 'e0', name: 'Vorbei', startDate: '2026-10-01', registration: { status: 'open', url: 'https://www.example.org/a' } },
      { id: 'e1', name: 'Kommt noch', startDate: '2027-01-20T09:00:00+01:00', registration: { status: 'open', email: 'a@example.org' } },
      { id: 'e2', name: 'Vorbei, geschlossen', startDate: '2026-10-01', registration: { status: 'closed' }, url: 'https://www.example.org/' },
      { id: 'e3', name: 'Ohne Kontakt', startDate: '2027-01-20' },
    ],
  });
  const r = run(['validate', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(lines(r.stdout), [
    '/offers/0/area/0: Hinweis: unbekannter Code „kita“',
    '/offers/1/updated: Hinweis: seit über 12 Monaten nicht aktualisiert (zuletzt am 15.11.2025)',
    '/offers/3: Hinweis: keine Kontaktangabe (weder url noch provider.url, provider.email oder provider.phone)',
    '/events/0/registration/status: Hinweis: Die Veranstaltung ist vorbei (01.10.2026), die Anmeldung ist aber noch als offen („open“) eingetragen',
    '/events/3: Hinweis: keine Kontaktangabe (weder url noch organizer.url/email/phone oder registration.url/email)',
  ]);
  assert.match(r.stderr, /gültig – 5 Angebote, 4 Termine; 5 Hinweise\./);
  const en = run(['validate', file, '--lang=en']);
  assert.match(en.stdout, /^\/offers\/0\/area\/0: Hint: unknown code "kita"$/m);
  assert.match(en.stdout, /^\/events\/0\/registration\/status: Hint: the event is over \(01\.10\.2026\) but registration is still marked open/m);
});

test('validate: a feed the widgets cannot show at all (not JSON, wrong version, not UTF-8, empty)', (t) => {
  const dir = tempDir(t);
  const cases = [
    ['broken.json', '{\n  "version": 1,\n  "offers": [\n    { "id": "a", }\n  ]\n}', /broken\.json: kein gültiges JSON \(Zeile 4, Spalte 18\)\./],
    ['array.json', '[1, 2]', /\/: Objekt erwartet, Liste gefunden/],
    ['v2.json', '{"version": 2}', /\/version: Version 2 wird nicht unterstützt \(erwartet: 1\)/],
    ['empty.json', '  \n', /empty\.json: Die Datei ist leer\./],
  ];
  for (const [name, text, expected] of cases) {
    const r = run(['validate', write(dir, name, text)]);
    assert.equal(r.code, 1, name);
    assert.match(r.stdout + r.stderr, expected, name);
    assertNoStackTrace(r, name);
  }
  const latin1 = join(dir, 'latin1.json');
  writeFileSync(latin1, Buffer.from('{"version":1,"publisher":{"name":"Landkreis Lüneburg"}}', 'latin1'));
  const r = run(['validate', latin1]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nicht als UTF-8 gespeichert \(erkannt: windows-1252\)/);
});

test('validate: several files, standard input, and the same validator as the widgets for the demo feed', (t) => {
  const dir = tempDir(t);
  const good = write(dir, 'good.json', { version: 1, offers: [offer(0)] });
  const bad = write(dir, 'bad.json', { version: 1, offers: [{ id: 'x', name: 'X', area: [] }] });
  const r = run(['validate', good, bad]);
  assert.equal(r.code, 1);
  assert.deepEqual(lines(r.stdout), [`${bad}#/offers/0/area: mindestens ein Eintrag erwartet`]);
  const stdin = run(['validate', '-'], { input: JSON.stringify({ version: 1, reports: [{ id: 'r', name: 'R', url: 'javascript:alert(1)' }] }) });
  assert.equal(stdin.code, 1);
  assert.equal(stdin.stdout, '/reports/0/url: keine zulässige Adresse (nur http, https, mailto und tel)\n');
  const demo = run(['validate', join(ROOT, 'demo/feed.json')]);
  assert.equal(demo.code, 0, demo.stderr);
  assert.match(demo.stderr, /gültig – 321 Angebote/);
});

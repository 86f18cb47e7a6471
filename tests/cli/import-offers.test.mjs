import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, lines, filesIn, assertNoStackTrace, windows1252, ROOT } from './helpers.mjs';

const TEMPLATE = join(ROOT, 'templates/angebote-vorlage.csv');

test('import offers: the shipped template (UTF-8 with BOM, ";", German column names) gives a complete valid feed', (t) => {
  const bytes = readFileSync(TEMPLATE);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the template carries a BOM, so Excel opens it as UTF-8');
  const dir = tempDir(t);
  const out = join(dir, 'angebote.json');
  const r = run(['import', 'offers', TEMPLATE, '-o', out, '--publisher', 'Landkreis Musterstadt', '--ags', '03351']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '', 'with -o nothing goes to stdout');
  assert.doesNotMatch(r.stderr, /unbekannt/, 'every column of the template is known');
  assert.match(r.stderr, /gelesen als UTF-8 \(mit BOM\), Trennzeichen „;“/);
  assert.match(r.stderr, /2 Angebote übernommen\./);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(feed.version, 1);
  assert.equal(feed.updated, '2026-11-16T12:00:00+01:00');
  assert.deepEqual(feed.publisher, { name: 'Landkreis Musterstadt', ags: '03351' });
  const [vhs, musik] = feed.offers;
  assert.deepEqual(vhs, {
    id: 'vhs-deutsch-a1',
    name: 'Deutschkurs A1 am Vormittag',
    description: 'Integrationskurs für Anfängerinnen und Anfänger.\nKinderbetreuung während des Kurses möglich.',
    area: ['weiterbildung'],
    audience: ['erwachsene', 'zugewanderte'],
    ageMin: 16,
    provider: { name: 'Volkshochschule Musterstadt', url: 'https://www.example.org/vhs', email: 'info@example.org', phone: '05141 555-100' },
    location: { name: 'vhs-Haus', street: 'Musterstraße 1', postalCode: '29221', locality: 'Musterstadt', municipality: 'Musterstadt', lat: 52.6256, lon: 10.0825 },
    mode: 'praesenz',
    languages: ['de', 'ar', 'uk'],
    cost: { free: true, note: 'Kostenbefreiung über das BAMF' },
    accessibility: ['rollstuhlgerecht'],
    schedule: { startDate: '2026-03-02', endDate: '2026-06-26', text: 'montags bis freitags 8:30–12:00 Uhr' },
    url: 'https://www.example.org/vhs/deutsch-a1',
    keywords: ['Integrationskurs', 'DaZ', 'Sprachkurs'],
    updated: '2026-01-15',
  });
  assert.deepEqual(musik.area, ['fruehkindlich', 'nonformal'], 'labels ("Frühkindliche Bildung") become codes');
  assert.equal(musik.mode, 'praesenz', '"vor Ort" is praesenz');
  assert.deepEqual(musik.cost, { free: false, amount: 28.5, note: 'monatlich, Geschwisterermäßigung' });
  const check = run(['validate', out]);
  assert.equal(check.code, 0, check.stdout + check.stderr);
});

test('import offers: UTF-8 without BOM, "," separated, feed field names with dots, lists and booleans in quoted cells', () => {
  const csv = [
    'id,name,area,audience,provider.name,provider.phone,location.municipality,cost.free,cost.amount,languages,keywords,ageMin,ageMax',
    'a1,Schwimmkurs für Kinder,nonformal,"kinder, eltern",DLRG Ortsgruppe,05141 555-1,Celle,x,,"de,en","Schwimmen, Seepferdchen",5,8',
    'a2,"Nachhilfe ""Mathe""",schule,jugendliche,Lernhaus,05141 555-2,Winsen (Aller),0,"12,50",Deutsch,,12,16',
    'a3,Bibliotheksführung,"nonformal,schule",,Stadtbibliothek,,Celle,1,,,,,',
  ].join('\n');
  const r = run(['import', 'offers', '-'], { input: csv });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /gelesen als UTF-8, Trennzeichen „,“/);
  const [a1, a2, a3] = r.json.offers;
  assert.deepEqual(a1.audience, ['kinder', 'eltern']);
  assert.deepEqual(a1.cost, { free: true });
  assert.deepEqual(a1.languages, ['de', 'en']);
  assert.deepEqual(a1.keywords, ['Schwimmen', 'Seepferdchen']);
  assert.deepEqual([a1.ageMin, a1.ageMax], [5, 8]);
  assert.equal(a2.name, 'Nachhilfe "Mathe"');
  assert.deepEqual(a2.cost, { free: false, amount: 12.5 }, 'decimal comma');
  assert.deepEqual(a2.location, { municipality: 'Winsen (Aller)' });
  assert.deepEqual(a3.area, ['nonformal', 'schule']);
  assert.deepEqual(a3.cost, { free: true });
});

test('import offers: Windows-1252 (Excel "CSV (Trennzeichen-getrennt)") is detected; umlauts, ß, € and „“ survive', (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'angebote-1252.csv');
  const text = [
    'Name;Bereich;Anbieter;Straße;Gemeinde;Höchstalter;Preis;Kostenhinweis;Schlagwörter;kostenlos',
    'Töpfern für Groß und Klein;nonformal;Kunstschule Müller;Große Straße 5;Südheide;99;45,00 €;„inkl. Material“ – 4 Termine;Töpfern, Keramik;nein',
    'Französisch für Anfänger;weiterbildung;vhs;Weißer Weg 2;Faßberg;;kostenlos;;Sprachkurs;',
  ].join('\r\n');
  writeFileSync(file, windows1252(text));
  const r = run(['import', 'offers', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /gelesen als Windows-1252, Trennzeichen „;“/);
  const [a, b] = r.json.offers;
  assert.equal(a.id, 'toepfern-fuer-gross-und-klein', 'id from the name, umlauts folded');
  assert.equal(a.name, 'Töpfern für Groß und Klein');
  assert.equal(a.provider.name, 'Kunstschule Müller');
  assert.deepEqual(a.location, { street: 'Große Straße 5', municipality: 'Südheide' });
  assert.equal(a.ageMax, 99);
  assert.deepEqual(a.cost, { free: false, amount: 45, note: '„inkl. Material“ – 4 Termine' });
  assert.deepEqual(a.keywords, ['Töpfern', 'Keramik']);
  assert.deepEqual(b.cost, { free: true }, '"kostenlos" as the price');
  assert.deepEqual(b.location, { street: 'Weißer Weg 2', municipality: 'Faßberg' });
  assert.match(r.stderr, /2 IDs wurden aus dem Namen gebildet/);
});

test('import offers: rows it cannot use are named by their Excel row number; the rest is written (exit 1)', (t) => {
  const dir = tempDir(t);
  const csv = [
    'sep=;',
    'ID;Name;Bereich;Alter von;Link;Zielgruppe;Sprachen;Beginn;kostenlos;Farbe',
    'k1;Krabbelgruppe;fruehkindlich;0;https://www.example.org/k1;eltern;de;01.09.2026;ja;rot',
    'k2;;schule;;;;;;;', // no name
    'k3;Lesepaten;nonformal;drei;www.example.org/lesen;kinder, Sportler;Plattdeutsch;31.02.2026;vielleicht;', // bad values
    '"k4";"Mehrzeilige',
    'Beschreibung im Namen";weiterbildung;;;;;;;', // a quoted line break: one Excel row
    'k1;Doppelt;schule;;;;;;;',
    'k6;Ohne Bereich;;;;;;;;',
    ';;;;;;;;;',
    'k7;Letzte Zeile;Sport;;javascript:alert(1);;;;;',
  ].join('\r\n');
  const out = join(dir, 'out.json');
  const r = run(['import', 'offers', '-', '-o', out], { input: csv });
  assertNoStackTrace(r);
  assert.equal(r.code, 1);
  const err = lines(r.stderr);
  const expected = [
    'Spalte „Farbe“ ist unbekannt und wird nicht übernommen.',
    'Zeile 4, Spalte „Alter von“: „drei“ ist keine ganze Zahl – Feld weggelassen',
    'Zeile 4, Spalte „Sprachen“: Hinweis: „Plattdeutsch“ ist kein Sprachcode (ISO 639-1) und wird so übernommen, wie es dasteht',
    'Zeile 4, Spalte „Beginn“: „31.02.2026“ ist kein Datum (erlaubt: 2026-03-01 oder 01.03.2026) – Feld weggelassen',
    'Zeile 4, Spalte „kostenlos“: „vielleicht“ ist weder ja noch nein (erlaubt: ja/nein, x, 1/0) – Feld weggelassen',
    'Zeile 3 übersprungen: Spalte „Name“: Pflichtfeld fehlt',
    'Zeile 4, Spalte „Zielgruppe“: Hinweis: unbekannter Code „Sportler“',
    'Zeile 6 übersprungen: doppelte ID „k1“ (schon in Zeile 2)',
    'Zeile 7 übersprungen: Spalte „Bereich“: Pflichtfeld fehlt',
    'Zeile 9, Spalte „Bereich“: Hinweis: unbekannter Code „Sport“',
    'Zeile 9, Spalte „Link“: keine zulässige Adresse (nur http, https, mailto und tel) – Feld weggelassen',
  ];
  for (const line of expected) assert.ok(err.includes(line), `stderr lacks: ${line}\n--- stderr:\n${r.stderr}`);
  assert.match(r.stderr, /4 Angebote übernommen, 3 Zeilen übersprungen\./);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(
    feed.offers.map((o) => o.id),
    ['k1', 'k3', 'k4', 'k7'],
  );
  const k3 = feed.offers[1];
  assert.equal(k3.url, 'https://www.example.org/lesen', '"www." gets https://');
  assert.equal(k3.ageMin, undefined);
  assert.equal(feed.offers[2].name, 'Mehrzeilige Beschreibung im Namen');
  assert.equal(feed.offers[3].url, undefined);
  assert.equal(run(['validate', out]).code, 0, 'what is written is always valid');
});

test('import offers: a table without the required columns, or with an open quote, writes nothing', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'feed.json');
  writeFileSync(out, '{"version":1}\n');
  const noArea = run(['import', 'offers', '-', '-o', out], { input: 'Name;Anbieter\nKurs;vhs\n' });
  assert.equal(noArea.code, 1);
  assert.match(noArea.stderr, /Die Spalte „area“ fehlt \(auch erkannt als: Bereich, Bildungsbereich\)\.\nEs wurde nichts geschrieben\./);
  const quote = run(['import', 'offers', '-', '-o', out], { input: 'Name;Bereich\n"Kurs;schule\nNoch;schule\n' });
  assert.equal(quote.code, 1);
  assert.match(quote.stderr, /In Zeile 2 beginnt ein Feld mit Anführungszeichen, das nie endet/);
  const empty = run(['import', 'offers', '-', '-o', out], { input: '\uFEFF\r\n' });
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /Die Tabelle ist leer/);
  const none = run(['import', 'offers', '-', '-o', out], { input: 'Name;Bereich\n;\n' });
  assert.equal(none.code, 1);
  assert.equal(readFileSync(out, 'utf8'), '{"version":1}\n', 'the old file is untouched');
  assert.deepEqual(filesIn(dir), ['feed.json'], 'no temporary file left behind');
  for (const r of [noArea, quote, empty, none]) assertNoStackTrace(r);
});

test('import offers: title rows above the header row are passed over; row numbers stay those of Excel', () => {
  const csv = 'Angebote des Landkreises;;\nStand: Januar 2026;;\nName;Bereich;Alter von\nKurs;schule;x\n';
  const r = run(['import', 'offers', '-'], { input: csv });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.json.offers[0].name, 'Kurs');
  assert.match(r.stderr, /^Zeile 4, Spalte „Alter von“: „x“ ist keine ganze Zahl – Feld weggelassen$/m);
});

test('import offers: --separator, UTF-16 "Unicode text" (tabs) and English messages', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tBereich\tPreis\r\nÜbung\tschule\t3,5\r\n', 'utf16le')]);
  const r = run(['import', 'offers', '-', '--lang', 'en'], { input: utf16 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /read as UTF-16, separator "Tab"/);
  assert.match(r.stderr, /1 id was made from the name/);
  assert.deepEqual(r.json.offers[0], { id: 'uebung', name: 'Übung', area: ['schule'], cost: { free: false, amount: 3.5 } });
  // A header without any separator (one column) gives no hint: --separator says which one it is.
  const forced = run(['import', 'offers', '-', '--separator', 'tab'], { input: 'Name\tBereich, Zielgruppe\nA\tschule\n' });
  assert.equal(forced.code, 1, 'the column "Bereich, Zielgruppe" is not "Bereich"');
  const tab = run(['import', 'offers', '-', '--separator', 'tab'], { input: 'Name\tBereich\n"A, B; C"\tschule\n' });
  assert.equal(tab.code, 0, tab.stderr);
  assert.equal(tab.json.offers[0].name, 'A, B; C');
  const bad = run(['import', 'offers', '-', '--separator', '|'], { input: '' });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Unbekanntes Trennzeichen „\|“/);
});

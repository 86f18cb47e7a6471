import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, fixture, tempDir, filesIn, assertNoStackTrace, ROOT } from './helpers.mjs';

const AI003_3 = fixture('regionalatlas-AI003-3-betreuungsquote.csv');
const AI_N_06 = fixture('regionalatlas-AI-N-06-schulabgaenger.csv');
const value = (indicator, ags, period) => indicator.series.find((s) => s.region.ags === ags).values.find((v) => v.period === period).value;

test('import indicators: the real AI003-3 table — Landkreis Celle 03351, childcare rate 0–2 years 2016 = 27,3 %', () => {
  const r = run(['import', 'indicators', AI003_3, '--region', '03351']);
  assert.equal(r.code, 0, r.stderr);
  assertNoStackTrace(r);
  const [under3, over3] = r.json.indicators;
  assert.equal(r.json.indicators.length, 2, 'one indicator per value column');
  assert.equal(under3.id, 'AI003-3-1');
  assert.equal(under3.name, 'Betreuungsquote 0 bis 2 Jahre');
  assert.equal(under3.unit, '%');
  assert.equal(under3.decimals, 1);
  assert.equal(value(under3, '03351', '2016'), 27.3);
  assert.equal(value(over3, '03351', '2016'), 90.7);
  assert.deepEqual(
    under3.series.map((s) => [s.region.ags, s.region.name, s.values.length]),
    [
      ['03351', 'Celle, Landkreis', 6],
      ['03', 'Niedersachsen', 6],
      ['DG', 'Deutschland', 6],
    ],
    'compared by default with the Land and Germany; indentation removed',
  );
  assert.deepEqual(
    under3.series[0].values.map((v) => v.value),
    [20.5, 23.2, 27.5, 28.7, 27.8, 27.3],
  );
  assert.deepEqual(under3.source, {
    name: 'Regionalatlas Deutschland, Tabelle AI003-3 (Statistische Ämter des Bundes und der Länder), Stand 10.10.2017',
    url: 'https://www.regionalstatistik.de',
  });
  assert.match(
    under3.notes,
    /© Statistische Ämter des Bundes und der Länder, Deutschland, 2017\. Datenlizenz Deutschland – Namensnennung – Version 2\.0 \(www\.govdata\.de\/dl-de\/by-2-0\)\. Quelle: Regionalatlas Deutschland \/ regionalstatistik\.de, Tabelle AI003-3\./,
  );
  assert.match(r.stderr, /2 Indikatoren aus Tabelle AI003-3 für Celle, Landkreis \(03351\), Niedersachsen \(03\), Deutschland \(DG\)/);
  assert.equal(run(['validate', '-'], { input: r.stdout }).code, 0);
});

test('import indicators: placeholders "-", "." and "x" become null (never 0); ids, names and comparisons from the options', () => {
  const saar = run(['import', 'indicators', AI003_3, '--region', '10041100', '--compare', 'none', '--ids', 'C1.1,C1.2', '--region-name', 'Saarbrücken']);
  assert.equal(saar.code, 0, saar.stderr);
  const [c11] = saar.json.indicators;
  assert.equal(c11.id, 'C1.1');
  assert.deepEqual(c11.series.map((s) => s.region), [{ ags: '10041100', name: 'Saarbrücken' }]);
  assert.equal(value(c11, '10041100', '2011'), null, '"." (unknown or secret)');
  const goe = run(['import', 'indicators', AI003_3, '--region', '03159', '--compare', 'DG']);
  assert.equal(value(goe.json.indicators[0], '03159', '2011'), null, '"-" (nothing)');
  assert.equal(goe.json.indicators[0].series[0].region.name, 'Göttingen, Landkreis');
  const lg = run(['import', 'indicators', AI_N_06, '--region', '033', '--compare', '03,DG,99999']);
  assert.equal(lg.code, 0, lg.stderr);
  assert.match(lg.stderr, /Die Vergleichsregion 99999 kommt in der Tabelle nicht vor und wird weggelassen\./);
  const abitur = lg.json.indicators[0];
  assert.equal(abitur.name, 'Anteil Schulabgänger mit allgem. Hochschulreife');
  assert.equal(value(abitur, '033', '2008'), null, '"x" (blocked)');
  assert.deepEqual(abitur.series.map((s) => s.region.ags), ['033', '03', 'DG']);
  const celle = run(['import', 'indicators', AI_N_06, '--region', '03351']);
  assert.equal(value(celle.json.indicators[1], '03351', '2015'), 4.9);
  assert.match(celle.json.indicators[1].notes, /Neueste Werte dieser Tabelle: 2015/);
});

test('import indicators: the same table as ISO-8859-1 (as GENESIS delivers it) and the demo copy with a title over two lines', (t) => {
  const dir = tempDir(t);
  const text = readFileSync(AI003_3, 'utf8');
  const rows = text.split('\n');
  const keep = rows.filter((l, i) => i < 6 || /^\d{4};(03351|03159|03|DG);/.test(l) || i >= rows.length - 6);
  const latin1 = join(dir, 'AI003-3-latin1.csv');
  writeFileSync(latin1, Buffer.from(keep.join('\r\n'), 'latin1'));
  const r = run(['import', 'indicators', latin1, '--region', '03159']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.json.indicators[0].series[0].region.name, 'Göttingen, Landkreis');
  assert.match(r.json.indicators[0].notes, /© Statistische Ämter/);
  const demo = run(['import', 'indicators', join(ROOT, 'data/sources/regionalatlas-AI-N-05-ganztagsbetreuung.csv'), '--region', '01059']);
  assert.equal(demo.code, 0, demo.stderr);
  assert.equal(demo.json.indicators[0].name, 'Ganztagsbetreuung 0 bis 2 Jahre');
  assert.deepEqual(demo.json.indicators[0].series.map((s) => s.region.ags), ['01059', '01', 'DG']);
});

test('import indicators: wrong calls and unusable tables write nothing, with a reason', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'indikatoren.json');
  const cases = [
    [['import', 'indicators', AI003_3, '-o', out], 2, /Es fehlt die eigene Region: --region AGS/],
    [['import', 'indicators', AI003_3, '--region', '99999', '-o', out], 1, /Die Region 99999 kommt in .* nicht vor\. Es wurde nichts geschrieben\./],
    [['import', 'indicators', join(ROOT, 'templates/angebote-vorlage.csv'), '--region', '03351', '-o', out], 1, /keine Tabelle des Regionalatlas \/ der Regionalstatistik \(die erste Zeile lautet nicht „GENESIS-Tabelle: …“\)/],
    [['import', 'indicators', AI003_3, '--region', '03351', '--ids', 'A,B,C', '-o', out], 2, /--ids nennt 3 IDs, die Tabelle hat 2 Wertespalten\./],
    [['import', 'indicators', AI003_3, '--region', '03351', '--ids', 'A,A', '-o', out], 2, /--ids nennt „A“ zweimal\./],
    [['import', 'indicators', AI003_3, AI_N_06, '--region', '03351', '-o', out], 2, /Bitte genau eine Datei angeben\./],
    [['import', 'indicators', join(dir, 'fehlt.csv'), '--region', '03351', '-o', out], 1, /fehlt\.csv: Datei nicht gefunden\./],
  ];
  for (const [args, code, message] of cases) {
    const r = run(args);
    assert.equal(r.code, code, `${args.join(' ')}\n${r.stderr}`);
    assert.match(r.stderr, message);
    assertNoStackTrace(r, args.join(' '));
  }
  assert.deepEqual(filesIn(dir), []);
});

test('import indicators: a table without its licence footer still carries the dl-de/by-2-0 notice, with a hint', (t) => {
  const dir = tempDir(t);
  const text = readFileSync(AI003_3, 'utf8');
  const noFooter = text.slice(0, text.indexOf('__________'));
  const file = join(dir, 'ohne-fusszeile.csv');
  writeFileSync(file, noFooter);
  const r = run(['import', 'indicators', file, '--region', '03351']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Hinweis: Die Tabelle hat keinen Lizenzhinweis am Ende/);
  assert.match(r.json.indicators[0].notes, /Datenlizenz Deutschland – Namensnennung – Version 2\.0/);
  assert.doesNotMatch(r.json.indicators[0].source.name, /Stand/);
});

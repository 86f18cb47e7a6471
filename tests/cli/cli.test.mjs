import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, filesIn, assertNoStackTrace, CLI, ROOT, fixture } from './helpers.mjs';

const COMMANDS = [['validate'], ['import'], ['import', 'offers'], ['import', 'events'], ['import', 'indicators'], ['merge']];

test('the bin: an executable ES module with a node shebang, node built-ins only', () => {
  const text = readFileSync(CLI, 'utf8');
  assert.ok(text.startsWith('#!/usr/bin/env node\n'));
  assert.ok(statSync(CLI).mode & 0o111, 'executable');
  const imports = [...text.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
  assert.ok(imports.length > 0);
  assert.deepEqual(imports.filter((s) => !s.startsWith('node:')), []);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.bin, { 'bildung-feed': 'dist/cli/bildung-feed.mjs' });
  assert.equal(run(['--version']).stdout, `${pkg.version}\n`);
});

test('--help for every command, in German and with --lang en in English; exit 0 on stdout', () => {
  const main = run(['--help']);
  assert.equal(main.code, 0);
  assert.match(main.stdout, /^bildung-feed – Werkzeuge für den Feed der bildung-widgets/);
  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const de = run([...command, flag]);
      assert.equal(de.code, 0, command.join(' '));
      assert.match(de.stdout, new RegExp(`^bildung-feed ${command.join(' ')}`), command.join(' '));
      assert.match(de.stdout, /Optionen|Arten/);
      assert.equal(de.stderr, '');
    }
    const en = run([...command, '--help', '--lang', 'en']);
    assert.match(en.stdout, /Options|Kinds/, command.join(' '));
    assert.doesNotMatch(en.stdout, /Optionen|Aufruf/);
  }
  assert.equal(run(['help', 'import', 'events']).stdout, run(['import', 'events', '--help']).stdout);
  assert.match(run(['--lang', 'en', '--help']).stdout, /^bildung-feed – tools for the feed/);
});

test('wrong calls: exit 2, a German message and where to find help (English with --lang en)', () => {
  const cases = [
    [[], /^bildung-feed – Werkzeuge/],
    [['validat'], /bildung-feed: Unbekannter Befehl „validat“\.\nHilfe: bildung-feed --help/],
    [['validate'], /Es fehlt die Datei\.\nHilfe: bildung-feed validate --help/],
    [['validate', 'x.json', '--strict'], /Unbekannte Option „--strict“\.\nHilfe: bildung-feed validate --help/],
    [['import'], /Was soll importiert werden\? offers, events oder indicators\./],
    [['import', 'termine', 'x.ics'], /Unbekannte Importart „termine“/],
    [['import', 'offers', 'x.csv', '-o'], /Die Option „-o“ braucht einen Wert\.\nHilfe: bildung-feed import offers --help/],
    [['import', 'events', 'x.ics', '--help=ja'], /Die Option „--help“ nimmt keinen Wert\./],
    [['merge', 'a.json', '--output'], /Die Option „--output“ braucht einen Wert/],
    [['validate', 'x.json', '--lang', 'fr'], /Unbekannte Sprache „fr“ – möglich sind de und en\./],
    [['validate', '--lang'], /Die Option „--lang“ braucht einen Wert\./],
  ];
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
    assertNoStackTrace(r, args.join(' '));
  }
  const en = run(['import', 'offers', '--lang', 'en']);
  assert.match(en.stderr, /bildung-feed: The file is missing\.\nHelp: bildung-feed import offers --help/);
});

test('never a stack trace for bad input: garbage, binary, folders, missing files, deep nesting', (t) => {
  const dir = tempDir(t);
  const garbage = join(dir, 'garbage.bin');
  writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  const deep = join(dir, 'deep.json');
  writeFileSync(deep, `${'['.repeat(200000)}${']'.repeat(199999)}`);
  const folder = join(dir, 'ordner');
  mkdirSync(folder);
  const commands = [
    ['validate', garbage],
    ['validate', deep],
    ['validate', folder],
    ['validate', join(dir, 'fehlt.json')],
    ['import', 'offers', garbage],
    ['import', 'offers', folder],
    ['import', 'events', garbage],
    ['import', 'events', deep],
    ['import', 'indicators', garbage, '--region', '03351'],
    ['import', 'indicators', fixture('outlook.ics'), '--region', '03351'],
    ['merge', garbage, deep],
    ['merge', fixture('nextcloud.ics')],
  ];
  for (const args of commands) {
    const r = run(args);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.trim(), `${args.join(' ')} says why`);
    assertNoStackTrace(r, args.join(' '));
  }
  assert.match(run(['validate', folder]).stderr, /Das ist ein Ordner, keine Datei\./);
});

test('-o writes atomically: complete file or none; no temporary file left; a missing folder is reported', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'feed.json');
  const ok = run(['import', 'events', fixture('nextcloud.ics'), '-o', out]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stderr, new RegExp(`Geschrieben: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.deepEqual(filesIn(dir), ['feed.json']);
  const before = readFileSync(out, 'utf8');
  assert.ok(before.endsWith('}\n'));

  const fail = run(['import', 'events', fixture('outlook.ics').replace('outlook', 'gibt-es-nicht'), '-o', out]);
  assert.equal(fail.code, 1);
  assert.equal(readFileSync(out, 'utf8'), before);

  const noDir = run(['import', 'events', fixture('nextcloud.ics'), '-o', join(dir, 'fehlt', 'feed.json')]);
  assert.equal(noDir.code, 1);
  assert.match(noDir.stderr, /Der Ordner für die Ausgabe existiert nicht\. Es wurde nichts geschrieben\./);
  const onDir = run(['import', 'events', fixture('nextcloud.ics'), '-o', dir]);
  assert.equal(onDir.code, 1);
  assert.match(onDir.stderr, /Das ist ein Ordner, keine Datei\./);
  assert.deepEqual(filesIn(dir), ['feed.json']);
  for (const r of [fail, noDir, onDir]) assertNoStackTrace(r);

  // The implementation writes a temporary file beside the target and renames it.
  const source = readFileSync(join(ROOT, 'packages/cli/src/files.ts'), 'utf8');
  assert.match(source, /writeFileSync\(temp, data, \{ flag: 'wx' \}\);\s*renameSync\(temp, target\);/);
});

test('a broken pipe (| head) ends quietly', () => {
  const r = run(['validate', join(ROOT, 'demo/feed.json')]);
  assert.equal(r.code, 0);
  // spawnSync cannot close the pipe early; the shell can.
  const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" validate "${join(ROOT, 'demo/feed.json')}" | head -1`], { encoding: 'utf8' });
  assert.equal(shell.stdout.split('\n').filter(Boolean).length, 1);
  assertNoStackTrace(shell);
});

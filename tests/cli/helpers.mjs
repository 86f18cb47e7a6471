// Shared by the CLI tests (node --test tests/cli/): run the BUILT command line tool as a child
// process, as a district would (`npm run build` first), and make temporary folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CLI = join(ROOT, 'dist/cli/bildung-feed.mjs');
export const FIXTURES = join(ROOT, 'tests/cli/fixtures');
export const fixture = (name) => join(FIXTURES, name);

/** "Now" for every run: the hints about stale offers and past events depend on it. */
export const NOW = '2026-11-16T12:00:00+01:00';

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);

/**
 * Runs `bildung-feed args…` and returns { code, stdout, stderr, json } (json: stdout parsed when
 * it is JSON). `input` goes to standard input.
 */
export function run(args, { cwd = ROOT, input, env = {} } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, BILDUNG_FEED_NOW: NOW, BILDUNG_FEED_DEBUG: '', ...env },
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'bildung-feed-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Files in `dir` (to see that no temporary file was left behind). */
export const filesIn = (dir) => readdirSync(dir).sort();

/** No stack trace, no "Error:" dump — only messages for people. */
export function assertNoStackTrace(result, label = '') {
  for (const stream of [result.stdout, result.stderr]) {
    assert.doesNotMatch(stream, /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m, `stack trace ${label}`);
    assert.doesNotMatch(stream, /\b(TypeError|RangeError|SyntaxError|ReferenceError)\b|Error: |node:internal/, `raw error ${label}`);
  }
}

/** The lines of stderr. */
export const lines = (text) => text.split('\n').filter(Boolean);

/**
 * Windows-1252 bytes of `text` (what Excel writes as "CSV (Trennzeichen-getrennt)" on a German
 * Windows): Latin-1 plus the typographic characters in 0x80–0x9F.
 */
export function windows1252(text) {
  const extra = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
  return Buffer.from(
    [...text].map((c) => {
      if (c in extra) return extra[c];
      const code = c.codePointAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${c}`);
      return code;
    }),
  );
}

// The editor files in dist/: each bundle and the files that belong to it (loaded on demand, e.g.
// bildung-widgets.en.js), and the WordPress plugin that ships them. Runs on the BUILT files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const dist = join(ROOT, 'dist');
const files = readdirSync(dist).filter((f) => /^bildung-.*\.js$/.test(f));
const bundles = files.filter((f) => /^bildung-[a-z]+\.js$/.test(f));

test('every file a bundle loads on demand lies next to it, carries its name and imports nothing', () => {
  assert.ok(bundles.includes('bildung-widgets.js') && bundles.length === 6, bundles.join(', '));
  for (const bundle of bundles) {
    const code = readFileSync(join(dist, bundle), 'utf8');
    const base = bundle.replace(/\.js$/, '');
    for (const [, target] of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
      assert.match(target, new RegExp(`^\\./${base}\\.[\\w-]+\\.js$`), `${bundle} loads ${target}`);
      const chunk = readFileSync(join(dist, target.slice(2)), 'utf8');
      // A CMS loads the bundle as bildung-widgets.js?ver=3: a chunk importing it would run a second copy.
      // (Minified: a statement starts the file or follows `;` or `}`.)
      assert.doesNotMatch(chunk, /(?:^|[;}])\s*import\s*[{*"']|\bimport\(\s*["'`]|}\s*from\s*["']/, `${target} imports nothing`);
    }
  }
  assert.ok(files.includes('bildung-widgets.en.js') && files.includes('bildung-angebote.en.js'), files.join(', '));
});

test('the WordPress plugin ships the bundle with every file that belongs to it', () => {
  const out = execFileSync(process.execPath, [join(ROOT, 'wordpress/build-plugin.mjs')], { cwd: ROOT, encoding: 'utf8' });
  const zip = readFileSync(join(ROOT, /(wordpress\/dist\/\S+\.zip)/.exec(out)[1]));
  // Names from the ZIP's central directory (signature 0x02014b50, name length at +28, name at +46).
  const names = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 46)) {
    names.push(zip.toString('utf8', i + 46, i + 46 + zip.readUInt16LE(i + 28)));
  }
  const shipped = names.filter((n) => n.startsWith('bildung-widgets/assets/')).map((n) => n.slice('bildung-widgets/assets/'.length)).sort();
  assert.deepEqual(shipped, files.filter((f) => f === 'bildung-widgets.js' || f.startsWith('bildung-widgets.')).sort());
});

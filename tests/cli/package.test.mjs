// The npm package as other districts get it: what `npm pack` puts in the tarball, what its
// `exports` resolve to, that bundlers honour `sideEffects`, that the bundled types work for a
// consumer, and that custom-elements.json describes every widget. Runs on the BUILT package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { ROOT, tempDir, run } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const WIDGETS = ['angebote', 'termine', 'berichte', 'indikator'];
const TAGS = ['bildung-angebote', 'bildung-termine', 'bildung-berichte', 'bildung-indikator', 'bildung-quelle'];

// A glob → RegExp: "*" stays inside one path segment, "**" followed by "/" spans folders.
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .split('**/')
      .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('(?:.*/)?')}$`,
  );

let packed;
function packedFiles() {
  if (!packed) {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    packed = JSON.parse(out)[0].files;
  }
  return packed;
}

test('npm pack: the tarball holds exactly what the README promises', () => {
  const block = /<!-- package-files:start -->\s*```text\n([\s\S]*?)```\s*<!-- package-files:end -->/.exec(readme);
  assert.ok(block, 'README lists the package files between <!-- package-files:start/end -->');
  const patterns = block[1].split('\n').map((l) => l.trim()).filter(Boolean);
  const files = packedFiles().map((f) => f.path);
  const unmatched = files.filter((f) => !patterns.some((p) => globToRegExp(p).test(f)));
  assert.deepEqual(unmatched, [], 'files in the tarball the README does not promise');
  const empty = patterns.filter((p) => !files.some((f) => globToRegExp(p).test(f)));
  assert.deepEqual(empty, [], 'README promises files the tarball lacks');
  for (const forbidden of [/^packages\//, /^tests?\//, /^stories\//, /^storybook-static\//, /node_modules/, /^demo\//, /^data\//, /^bench\//, /^scripts\//, /\.ts$(?<!\.d\.ts)/]) {
    assert.deepEqual(files.filter((f) => forbidden.test(f)), [], `nothing matching ${forbidden}`);
  }
  const bin = packedFiles().find((f) => f.path === pkg.bin['bildung-feed']);
  assert.ok(bin && bin.mode & 0o111, 'the bin is packed and executable');
});

test('package.json: ESM only, every export target exists and is packed, types for every code entry', () => {
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.main, undefined, 'no CommonJS entry');
  const files = new Set(packedFiles().map((f) => f.path));
  const targets = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string') targets.push([key, value]);
    else {
      assert.deepEqual(Object.keys(value), ['types', 'default'], `${key}: "types" first`);
      targets.push([key, value.types], [key, value.default]);
    }
  }
  for (const [key, target] of targets) {
    if (target.includes('*')) {
      assert.ok([...files].some((f) => globToRegExp(target.slice(2)).test(f)), `${key} → ${target}`);
      continue;
    }
    assert.ok(files.has(target.slice(2)), `${key} → ${target} is in the tarball`);
  }
  for (const entry of ['.', ...WIDGETS.map((w) => `./${w}`), ...WIDGETS.map((w) => `./${w}/class`), './quelle', './quelle/class', './core']) {
    assert.ok(pkg.exports[entry]?.types, `exports["${entry}"].types`);
  }
  assert.equal(pkg.types, pkg.exports['.'].types);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  assert.equal(pkg.exports['./feed.schema.json'], './dist/feed.schema.json');
});

/** Source modules with statements that run on import (a define, an observer): a scan of the top level. */
function sourcesWithSideEffects() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'cli') walk(file);
      } else if (name.endsWith('.ts') && !/\.(test|examples|stories)\.ts$/.test(name)) {
        const top = readFileSync(file, 'utf8')
          .replace(/`(?:\\.|[^`\\])*`/gs, '``') // template literals (help texts, CSS) are no statements
          .split('\n')
          .filter((l) => /^(?:if\s*\(|new\s|[A-Za-z_$][\w$.]*\s*\()/.test(l) && !/^(?:export|import|const|let|var|function|class|interface|type|declare)\b/.test(l));
        if (top.length) found.push(relative(ROOT, file));
      }
    }
  };
  walk(join(ROOT, 'packages'));
  return found.sort();
}

test('sideEffects: every module that does something on import is marked, in dist/lib and for our own build', () => {
  const marked = (file) => pkg.sideEffects.some((p) => globToRegExp(p.replace(/^\.\//, '')).test(file));
  for (const w of [...WIDGETS, 'quelle']) {
    assert.ok(marked(pkg.exports[`./${w}`].default.slice(2)), `${w} defines an element`);
    assert.ok(!marked(pkg.exports[`./${w}/class`].default.slice(2)), `${w}/class has no side effect`);
  }
  assert.ok(marked('dist/lib/all.js') && marked('dist/bildung-widgets.js'));
  assert.ok(!marked('dist/lib/core.js') && !marked('dist/lib/modules/core/src/feed/validate.js'));

  const sources = sourcesWithSideEffects();
  assert.ok(sources.includes('packages/angebote/src/angebote.ts') && sources.includes('packages/core/src/quelle/quelle.ts'), sources.join(', '));
  // Where each of them ends up in dist/lib: an entry of the library build, or modules/<path>.js.
  const config = readFileSync(join(ROOT, 'rollup.config.mjs'), 'utf8');
  const entryOf = new Map([...config.matchAll(/^\s+'?([\w.]+)'?: '(packages\/[^']+\.ts)',$/gm)].map((m) => [m[2], m[1]]));
  for (const source of sources) {
    // Our own rollup build reads the same field for the sources: unmarked, `import './x.js'`
    // would silently vanish from the bundles.
    assert.ok(marked(source), `${source} is marked for our own build`);
    const entry = entryOf.get(source);
    const built = entry ? `dist/lib/${entry}.js` : `dist/lib/modules/${source.slice('packages/'.length).replace(/\.ts$/, '.js')}`;
    assert.ok(existsSync(join(ROOT, built)), `${built} exists`);
    assert.ok(marked(built), `${built} (from ${source}) runs code on import and must be listed in package.json "sideEffects"`);
  }
  assert.match(readFileSync(join(ROOT, 'dist/lib/angebote.js'), 'utf8'), /^import '\.\/quelle\.js';/m, 'the define entry keeps <bildung-quelle>');
});

/** A district's site in a temporary folder with this package (and Lit) in its node_modules. */
function consumer(t) {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'node_modules/@lit'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules/bildung-widgets'), 'dir');
  symlinkSync(join(ROOT, 'node_modules/lit'), join(dir, 'node_modules/lit'), 'dir');
  symlinkSync(join(ROOT, 'node_modules/@lit/context'), join(dir, 'node_modules/@lit/context'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
  return dir;
}

async function bundle(dir, code) {
  writeFileSync(join(dir, 'entry.js'), code);
  const b = await rollup({
    input: join(dir, 'entry.js'),
    external: (id) => /^(lit|@lit\/)/.test(id),
    plugins: [nodeResolve({ browser: true, rootDir: dir })],
    onwarn: () => {},
  });
  const { output } = await b.generate({ format: 'es', inlineDynamicImports: true });
  await b.close();
  return output[0].code;
}

test('a bundler honours the exports and sideEffects: defined when asked, nothing when only a class or the core is used', async (t) => {
  const dir = consumer(t);
  const define = await bundle(dir, "import 'bildung-widgets/angebote';\n");
  assert.match(define, /defineElement\("bildung-angebote"/);
  assert.match(define, /defineElement\("bildung-quelle"/);
  assert.match(define, /"bildung-angebote"/);
  assert.match(define, /"bildung-quelle"/);
  const unused = await bundle(dir, "import 'bildung-widgets/angebote/class';\nimport 'bildung-widgets/core';\n");
  assert.equal(unused.replace(/^import ['"][^'"]+['"];\n/gm, '').trim(), '', 'unused side-effect-free entries vanish');
  const cls = await bundle(dir, "import { BildungTermine } from 'bildung-widgets/termine/class';\nexport const T = BildungTermine;\n");
  assert.match(cls, /class BildungTermine/);
  assert.doesNotMatch(cls, /defineElement\(\s*["']bildung-|customElements\.define\(\s*["']/, 'the class entry defines nothing');
  const core = await bundle(dir, "import { validateFeed } from 'bildung-widgets/core';\nexport const ok = validateFeed({ version: 1 });\n");
  assert.doesNotMatch(core, /customElements|class Bildung/, 'the core API alone carries no element');
  const all = await bundle(dir, "import 'bildung-widgets';\n");
  for (const tag of TAGS) assert.match(all, new RegExp(`"${tag}"`), tag);
});

test('the core entry works in Node (build scripts), the schema and the manifest resolve through exports', (t) => {
  const dir = consumer(t);
  const script = [
    "import { validateFeed, formatProblem } from 'bildung-widgets/core';",
    "import schema from 'bildung-widgets/feed.schema.json' with { type: 'json' };",
    "import manifest from 'bildung-widgets/custom-elements.json' with { type: 'json' };",
    "const { problems } = validateFeed({ version: 1, offers: [{ id: 'a', name: 4.5, area: ['schule'] }] });",
    'console.log(JSON.stringify([problems.map((p) => formatProblem(p, "de")), schema.title, manifest.schemaVersion]));',
  ].join('\n');
  writeFileSync(join(dir, 'check.mjs'), script);
  const out = execFileSync(process.execPath, [join(dir, 'check.mjs')], { cwd: dir, encoding: 'utf8' });
  const [messages, title, version] = JSON.parse(out);
  assert.deepEqual(messages, ['/offers/0/name: Text erwartet, Zahl gefunden']);
  assert.equal(title, 'Feed');
  assert.ok(version);
  const standalone = createRequire(join(dir, 'x.js')).resolve('bildung-widgets/package.json');
  assert.equal(relative(ROOT, standalone), 'package.json');
});

test('the bundled types work for a TypeScript site (strict, no skipLibCheck)', (t) => {
  const dir = consumer(t);
  writeFileSync(
    join(dir, 'site.ts'),
    [
      "import 'bildung-widgets/angebote';",
      "import { BildungTermine } from 'bildung-widgets/termine/class';",
      "import { validateFeed, formatProblem, type Feed, type Offer } from 'bildung-widgets/core';",
      "import { BildungIndikator, registerLocale } from 'bildung-widgets';",
      "const finder = document.querySelector('bildung-angebote');",
      'const size: number | undefined = finder?.pageSize;',
      "const list: BildungTermine = document.createElement('bildung-termine');",
      "const tile: BildungIndikator | null = document.querySelector('bildung-indikator');",
      'const result = validateFeed({ version: 1 });',
      'const feed: Feed | null = result.feed;',
      "const offers: Offer[] = feed?.offers ?? [];",
      "const lines: string[] = result.problems.map((p) => formatProblem(p, 'en'));",
      "void [size, list, tile, offers, lines, registerLocale];",
      "// @ts-expect-error pageSize is a number",
      "if (finder) finder.pageSize = 'zwanzig';",
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['site.ts'],
    }),
  );
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc found errors in the consumer or in dist/types:\n${error.stdout}${error.stderr}`);
  }
});

test('custom-elements.json lists every widget with its attributes, events, parts and custom properties', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  for (const tag of TAGS) {
    const el = elements.find((d) => d.tagName === tag);
    assert.ok(el, `${tag} declared`);
    assert.ok(definitions.some((d) => d.name === tag), `${tag} defined`);
    assert.ok(el.summary, `${tag}: @summary`);
    assert.ok(el.attributes?.some((a) => a.name === (tag === 'bildung-quelle' ? 'src' : 'src')), `${tag}: attributes`);
    assert.ok(el.slots?.length, `${tag}: @slot`);
    if (tag === 'bildung-quelle') continue;
    assert.ok(el.attributes.some((a) => a.name === 'lang') && el.attributes.some((a) => a.name === 'debug'), `${tag}: inherited attributes`);
    assert.ok(el.events?.some((e) => e.name === 'bildung-ready' && e.type?.text), `${tag}: @event with detail type`);
    assert.ok(el.cssParts?.length >= 5, `${tag}: @csspart`);
    assert.ok(el.cssProperties?.some((p) => p.name === '--bildung-accent'), `${tag}: @cssprop`);
    for (const entry of [...el.attributes, ...el.events, ...el.cssParts, ...el.cssProperties]) {
      assert.ok(entry.description, `${tag}: ${entry.name} has a description`);
    }
  }
});

test('the offers template and templates/README.md document every column the importer knows', () => {
  const source = readFileSync(join(ROOT, 'packages/cli/src/offers/columns.ts'), 'utf8');
  const columns = [...source.matchAll(/\{ field: '([^']+)', kind: '[^']+'(?:, codes: '[^']+')?, aliases: \[([^\]]*)\]/g)].map((m) => ({
    field: m[1],
    aliases: [...m[2].matchAll(/'([^']+)'/g)].map((a) => a[1]),
  }));
  assert.equal(columns.length, 30, 'every field of an offer in FEED.md');
  const doc = readFileSync(join(ROOT, 'templates/README.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## Alle Spalten'));
  for (const { field, aliases } of columns) {
    assert.ok(table.includes(`| \`${field}\` |`), `templates/README.md documents the field ${field}`);
    for (const alias of aliases) assert.ok(table.includes(`\`${alias}\``), `templates/README.md names "${alias}"`);
  }
  const header = readFileSync(join(ROOT, 'templates/angebote-vorlage.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0].split(';');
  assert.deepEqual(header, columns.map((c) => c.aliases[0]), 'the template has every column, by its first German name, in order');
});

test('one Regionalatlas reader: the demo feed script imports the CLI module; nothing reads ../shared', () => {
  const demo = readFileSync(join(ROOT, 'scripts/build-demo-feed.mjs'), 'utf8');
  assert.match(demo, /from '\.\.\/packages\/cli\/src\/regionalatlas\.mjs'/);
  assert.doesNotMatch(demo, /function parseSemicolonCsv|function atlasValue|ATLAS_PLACEHOLDERS/, 'no second parser');
  const offenders = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (['node_modules', '.git', 'dist', 'storybook-static', 'fixtures'].includes(name)) continue;
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(m?[jt]s|json)$/.test(name) && /(\.\.\/shared\/|\/work\/shared)/.test(readFileSync(file, 'utf8'))) offenders.push(relative(ROOT, file));
    }
  };
  for (const dir of ['packages', 'scripts', 'tests', 'stories', '.storybook']) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  assert.deepEqual(offenders.filter((f) => f !== 'tests/cli/package.test.mjs'), []);
  assert.ok(run(['--version']).code === 0);
});

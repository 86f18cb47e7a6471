import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rmSync } from 'node:fs';
import { transform as esbuildTransform } from 'esbuild';
import { mangleablePrivateNames } from './scripts/private-members.mjs';

// 1. For editors: one self-contained module with every widget (dist/bildung-widgets.js) plus one
//    per widget. Each file carries Lit inside: an editor copies one file and one <script> tag.
const entries = {
  'bildung-widgets': 'packages/all/editor.ts',
  'bildung-angebote': 'packages/angebote/src/angebote.ts',
  'bildung-termine': 'packages/termine/src/termine.ts',
  'bildung-berichte': 'packages/berichte/src/berichte.ts',
  'bildung-indikator': 'packages/indikator/src/indikator.ts',
  'bildung-quelle': 'packages/core/src/quelle/quelle.ts',
};

/**
 * Editor bundles only: the feed schema without its prose (titles, descriptions; the shipped
 * dist/feed.schema.json keeps them) and, in a one-widget file, without the sections that widget
 * never reads: such a file checks, and keeps, only its own section. Each `$ref` is replaced by
 * the definition it names, and `$defs` dropped: gzip finds a repeated definition cheaper than a
 * `{"$ref":"#/$defs/…"}` and a name (the validator checks a node alike either way; the schema
 * has no recursive definitions, the build stops if one comes). A URL's `pattern` is dropped:
 * the `uri` format it stands beside checks more (see url.ts).
 */
const SECTIONS_OF = {
  'bildung-angebote': ['offers', 'offerChunks'],
  'bildung-termine': ['events'],
  'bildung-berichte': ['reports'],
  'bildung-indikator': ['indicators'],
};
const FEED_SECTIONS = ['offers', 'offerChunks', 'events', 'indicators', 'reports'];
const slimSchema = (sections) => ({
  name: 'slim-feed-schema',
  transform(code, id) {
    if (!id.endsWith('feed.schema.json')) return null;
    const prose = new Set(['$schema', '$id', 'title', 'description']);
    // Prose is a string; a property that is named `title` or `description` (an offer's
    // description, a document's title) is a schema object and stays.
    const schema = JSON.parse(code, (key, value) => (prose.has(key) && typeof value === 'string' ? undefined : value));
    if (sections) for (const key of FEED_SECTIONS) if (!sections.includes(key)) delete schema.properties[key];
    const inline = (node, refs) => {
      if (Array.isArray(node)) return node.map((item) => inline(item, refs));
      if (!node || typeof node !== 'object') return node;
      if (typeof node.$ref === 'string') {
        if (refs.includes(node.$ref)) this.error(`feed.schema.json: ${node.$ref} refers to itself; the editor bundles cannot inline it`);
        return inline(schema.$defs[node.$ref.replace('#/$defs/', '')], [...refs, node.$ref]);
      }
      // A URL's `pattern` (its scheme, for other validators) says less than our `uri` format (isSafeUrl), which the validator checks anyway.
      return Object.fromEntries(Object.entries(node).flatMap(([key, value]) => (key === '$defs' || (key === 'pattern' && node.format === 'uri') ? [] : [[key, inline(value, refs)]])));
    };
    return JSON.stringify(inline(schema, []));
  },
});
const dropIndentation = {
  name: 'drop-template-indentation',
  // After terser, a line break can only stand inside a template literal.
  renderChunk: (code) => ({ code: code.replace(/\n[ \t]+/g, '\n'), map: null }),
};

/**
 * Editor bundles only: the CSS of every `css\`…\`` literal minified by esbuild's CSS minifier
 * (comments, whitespace, shorter colours and values). Literals with an interpolation or an
 * escape are left alone (there are none today; the build warns). The line breaks taken out are
 * put back after the literal, so the source map keeps pointing at the right lines. The minified
 * text is handed to Lit's `unsafeCSS`, which makes the same style sheet as `css` does from a
 * literal without interpolations (the text is our own source, nothing to check): then no file
 * carries `css` itself, with its check of interpolated values and their long error message.
 */
const minifyCss = {
  name: 'minify-css-literals',
  async transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
    const parts = [];
    let last = 0;
    for (const m of code.matchAll(/\bcss`([^`]*)`/g)) {
      const [whole, text] = m;
      if (/\$\{|\\/.test(text)) {
        this.warn(`${id}: a css literal with an interpolation or escape stays unminified`);
        continue;
      }
      // esbuild minifies a style sheet; `:host` and custom properties pass through unchanged.
      const { code: min } = await esbuildTransform(text, { loader: 'css', minify: true, logLevel: 'silent' });
      const lines = text.split('\n').length - 1;
      parts.push(code.slice(last, m.index), `__unsafeCSS(${JSON.stringify(min.trim())})`, '\n'.repeat(lines));
      last = m.index + whole.length;
    }
    if (!parts.length) return null;
    parts.push(code.slice(last));
    // On the first line, so the lines stay where they were.
    parts.unshift("import { unsafeCSS as __unsafeCSS } from 'lit';");
    return { code: parts.join(''), map: null };
  },
};

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * What a widget loads only when it needs it goes into files next to the editor file, named after
 * it (`bildung-widgets.en.js`), one per kind: the English strings of the widgets, the code for
 * Land-scale feeds (`bildung-widgets.split.js`: the parser of a one-file feed of more than 2 MB
 * for every widget, and the split-feed code for the finder), the calendar and CSV writers
 * (`bildung-widgets.ical.js`, `.csv.js`), the data-attribute mount (`.mount.js`). Such a file
 * must import nothing from the main file: a CMS often loads that with a query string
 * (`bildung-widgets.js?ver=3`), and `import './bildung-widgets.js'` would then run a second copy.
 */
const LAZY_CHUNKS = [
  ['en', /[\\/]i18n[\\/]en(?:[\\/]|\.ts$)/],
  // Land scale: a split feed's chunk loader and prebuilt index reader, the piece-by-piece parser of a big one-file feed, and the finder's code for both.
  ['split', /[\\/]feed[\\/](?:split-offers|parse|checker)\.ts$|[\\/]search[\\/](?:prebuilt|growing-facets)\.ts$|[\\/]angebote\.land\.ts$/],
  // The file writers, loaded when a visitor asks for a file: "In den Kalender" (termine), the CSV (indikator).
  ['ical', /[\\/]core[\\/]src[\\/]ical-writer\.ts$/],
  ['csv', /[\\/]core[\\/]src[\\/]csv-writer\.ts$/],
  // The texts for editors: of feed problems, loaded when a feed has problems (for the console and
  // debug report), and the indicator tile's notices, loaded when its attributes name what the feed has not.
  ['problems', /[\\/](?:feed|i18n)[\\/]problems\.ts$|[\\/]indikator\.notices\.ts$/],
  // The data-attribute form's mount (see mount-on-demand.ts), loaded by a page that has an element in that form.
  ['mount', /[\\/]core[\\/]src[\\/]mount\.ts$/],
];
/**
 * Editor files: class members TypeScript declares `private` get short names (see
 * scripts/private-members.mjs for which ones, and why that is safe); terser keeps a name that is
 * also one of the browser's. One name cache per build, so all of its files agree. A name that
 * was shortened but still stands in a file was reached some other way: the build stops.
 */
const PRIVATE_NAMES = new RegExp(`^(?:${mangleablePrivateNames((file) => LAZY_CHUNKS.some(([, pattern]) => pattern.test(file))).join('|')})$`);
const privateNamesGone = (nameCache) => ({
  name: 'private-names-gone',
  generateBundle(_, bundle) {
    const shortened = Object.keys(nameCache.props?.props ?? {}).map((key) => key.slice(1));
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const left = shortened.filter((name) => new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(chunk.code));
      if (left.length) this.error(`${chunk.fileName} still names the private members ${left.join(', ')}: reached other than as members, they must keep their names`);
    }
  },
});

const selfContainedChunks = {
  name: 'self-contained-chunks',
  generateBundle(_, bundle) {
    // A file no one loads (its import was shaken out, e.g. split-feed code in the event list) is not written.
    const loaded = new Set(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [...c.imports, ...c.dynamicImports] : [])));
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type === 'chunk' && !chunk.isEntry && !loaded.has(fileName)) {
        delete bundle[fileName];
        delete bundle[`${fileName}.map`];
      }
    }
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.isEntry) continue;
      const imports = [...chunk.imports, ...chunk.dynamicImports];
      if (imports.length) this.error(`${chunk.fileName} imports ${imports.join(', ')}: a file loaded on demand must stand alone`);
    }
  },
};

/**
 * The core modules only define things (classes, functions, strings): a file that uses none of a
 * module's exports leaves it out, even when its decorators look like side effects to rollup
 * (a finder does not need <bildung-quelle>'s class or its context provider). Only the modules
 * that register elements or watch the page run for their effect.
 */
const coreModule = /[\\/]packages[\\/]core[\\/]src[\\/]/;
const runsForEffect = /[\\/](?:mount(?:-on-demand)?|quelle[\\/]quelle)\.ts$/;
const treeshake = { moduleSideEffects: (id) => !coreModule.test(id) || runsForEffect.test(id) };

const standalone = Object.entries(entries).map(([name, input]) => {
  // The short names of private members (see privateNamesGone): one set for a file and its on-demand files.
  const nameCache = {};
  return {
    input: { [name]: input },
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      // Arrow functions and shorthand in what rollup writes itself (the loading of on-demand files).
      generatedCode: 'es2015',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: `${name}.[name].js`,
      manualChunks: (id) => LAZY_CHUNKS.find(([, pattern]) => pattern.test(id))?.[0],
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      slimSchema(SECTIONS_OF[name]),
      minifyCss,
      json({ preferConst: true, compact: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ module: true, ecma: 2020, format: { comments: false }, mangle: { properties: { regex: PRIVATE_NAMES } }, nameCache }),
      privateNamesGone(nameCache),
      dropIndentation,
      selfContainedChunks,
    ],
    onwarn,
  };
});

// 2. For districts that bundle their own site: the npm package's entry points (package.json
//    "exports") in dist/lib/, with Lit and @lit/context left to the site's bundler (they are
//    dependencies) and every module shared, so a page that imports several entries gets one copy
//    of everything (one feed cache, one <bildung-quelle> context). `x.js` defines the element (a
//    side effect); `x.class.js` only exports the class; `core.js` is the API without any element.
//    package.json "sideEffects" names the files with side effects; tests/cli/package.test.mjs
//    checks that list against the sources.
const libraryInput = {
    all: 'packages/all/bildung-widgets.ts',
    core: 'packages/core/src/index.ts',
    angebote: 'packages/angebote/src/angebote.ts',
    'angebote.class': 'packages/angebote/src/angebote.component.ts',
    termine: 'packages/termine/src/termine.ts',
    'termine.class': 'packages/termine/src/termine.component.ts',
    berichte: 'packages/berichte/src/berichte.ts',
    'berichte.class': 'packages/berichte/src/berichte.component.ts',
    indikator: 'packages/indikator/src/indikator.ts',
    'indikator.class': 'packages/indikator/src/indikator.component.ts',
    quelle: 'packages/core/src/quelle/quelle.ts',
    'quelle.class': 'packages/core/src/quelle/quelle.component.ts',
};
const ENTRY_NAMES = new Set(Object.keys(libraryInput));
const library = {
  input: libraryInput,
  output: {
    dir: 'dist/lib',
    format: 'es',
    sourcemap: true,
    // One file per source module (below dist/lib/modules/), so a site's bundler drops every
    // module it does not use: `validateFeed` from the core entry does not bring the element
    // classes along just because they would share a chunk.
    preserveModules: true,
    preserveModulesRoot: 'packages',
    entryFileNames: (chunk) => (chunk.isEntry && ENTRY_NAMES.has(chunk.name) ? '[name].js' : 'modules/[name].js'),
  },
  external: (id) => /^(?:lit|lit-html|lit-element|@lit\/[^/]+)(?:\/|$)/.test(id),
  plugins: [
    // Modules come and go with the sources: clear out the previous build first.
    { name: 'clean-dist-lib', buildStart: () => rmSync('dist/lib', { recursive: true, force: true }) },
    nodeResolve({ browser: true }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  onwarn,
};

export default [...standalone, library];

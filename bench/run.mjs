#!/usr/bin/env node
// Search benchmark for <bildung-angebote>: keystroke-to-results in headless Chromium for our
// SearchIndex (the real widget) vs. plain fuse.js and MiniSearch, on synthetic offers.
//
//   npm run bench                        # 1,000 and 10,000 offers
//   node bench/run.mjs --scale 100000    # adds 100,000 (fuse.js then full queries only; ~7 min)
//   node bench/run.mjs --sizes 1000 --passes 1 --impl ours
//
// `ours-split` is the same widget on the split form of the same feed (manifest + chunks + prebuilt
// index, written by the built CLI: dist/cli/bildung-feed.mjs build-index).
//
// Output: a table on stdout, raw numbers in bench/results/latest.json. Bundles into bench/.out/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { generateOffers, feedOf } from './data.mjs';
import { QUERIES } from './queries.mjs';
import { chromiumArgs, chromiumPath, contentTypes } from '../scripts/local-web.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, '.out');
const resultsDir = join(here, 'results');

// ---------------------------------------------------------------- options
function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}
const scale = Number(option('scale', 10000));
const sizes = option('sizes', '')
  ? option('sizes', '').split(',').map(Number)
  : [1000, 10000, 100000].filter((n) => n <= Math.max(10000, scale));
const impls = option('impl', 'ours,ours-split,minisearch,fuse').split(',');
const PASSES = Number(option('passes', 2));
const WARMUP = Number(option('warmup', 1));
// Loading the widget is timed this many more times, each on a fresh page: the report gives medians.
const LOADS = Number(option('loads', 5));
const SEED = 20260401;
const PAGE_SIZE = 20; // the widget's default page-size
const CHROME = chromiumPath;

/**
 * Which prefixes each implementation types, and how often. Every prefix (every keystroke), in
 * `--passes` timed passes after `--warmup` passes, except plain fuse.js, which scans every document
 * on every search: at 1,000 one timed pass without warm-up, at 10,000 every 3rd prefix (from 3 letters on) plus
 * the full query in one timed pass without warm-up, at 100,000 only the full queries.
 */
function plan(impl, size) {
  const all = QUERIES.map(({ q }) => Array.from({ length: q.length }, (_, i) => i + 1));
  if (impl !== 'fuse') return { prefixes: all, passes: PASSES, warmup: WARMUP, capped: false };
  if (size <= 1000) return { prefixes: all, passes: 1, warmup: 0, capped: 'every keystroke, 1 timed pass, no warm-up pass' };
  if (size <= 10000) {
    return {
      prefixes: all.map((lens) => lens.filter((n) => (n >= 3 && n % 3 === 0) || n === lens.length)),
      passes: 1,
      warmup: 0,
      capped: 'every 3rd prefix from 3 letters + full query, 1 pass, no warm-up pass',
    };
  }
  return { prefixes: QUERIES.map(({ q }) => [q.length]), passes: 1, warmup: 0, capped: 'full queries only, 1 pass' };
}

// ---------------------------------------------------------------- data + bundle
const started = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

const datasets = new Map();
for (const size of sizes) {
  const t0 = performance.now();
  const offers = generateOffers(size, SEED);
  const targets = QUERIES.map(({ q, target }) => {
    const ids = offers.filter(target).map((o) => o.id);
    if (!ids.length) throw new Error(`no target for "${q}" at ${size} offers: fix bench/data.mjs`);
    return ids;
  });
  writeFileSync(join(out, `feed-${size}.json`), JSON.stringify(feedOf(offers)));
  datasets.set(size, { offers, targets, genMs: performance.now() - t0 });
  if (impls.includes('ours-split')) {
    const cli = join(root, 'dist/cli/bildung-feed.mjs');
    if (!existsSync(cli)) throw new Error('dist/cli/bildung-feed.mjs is missing: run `npm run build` first (npm run bench does)');
    const dir = join(out, `split-${size}`);
    const t1 = performance.now();
    execFileSync(process.execPath, [cli, 'build-index', join(out, `feed-${size}.json`), '-o', dir], { stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const ids = manifest.offerChunks.chunks.flatMap((c) => JSON.parse(readFileSync(join(dir, c), 'utf8')).offers.map((o) => o.id));
    writeFileSync(join(out, `split-ids-${size}.json`), JSON.stringify(ids));
    datasets.get(size).split = {
      buildS: (performance.now() - t1) / 1000,
      indexMB: statSync(join(dir, manifest.offerChunks.index)).size / 1e6,
      feedMB: statSync(join(out, `feed-${size}.json`)).size / 1e6,
      chunks: manifest.offerChunks.chunks.length,
    };
  }
}

await esbuild.build({
  entryPoints: [join(here, 'page.ts')],
  outfile: join(out, 'page.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title>' +
    '<link rel="icon" href="data:,"><script type="module" src="page.js"></script></head><body></body></html>',
);

// ---------------------------------------------------------------- server
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  const file = join(out, name);
  if (name.includes('..') || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- browser
const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  userDataDir: profile,
  args: [
    ...chromiumArgs,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);

const runs = [];
try {
  console.log(
    `bench: ${cpus().length} cores (load ${loadavg().map((x) => x.toFixed(1)).join(' ')}), ${await browser.version()}, sizes ${sizes.join(', ')}, ${QUERIES.length} queries`,
  );
  for (const size of sizes) {
    const { targets } = datasets.get(size);
    for (const impl of impls) {
      const p = plan(impl, size);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => !!window.bench);
      const judged = await page.evaluate((name) => window.bench.judge(name), impl);
      const t0 = performance.now();
      const result = await page.evaluate((args) => window.bench.run(args), {
        impl,
        feedUrl: `${origin}/feed-${size}.json`,
        splitUrl: `${origin}/split-${size}/feed.json`,
        idsUrl: `${origin}/split-ids-${size}.json`,
        queries: QUERIES.map((x) => x.q),
        targets,
        prefixes: p.prefixes,
        warmupPasses: p.warmup,
        passes: p.passes,
        seed: SEED,
        pageSize: PAGE_SIZE,
      });
      const wallS = (performance.now() - t0) / 1000;
      await page.close();
      if (errors.length) console.warn(`  ${impl} @ ${size}: page errors:\n    ${errors.slice(0, 5).join('\n    ')}`);
      if (impl === 'ours' || impl === 'ours-split') {
        const loads = [result.build];
        for (let i = 1; i < LOADS; i++) {
          const again = await browser.newPage();
          await again.goto(`${origin}/index.html`, { waitUntil: 'load' });
          await again.waitForFunction(() => !!window.bench);
          loads.push(await again.evaluate((args) => window.bench.load(args), { impl, feedUrl: `${origin}/feed-${size}.json`, splitUrl: `${origin}/split-${size}/feed.json`, pageSize: PAGE_SIZE }));
          await again.close();
        }
        result.loads = loads;
      }
      runs.push({ size, ...result, judged, capped: p.capped, wallS });
      const raf = result.keystrokes.map((k) => k.raf);
      console.log(
        `  ${impl.padEnd(10)} ${String(size).padStart(6)}: ${raf.length} keystrokes, median ${median(raf).toFixed(1)} ms, p95 ${quantile(raf, 0.95).toFixed(1)} ms (${wallS.toFixed(1)} s)`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const key = (k) => `${k.query}:${k.len}`;
const rows = [];
for (const r of runs) {
  const pick = (f) => r.keystrokes.map(f);
  rows.push({
    impl: r.impl,
    size: r.size,
    n: r.keystrokes.length,
    median: median(pick((k) => k.raf)),
    p95: quantile(pick((k) => k.raf), 0.95),
    updateMedian: median(pick((k) => k.update)),
    updateP95: quantile(pick((k) => k.update), 0.95),
    paintMedian: median(pick((k) => k.paint)),
    paintP95: quantile(pick((k) => k.paint), 0.95),
    searchMedian: median(pick((k) => k.search)),
    searchP95: quantile(pick((k) => k.search), 0.95),
    buildMs: r.build.indexMs,
    loadedMedian: median(pick((k) => k.loaded).filter((x) => x !== undefined)),
    loadedP95: quantile(pick((k) => k.loaded).filter((x) => x !== undefined), 0.95),
    hits: r.hits.filter((h) => h.hit).length,
    queries: r.hits.length,
    capped: r.capped,
  });
}

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pad = (s, n) => String(s).padStart(n);
console.log('\nKeystroke → results on screen (set value + input event → updateComplete/DOM list → 1 rAF), ms');
console.log('"work" = without waiting for the frame (widget: until updateComplete; baselines: search + DOM list); "paint" = until a task after that frame; "search" = the search call alone');
console.log(
  `${'impl'.padEnd(11)}${pad('offers', 7)}${pad('keys', 6)}${pad('median', 8)}${pad('p95', 8)}${pad('work med', 10)}${pad('work p95', 10)}${pad('paint med', 10)}${pad('search med', 11)}${pad('search p95', 11)}${pad('build ms', 10)}${pad('hit', 7)}`,
);
for (const r of rows) {
  console.log(
    `${r.impl.padEnd(11)}${pad(r.size, 7)}${pad(r.n, 6)}${pad(fmt(r.median), 8)}${pad(fmt(r.p95), 8)}${pad(fmt(r.updateMedian, 2), 10)}${pad(fmt(r.updateP95, 2), 10)}${pad(fmt(r.paintMedian), 10)}${pad(fmt(r.searchMedian, 2), 11)}${pad(fmt(r.searchP95, 2), 11)}${pad(fmt(r.buildMs), 10)}${pad(`${r.hits}/${r.queries}`, 7)}${r.capped ? '  *' : ''}`,
  );
}
const cappedNotes = [...new Set(rows.filter((r) => r.capped).map((r) => `${r.impl} @ ${r.size}: ${r.capped}`))];
if (cappedNotes.length) console.log(`* capped: ${cappedNotes.join('; ')}`);

const splitRows = rows.filter((r) => r.impl === 'ours-split');
if (splitRows.length) {
  console.log('\nours-split: keystroke → every result on screen arrived from its chunk (network from 127.0.0.1 included), ms');
  for (const r of splitRows) console.log(`  ${pad(r.size, 6)}: median ${fmt(r.loadedMedian)}, p95 ${fmt(r.loadedP95)}`);
}

console.log(`\nLoading the widget, medians of ${LOADS} loads (--loads), each on a fresh page (ms from setting src, and from the last byte of the feed file (manifest); longest main-thread task while loading; JS heap held by the widget)`);
for (const r of runs.filter((x) => x.impl === 'ours' || x.impl === 'ours-split')) {
  // Medians over the loads (the first came with the keystroke run); bytes and files are the same every time.
  const b = { ...r.build };
  for (const k of ['firstOffersMs', 'feedToFirstFrameMs', 'afterArrivalMs', 'longestTaskMs', 'widgetHeapMB']) b[k] = median(r.loads.map((l) => l[k]));
  const split = r.impl === 'ours-split' ? datasets.get(r.size).split : undefined;
  const files = split
    ? `; fetched ${b.startFiles} files, ${fmt(b.startBytesMB, 2)} MB (index ${fmt(split.indexMB, 2)} MB of ${split.chunks} chunks + index; single file ${fmt(split.feedMB, 1)} MB; build-index ${fmt(split.buildS)} s)`
      : '';
  console.log(
    `  ${r.impl.padEnd(10)} ${pad(r.size, 6)}: first offers ${fmt(b.firstOffersMs, 0)}, searchable ${fmt(b.feedToFirstFrameMs, 0)} (${fmt(b.afterArrivalMs, 0)} after the feed's last byte), longest task ${fmt(b.longestTaskMs, 0)}, heap ${fmt(b.widgetHeapMB)} MB${files}`,
  );
}

console.log('\nBuild (ms): ours = new SearchIndex(offers, OFFER_SEARCH_FIELDS), median of 3; widget = src set → first render with data (fetch, parse, validate, sort, index, facets, render)');
for (const r of runs.filter((x) => x.impl !== 'ours-split')) {
  const b = r.build;
  const extra =
    r.impl === 'ours'
      ? `, widget src→render ${fmt(b.feedToFirstRenderMs)} (→frame ${fmt(b.feedToFirstFrameMs)}), first typo-tolerant word (uncached) ${fmt(b.firstFuzzySearchMs)} vs ${fmt(b.secondFuzzySearchMs, 2)} after (median of 5); JS heap held by the widget ${fmt(b.widgetHeapMB)} MB (whole bench page ${fmt(b.pageHeapMB)} MB)`
      : '';
  console.log(`  ${r.impl.padEnd(10)} ${pad(r.size, 6)}: index ${fmt(b.indexMs)} (first ${fmt(b.indexFirstMs)}), fetch+parse ${fmt(b.fetchParseMs)}${extra}`);
}

console.log('\nSpeed ratio (median keystroke on the same prefixes; >1 = ours faster)');
const ratios = [];
for (const size of sizes) {
  const ours = runs.find((r) => r.impl === 'ours' && r.size === size);
  if (!ours) continue;
  for (const other of runs.filter((r) => r.impl !== 'ours' && r.impl !== 'ours-split' && r.size === size)) {
    const keys = new Set(other.keystrokes.map(key));
    const mine = ours.keystrokes.filter((k) => keys.has(key(k)));
    const ratio = {
      size,
      vs: other.impl,
      prefixes: keys.size,
      raf: median(other.keystrokes.map((k) => k.raf)) / median(mine.map((k) => k.raf)),
      work: median(other.keystrokes.map((k) => k.update)) / median(mine.map((k) => k.update)),
      search: median(other.keystrokes.map((k) => k.search)) / median(mine.map((k) => k.search)),
    };
    ratios.push(ratio);
    console.log(
      `  ${pad(size, 6)} ${other.impl.padEnd(10)} on-screen ${fmt(ratio.raf, 2)}×, work ${fmt(ratio.work, 2)}×, search alone ${fmt(ratio.search, 2)}× (over ${keys.size} distinct prefixes; ours median there ${fmt(median(mine.map((k) => k.raf)))} / ${fmt(median(mine.map((k) => k.update)), 2)} ms)`,
    );
  }
}

console.log('\nRanking on the judged examples (packages/core/src/search/search.examples.ts): expected offer first, i.e. precision at 1');
for (const impl of impls.filter((i) => i !== 'ours-split')) {
  const j = runs.find((r) => r.impl === impl)?.judged;
  if (!j) continue;
  console.log(
    `  ${impl.padEnd(10)} typo classes ${j.typos}/${j.typoCases} (${fmt((100 * j.typos) / j.typoCases, 0)} %), judged list ${j.judged}/${j.judgedCases} (${fmt((100 * j.judged) / j.judgedCases, 0)} %)${j.misses.length ? `; missed ${j.misses.join(', ')}` : ''}`,
  );
}

console.log('\nHit per query (target in the first 20 shown; rank of first target / results; targets found / existing)');
const names = new Map();
for (const size of sizes) for (const o of datasets.get(size).offers) names.set(`${size}:${o.id}`, o.name);
for (const size of sizes) {
  console.log(`  ${size} offers`);
  QUERIES.forEach(({ q, kind }, qi) => {
    const cells = runs
      .filter((r) => r.size === size)
      .map((r) => {
        const h = r.hits[qi];
        return `${r.impl}: ${h.hit ? 'HIT ' : 'miss'} #${h.firstRank || '–'}/${h.count} (${h.targetsFound}/${h.targets})`;
      });
    console.log(`    ${JSON.stringify(q).padEnd(32)} ${kind.padEnd(20)} ${cells.join('  ')}`);
  });
}

const report = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadavgAtEnd: loadavg() },
  chromium: CHROME,
  method:
    'Per keystroke: input.value = prefix; dispatch input; await updateComplete (baselines: search + DOM list of first 20) = update; + requestAnimationFrame = raf (headline); + MessageChannel task after that frame = paint. Random 0–17 ms pause between keystrokes. url-state="off".',
  queries: QUERIES.map(({ q, kind }, i) => ({ q, kind, targets: Object.fromEntries(sizes.map((s) => [s, datasets.get(s).targets[i].length])) })),
  rows,
  ratios,
  runs: runs.map((r) => ({
    ...r,
    hits: r.hits.map((h) => ({ ...h, query: QUERIES[h.query].q, top3: h.top3.map((id) => names.get(`${r.size}:${id}`) ?? id) })),
  })),
  totalS: (performance.now() - started) / 1000,
};
writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(report, null, 1));
console.log(`\nRaw numbers: bench/results/latest.json (total ${fmt(report.totalS)} s, load at end ${loadavg()[0].toFixed(1)})`);

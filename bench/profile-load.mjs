// Where the time goes while the finder loads a one-file feed: a CPU profile of the page, from
// setting `src` until searchable, printed as self time per function (unminified build of the
// finder, so the names are those of the sources).
//
//   node bench/profile-load.mjs [feed.json] [runs]
//
// Default feed: bench/.out/feed-10000.json (written by `npm run bench`). Medians over the runs.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, contentTypes } from '../scripts/local-web.mjs';

const root = resolve(import.meta.dirname, '..');
const feed = resolve(process.argv[2] ?? join(root, 'bench/.out/feed-10000.json'));
const runs = Number(process.argv[3] ?? 5);
if (!existsSync(feed)) throw new Error(`${feed} is missing: run \`npm run bench\` once (it writes the feeds) or name a feed file`);

const bundle = (
  await esbuild.build({
    entryPoints: [join(root, 'packages/angebote/src/angebote.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  })
).outputFiles[0].text;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="de"><script type="module" src="/finder.js"></script><body></body></html>');
  if (path === '/finder.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  if (path === '/feed.json') return res.writeHead(200, { 'content-type': contentTypes[extname(feed)] }).end(readFileSync(feed));
  res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

const perRun = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => customElements.get('bildung-angebote'));
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(async () => {
      const el = document.createElement('bildung-angebote');
      el.setAttribute('url-state', 'off');
      const ready = new Promise((done) => el.addEventListener('bildung-ready', done, { once: true }));
      const t0 = performance.now();
      el.src = '/feed.json';
      document.body.append(el);
      await ready;
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(done));
      const arrived = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/feed.json')).responseEnd;
      return { searchable: performance.now() - t0, afterLastByte: performance.now() - arrived };
    });
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const name = functionName || (url ? `(anonymous) ${url.split('/').pop()}:${lineNumber + 1}` : '(anonymous)');
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    perRun.push({ ...ms, self });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const names = new Set(perRun.flatMap((r) => [...r.self.keys()]));
const rows = [...names].map((name) => [name, median(perRun.map((r) => r.self.get(name) ?? 0))]).sort((a, b) => b[1] - a[1]);
console.log(`${feed}: ${runs} loads, median searchable ${median(perRun.map((r) => r.searchable)).toFixed(0)} ms from setting src, ${median(perRun.map((r) => r.afterLastByte)).toFixed(0)} ms after the feed's last byte`);
console.log('Self time per function (median ms; "(program)" is the browser\'s own work: network, style, layout, parsing JSON in response.json()):');
for (const [name, ms] of rows.slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);

// Smoke test of the BUILT Storybook (`npm run build-storybook` first): serves storybook-static/ on
// 127.0.0.1, opens every story's iframe in headless Chromium and fails when a story throws, logs
// a console error, leaves its widget without rendered shadow content, does not reach
// the state the story promises (its `parameters.smoke`, see stories/support.ts), or makes any
// request to a host other than 127.0.0.1/localhost. The manager page (index.html) is checked for
// outside requests too.
//
//   node tests/storybook.smoke.mjs [storybook-static]     (CHROME_PATH overrides /usr/bin/chromium;
//                                                          SMOKE_VERBOSE=1 lists every request)
import { chromiumArgs, chromiumPath, contentTypes } from '../scripts/local-web.mjs';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(process.argv[2] ?? 'storybook-static');
const CHROME = chromiumPath;
const CONCURRENCY = 4;
const STORY_TIMEOUT_MS = 10_000;
const WIDGET_TIMEOUT_MS = 5_000;
const TOTAL_TIMEOUT_MS = 50_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const started = Date.now();
let indexJson;
try {
  indexJson = JSON.parse(readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
} catch {
  console.error(`${path.relative(process.cwd(), ROOT) || ROOT}/index.json not found: build Storybook first (npm run build-storybook).`);
  process.exit(1);
}
const stories = Object.values(indexJson.entries ?? {}).filter((e) => e.type === 'story');
if (!stories.length) {
  console.error('index.json lists no stories.');
  process.exit(1);
}

// ---- a tiny static server ----
const server = createServer((req, res) => {
  let file;
  try {
    const pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    file = path.join(ROOT, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(ROOT)) throw new Error('outside');
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

// ---- the browser ----
const userDataDir = mkdtempSync(path.join(tmpdir(), 'storybook-smoke-'));
let browser;
const watchdog = setTimeout(() => {
  console.error(`Smoke test did not finish within ${TOTAL_TIMEOUT_MS / 1000} s.`);
  void shutdown().finally(() => process.exit(1));
}, TOTAL_TIMEOUT_MS);

async function shutdown() {
  clearTimeout(watchdog);
  await browser?.close().catch(() => {});
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

/** Is this request served without leaving the machine? */
function isLocal(url) {
  if (/^(data|about):/.test(url)) return true;
  try {
    const u = new URL(url.startsWith('blob:') ? url.slice(5) : url);
    return LOCAL_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

/**
 * Opens `url` and watches it. Returns { page, problems, requests }; `problems` collects errors,
 * outside requests and (unless allowed later) failed requests as they happen.
 */
async function open(url) {
  const page = await browser.newPage();
  const problems = [];
  const httpErrors = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // Chromium logs every 4xx/5xx response as a console error; those are judged with the responses.
    if (/^Failed to load resource: the server responded with a status of \d+/.test(text)) return;
    problems.push(`console error: ${text.split('\n')[0]}`);
  });
  page.on('request', (req) => {
    requests.push(req.url());
    if (!isLocal(req.url())) problems.push(`request leaves the machine: ${req.method()} ${req.url()}`);
  });
  page.on('response', (res) => {
    // Chromium asks for /favicon.ico on its own; Storybook's iframe.html names no icon.
    if (res.status() >= 400 && new URL(res.url()).pathname !== '/favicon.ico') httpErrors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    if (isLocal(req.url())) problems.push(`request failed (${req.failure()?.errorText}): ${req.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
  return { page, problems, httpErrors, requests };
}

/** Runs in the story's iframe: waits for Storybook to finish the story, then judges the widgets. */
async function judgeStory({ storyId, widgetTimeoutMs, storyTimeoutMs }) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const problems = [];
  const deadline = performance.now() + storyTimeoutMs;
  let render;
  for (;;) {
    render = window.__STORYBOOK_PREVIEW__?.currentRender;
    const phase = render?.phase;
    // Storybook 10 ends every render with `finished` (also after `errored`).
    if (render?.id === storyId && ['finished', 'aborted'].includes(phase)) break;
    if (document.body.classList.contains('sb-show-errordisplay')) break;
    if (performance.now() > deadline) return { problems: [`Storybook did not finish rendering (phase: ${phase ?? 'none'})`] };
    await sleep(20);
  }
  if (document.body.classList.contains('sb-show-errordisplay') || render?.phase !== 'finished') {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    problems.push(`story ${render?.phase === 'finished' ? 'threw' : render?.phase ?? 'failed'}${message ? `: ${message}` : ''}`);
  }
  const smoke = render?.story?.parameters?.smoke ?? {};
  const expected = smoke.state ?? 'ready';
  const WIDGETS = ':is(bildung-angebote, bildung-termine, bildung-berichte, bildung-indikator)';
  const widgets = [...document.querySelectorAll(`#storybook-root ${WIDGETS}, #root-inner ${WIDGETS}`)];
  if (!widgets.length) problems.push('no bildung widget in the story');

  const stateOf = (el) => {
    const root = el.shadowRoot;
    const baseEl = root?.querySelector('[part="base"]');
    if (!baseEl) return 'unrendered';
    if (baseEl.querySelector('[part="loading"]')) return 'loading';
    if (baseEl.querySelector('[part="error"]')) return 'error';
    return 'ready';
  };
  const waitUntil = performance.now() + widgetTimeoutMs;
  while (widgets.some((el) => stateOf(el) !== expected) && performance.now() < waitUntil) await sleep(20);
  // A loading state must hold: look again a moment later.
  if (expected === 'loading') await sleep(300);
  widgets.forEach((el, i) => {
    const state = stateOf(el);
    const which = widgets.length > 1 ? ` #${i + 1}` : '';
    if (state === 'unrendered') problems.push(`<${el.localName}>${which} rendered no [part="base"] in its shadow root`);
    else if (state !== expected) problems.push(`<${el.localName}>${which} is ${state}, expected ${expected}`);
  });
  for (const selector of smoke.visible ?? []) {
    const found = widgets.some((el) =>
      [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].some((n) => n.checkVisibility?.() ?? n.getClientRects().length > 0),
    );
    if (!found) problems.push(`${selector} not visible`);
  }
  return { problems, allowHttpErrors: !!smoke.httpErrors };
}

async function checkStory(entry) {
  const t0 = Date.now();
  const url = `${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`;
  let session;
  const problems = [];
  try {
    session = await open(url);
    const verdict = await session.page.evaluate(judgeStory, {
      storyId: entry.id,
      widgetTimeoutMs: WIDGET_TIMEOUT_MS,
      storyTimeoutMs: STORY_TIMEOUT_MS,
    });
    problems.push(...session.problems, ...verdict.problems);
    if (!verdict.allowHttpErrors) problems.push(...session.httpErrors);
    else if (!session.httpErrors.length) problems.push('expected a failed feed request (404), saw none');
  } catch (error) {
    problems.push(...(session?.problems ?? []), `test error: ${error.message.split('\n')[0]}`);
  } finally {
    await session?.page.close().catch(() => {});
  }
  return { name: entry.id, ms: Date.now() - t0, problems, requests: session?.requests.length ?? 0, requestUrls: session?.requests ?? [] };
}

async function checkManager() {
  const t0 = Date.now();
  let session;
  const problems = [];
  try {
    session = await open(base);
    // The manager loads the first story into its preview iframe; give everything time to settle.
    await session.page.waitForSelector('#storybook-preview-iframe', { timeout: STORY_TIMEOUT_MS });
    await session.page.waitForNetworkIdle({ idleTime: 300, timeout: STORY_TIMEOUT_MS }).catch(() => {});
    // The manager opens the docs page, whose error story asks for a missing feed on purpose.
    const expected404 = (e) => e.startsWith('HTTP 404: ') && new URL(e.slice(10)).pathname.startsWith('/feeds/');
    problems.push(...session.problems.filter((p) => p.startsWith('request leaves')), ...session.httpErrors.filter((e) => !expected404(e)));
  } catch (error) {
    problems.push(...(session?.problems ?? []), `test error: ${error.message.split('\n')[0]}`);
  } finally {
    await session?.page.close().catch(() => {});
  }
  return { name: 'manager (index.html)', ms: Date.now() - t0, problems, requests: session?.requests.length ?? 0, requestUrls: session?.requests ?? [] };
}

let results = [];
try {
  browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    userDataDir,
    args: [
      ...chromiumArgs,
      // Belt and braces: even if a story tried, no host but this machine can be resolved.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const queue = [...stories];
  const byId = new Map();
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) byId.set(entry.id, await checkStory(entry));
    }),
  );
  results = stories.map((s) => byId.get(s.id));
  results.push(await checkManager());
} catch (error) {
  console.error(`Could not run the smoke test: ${error.message}`);
  await shutdown();
  process.exit(1);
}
await shutdown();

for (const r of results) {
  console.log(`${r.problems.length ? 'FAIL' : 'ok  '} ${r.name} (${r.ms} ms, ${r.requests} requests)`);
  for (const p of r.problems) console.log(`       ${p}`);
  if (process.env.SMOKE_VERBOSE) for (const url of r.requestUrls) console.log(`       > ${url}`);
}
const failed = results.filter((r) => r.problems.length);
if (failed.length) console.log(`\nBroken: ${failed.map((r) => r.name).join(', ')}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);

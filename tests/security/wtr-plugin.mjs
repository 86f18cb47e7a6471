// Test-only server routes and browser commands for the security and embedding tests
// (tests/security/*, tests/hostile/faults.test.ts, tests/cms/*). Nothing here ships.
//
// Routes (all under /__bildung__/, on the test runner's own origin):
//   PUT  /__bildung__/feeds/<name>        sets what GET returns: JSON { body, status, type, delayMs, reset }
//   GET  /__bildung__/feeds/<name>        the feed as set (404 until set); counts the request
//   GET  /__bildung__/hits/<name>         { "hits": n } — how often the feed was requested
//   GET  /__bildung__/page?…              a district page embedding the BUILT dist/bildung-widgets.js:
//        csp=strict|strict-tt|strict-tt-none|none   the Content-Security-Policy header (see POLICIES)
//        feed=<name>                       the feed the widgets name
//        css=hostile                       adds tests/security/hostile-host.css, the page's own global CSS
//        script=none                       leaves the widgets' script out (the page as without JavaScript)
//        script=versioned                  /dist/bildung-widgets.js?ver=0.1.0, as WordPress and TYPO3 write it
//        script=alone                      the bundle from /__bildung__/alone/, where the files that belong
//                                          to it (bildung-widgets.en.js …) are missing (404)
//        lang=en                           <html lang="en"> (default: de)
//        debug=on                          the finder with its debug report
//        indicator=<id>                    the indicator the tiles name (default OK1, the base feed's)
//   GET  /__bildung__/alone/bildung-widgets.js   dist/bildung-widgets.js; every other file there: 404
//        form=tags|data                    custom tags, or the editor's data-attribute form (or both: default)
//   POST /__bildung__/split/<name>        builds a split feed (offerChunks) with the BUILT CLI,
//        dist/cli/bildung-feed.mjs build-index: body { generate: n } (bench/data.mjs offers) or
//        { feed }, plus { chunkSize, fail: { "<part of a path>": status | "garbage" | "slow" | "invalid-first" } };
//        answers { src, offers, chunks, counts } (counts: facet counts computed here, in Node)
//   GET  /__bildung__/split/<name>/<path>  the files of that split feed
//   GET  /__bildung__/split-hits/<name>   every path requested so far, in order
//
// Commands (executeServerCommand):
//   bildung-record  { action: 'start' | 'stop' }   every request, console error and page error of
//                                                  the test's browser page and its frames, via puppeteer

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedOf, generateOffers } from '../../bench/data.mjs';

/** The policy issue 7 names, verbatim; the other variants add a Trusted Types policy allow-list. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const POLICIES = {
  strict: STRICT_CSP,
  // Lit (inside the bundle) creates one Trusted Types policy, named "lit-html": a site that lists
  // its allowed policies must allow that one, and needs no other.
  'strict-tt': `${STRICT_CSP}; trusted-types lit-html`,
  // No policy allowed at all: proves that "lit-html" is the only name the bundle asks for.
  'strict-tt-none': `${STRICT_CSP}; trusted-types 'none'`,
  none: undefined,
};

const feeds = new Map();
const hits = new Map();
const recorders = new Map();

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const SCRIPTS = {
  none: '',
  versioned: '/dist/bildung-widgets.js?ver=0.1.0',
  alone: '/__bildung__/alone/bildung-widgets.js',
};

function page({ feed, css, script, form, lang, debug, indicator = 'OK1' }) {
  const src = `/__bildung__/feeds/${encodeURIComponent(feed)}`;
  const tags = form !== 'data';
  const data = form !== 'tags';
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'de'}">
<head>
<meta charset="utf-8">
<title>Landkreis Musterstadt – Bildung</title>
<link rel="stylesheet" href="/tests/security/host-page.css">
${css === 'hostile' ? '<link rel="stylesheet" href="/tests/security/hostile-host.css">' : ''}
<script src="/tests/security/violation-recorder.js"></script>
${(script in SCRIPTS ? SCRIPTS[script] : '/dist/bildung-widgets.js') && `<script type="module" src="${SCRIPTS[script] ?? '/dist/bildung-widgets.js'}"></script>`}
</head>
<body>
<header><h1>Bildung im Landkreis</h1><nav><ul class="status list"><li class="title label"><a href="#inhalt" class="bildung-button">Zum Inhalt</a></li></ul></nav></header>
<main id="inhalt">
<p id="page-text" class="visually-hidden tile result">Text der Seite, <mark>markiert</mark>.</p>
<form id="page-form" action="#"><label>Ihr Name <input id="page-input" name="name" value="Erika"></label> <button type="button" id="page-button" class="bildung-button">Seite</button></form>
${tags ? `<section id="tags">
<bildung-angebote src="${esc(src)}" page-size="50" url-state="off"${debug === 'on' ? ' debug' : ''}><a href="/angebote.pdf">Alle Angebote als PDF</a></bildung-angebote>
<bildung-termine src="${esc(src)}"><a href="/termine.html">Alle Termine</a></bildung-termine>
<bildung-berichte src="${esc(src)}"><a href="/berichte.html">Alle Berichte</a></bildung-berichte>
<bildung-indikator src="${esc(src)}" indicator="${esc(indicator)}"><p>Betreuungsquote 2023: 31,4 %</p></bildung-indikator>
</section>` : ''}
${data ? `<section id="data">
<div data-bildung-widget="angebote" data-src="${esc(src)}" data-page-size="50" data-url-state="off"><a href="/angebote.pdf">Alle Angebote als PDF</a></div>
<div data-bildung-widget="termine" data-src="${esc(src)}"><a href="/termine.html">Alle Termine</a></div>
<div data-bildung-widget="berichte" data-src="${esc(src)}"><a href="/berichte.html">Alle Berichte</a></div>
<div data-bildung-widget="indikator" data-src="${esc(src)}" data-indicator="${esc(indicator)}"><p>Betreuungsquote 2023: 31,4 %</p></div>
</section>` : ''}
</main>
<footer><ul><li>Impressum</li><li>Datenschutz</li></ul></footer>
</body>
</html>`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const splits = new Map();
const built = new Map();

/** Builds (once per content) a split feed in a temporary folder with the CLI as users run it. */
function buildSplit({ generate, feed, chunkSize = 100 }) {
  const key = JSON.stringify({ generate, feed, chunkSize });
  let dir = built.get(key);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'bildung-split-'));
    const doc = feed ?? feedOf(generateOffers(generate));
    writeFileSync(join(dir, 'input.json'), JSON.stringify(doc));
    execFileSync(process.execPath, ['dist/cli/bildung-feed.mjs', 'build-index', join(dir, 'input.json'), '-o', join(dir, 'out'), '--chunk-size', String(chunkSize)], { stdio: 'pipe' });
    // What the finder must show without the chunks: facet counts over every offer, and over the schools.
    const offers = doc.offers ?? [];
    const tally = (list, values) => {
      const out = {};
      for (const o of list) for (const v of new Set(values(o))) out[v] = (out[v] ?? 0) + 1;
      return out;
    };
    const schools = offers.filter((o) => o.area.includes('schule'));
    const counts = {
      area: tally(offers, (o) => o.area),
      municipality: tally(offers, (o) => (o.location?.municipality ? [o.location.municipality] : [])),
      schoolMunicipality: tally(schools, (o) => (o.location?.municipality ? [o.location.municipality] : [])),
      free: offers.filter((o) => o.cost?.free).length,
      age6: offers.filter((o) => (o.ageMin !== undefined || o.ageMax !== undefined) && (o.ageMin ?? 0) <= 6 && 6 <= (o.ageMax ?? Infinity)).length,
    };
    writeFileSync(join(dir, 'counts.json'), JSON.stringify(counts));
    built.set(key, dir);
  }
  return dir;
}

async function handleSplit(ctx, kind, name, rest) {
  if (kind === 'split' && ctx.method === 'POST') {
    const body = JSON.parse(await readBody(ctx.req));
    const dir = buildSplit(body);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'feed.json'), 'utf8'));
    splits.set(name, { dir: join(dir, 'out'), fail: body.fail ?? {} });
    hits.set(`split:${name}`, []);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      src: `/__bildung__/split/${encodeURIComponent(name)}/feed.json`,
      offers: manifest.offerChunks.count,
      chunks: manifest.offerChunks.chunks,
      index: manifest.offerChunks.index,
      counts: JSON.parse(readFileSync(join(dir, 'counts.json'), 'utf8')),
    });
    return;
  }
  if (kind === 'split-hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(`split:${name}`) ?? []);
    return;
  }
  const split = splits.get(name);
  const path = rest.join('/');
  if (!split || path.includes('..')) {
    ctx.status = 404;
    return;
  }
  hits.get(`split:${name}`).push(path);
  const fault = Object.entries(split.fail).find(([part]) => path.includes(part))?.[1];
  if (typeof fault === 'number') {
    ctx.status = fault;
    ctx.body = 'Fehler';
    return;
  }
  if (fault === 'slow') await sleep(1500);
  try {
    const data = readFileSync(join(split.dir, path));
    ctx.type = path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    if (fault === 'invalid-first') {
      // A chunk changed after build-index checked it: its first offer's name is a number.
      const doc = JSON.parse(data.toString('utf8'));
      doc.offers[0].name = 42;
      ctx.body = JSON.stringify(doc);
      return;
    }
    ctx.body = fault === 'garbage' ? data.subarray(0, Math.floor(data.length / 2)) : data;
  } catch {
    ctx.status = 404;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers a /__bildung__/ request on the Koa context. Runs in the plugin's `serve` hook (the dev
 * server's middleware chain is fixed before plugins start): it sets status, headers and body
 * itself and returns nothing, so that the dev server keeps the status it set.
 */
async function handle(ctx) {
  const [, , kind, rawName = '', ...rest] = ctx.path.split('/');
  const name = decodeURIComponent(rawName);
  ctx.set('cache-control', 'no-store');
  if (kind === 'split' || kind === 'split-hits') return handleSplit(ctx, kind, name, rest);
  if (kind === 'feeds' && ctx.method === 'PUT') {
    feeds.set(name, JSON.parse(await readBody(ctx.req)));
    ctx.status = 204;
    return;
  }
  if (kind === 'feeds' && ctx.method === 'GET') {
    hits.set(name, (hits.get(name) ?? 0) + 1);
    const feed = feeds.get(name);
    if (!feed) {
      ctx.status = 404;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>404</title><h1>Nicht gefunden</h1>';
      return;
    }
    if (feed.delayMs) await sleep(feed.delayMs);
    if (feed.reset) {
      // A network error: the connection closes without any response.
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = feed.status ?? 200;
    ctx.type = feed.type ?? 'application/json';
    ctx.body = feed.body ?? '';
    return;
  }
  if (kind === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(name) ?? 0 });
    return;
  }
  if (kind === 'page') {
    const q = ctx.query;
    const policy = POLICIES[q.csp ?? 'strict'];
    if (policy) ctx.set('content-security-policy', policy);
    ctx.type = 'text/html';
    ctx.body = page({ feed: q.feed ?? 'feed', css: q.css, script: q.script, form: q.form, lang: q.lang, debug: q.debug, indicator: q.indicator });
    return;
  }
  if (kind === 'alone' && rawName === 'bildung-widgets.js') {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL('../../dist/bildung-widgets.js', import.meta.url), 'utf8');
    return;
  }
  ctx.status = 404;
  ctx.body = 'Nicht gefunden';
}

export function securityPlugin() {
  return {
    name: 'bildung-security',
    async serve(ctx) {
      if (ctx.path.startsWith('/__bildung__/')) await handle(ctx);
      return undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'bildung-record') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.action === 'start') {
        recorders.get(session.id)?.off();
        const log = { requests: [], console: [], pageErrors: [] };
        const onRequest = (request) =>
          log.requests.push({ url: request.url(), method: request.method(), type: request.resourceType(), frame: request.frame()?.url() ?? '' });
        const onConsole = (message) => {
          if (message.type() === 'error' || message.type() === 'warn' || message.type() === 'warning')
            log.console.push({ type: message.type(), text: message.text(), url: message.location()?.url ?? '' });
        };
        const onPageError = (error) => log.pageErrors.push(String(error?.message ?? error));
        page.on('request', onRequest);
        page.on('console', onConsole);
        page.on('pageerror', onPageError);
        recorders.set(session.id, {
          log,
          off() {
            page.off('request', onRequest);
            page.off('console', onConsole);
            page.off('pageerror', onPageError);
          },
        });
        return true;
      }
      const recorder = recorders.get(session.id);
      recorder?.off();
      recorders.delete(session.id);
      return recorder?.log ?? { requests: [], console: [], pageErrors: [] };
    },
  };
}

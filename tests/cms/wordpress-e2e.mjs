// The browser half of scripts/wordpress-e2e.sh: an Editor (no unfiltered_html) logs in to a real
// WordPress, creates and publishes a page with the shortcodes, the data-attribute form and the raw
// custom tag, and a visitor then sees the widgets render on the published page, with every
// request staying on the site. Prints a report; exits 1 on any failed check.
//   node tests/cms/wordpress-e2e.mjs http://127.0.0.1:8089 redaktion <password> [screenshot.png]
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, user, password, screenshot] = process.argv.slice(2);
const origin = new URL(base).origin;
const FEED = '/wp-content/uploads/bildung/feed.json';
const failures = [];
const check = (ok, what, detail = '') => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures.push(what);
};

// What an editor pastes into the page: two shortcodes, the data-attribute form in a
// "Custom HTML" block, and the raw custom tag and a script (both of which WordPress must strip).
const content = `<!-- wp:paragraph -->
<p>Alle Bildungsangebote, Termine und Berichte des Landkreises.</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[bildung_angebote page_size="10"]<a href="/wp-content/uploads/bildung/angebote.pdf">Alle Angebote als PDF</a>[/bildung_angebote]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[bildung_termine]
<!-- /wp:shortcode -->

<!-- wp:html -->
<div data-bildung-widget="berichte" data-src="${FEED}"><a href="/wp-content/uploads/bildung/bericht.pdf">Bildungsbericht als PDF</a></div>
<div data-bildung-widget="indikator" data-src="${FEED}" data-indicator="A2.1"><p>Betreuungsquote: siehe Bildungsbericht</p></div>
<!-- /wp:html -->

<!-- wp:shortcode -->
[bildung_quelle src="${FEED}" lang="en"][bildung_berichte id="englisch"][/bildung_quelle]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[bildung_berichte src="javascript:alert(1)" onmouseover="alert(1)" area="schule&quot; onclick=&quot;alert(1)" id="boese"]
<!-- /wp:shortcode -->

<!-- wp:html -->
<bildung-angebote src="${FEED}" id="roh"><p>Roh eingefügter Tag</p></bildung-angebote>
<script>window.__editorScript = 1</script>
<!-- /wp:html -->`;

const profile = mkdtempSync(join(tmpdir(), 'bildung-wp-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  // ---- the Editor
  console.log('\nEditor "redaktion" (role Editor, DISALLOW_UNFILTERED_HTML):');
  const editor = await browser.newPage();
  await editor.goto(`${base}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  // (wp-login.php moves focus back to the user name field after 200 ms: fill the fields, don't type.)
  await editor.$eval('#user_login', (el, v) => (el.value = v), user);
  await editor.$eval('#user_pass', (el, v) => (el.value = v), password);
  await Promise.all([editor.waitForNavigation({ waitUntil: 'domcontentloaded' }), editor.click('#wp-submit')]);
  const loginError = await editor.evaluate(() => document.querySelector('#login_error')?.textContent?.trim() ?? '');
  check(editor.url().includes('/wp-admin/'), 'logs in to wp-admin', loginError || editor.url());
  await editor.goto(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`);
  const nonce = (await editor.evaluate(() => document.body.textContent ?? '')).trim();
  check(/^[0-9a-f]{10}$/.test(nonce), 'gets a REST nonce (as the block editor does)');

  const rest = (path, init = {}) =>
    editor.evaluate(
      async (url, nonce, init) => {
        const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce } });
        return { status: response.status, json: await response.json() };
      },
      `${base}/?rest_route=${path}`,
      nonce,
      init,
    );
  const me = await rest('/wp/v2/users/me&context=edit');
  check(JSON.stringify(me.json.roles) === '["editor"]', 'is an Editor', JSON.stringify(me.json.roles));
  // (Whether the Editor may post unfiltered HTML is decided by map_meta_cap, which the REST
  // "capabilities" list does not apply: wp-setup.php prints user_can(…, 'unfiltered_html'), and the
  // stripped tags below show it.)

  const created = await rest('/wp/v2/pages', { method: 'POST', body: JSON.stringify({ title: 'Bildung im Landkreis', status: 'publish', content }) });
  check(created.status === 201, 'creates and publishes the page through the REST API', `HTTP ${created.status}`);
  const saved = created.json.content?.raw;
  if (typeof saved !== 'string') throw new Error(`no page was created: ${JSON.stringify(created.json).slice(0, 300)}`);
  check(saved.includes('[bildung_angebote page_size="10"]') && saved.includes('[bildung_termine]'), 'the shortcodes are saved as written');
  check(saved.includes(`<div data-bildung-widget="berichte" data-src="${FEED}">`) && saved.includes('data-indicator="A2.1"'), 'the data-attribute form is saved as written');
  check(!saved.includes('<bildung-angebote'), 'WordPress stripped the raw <bildung-angebote> tag', JSON.stringify(saved.slice(saved.indexOf('Roh') - 60, saved.indexOf('Roh') + 40)));
  check(!saved.includes('<script'), 'WordPress stripped the <script>');
  const link = created.json.link;
  console.log(`  page: ${link}`);

  // ---- a visitor
  console.log('\nVisitor (a new browser context, not logged in):');
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const requests = [];
  const consoleErrors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(link, { waitUntil: 'load' });
  const tags = ['bildung-angebote', 'bildung-termine', 'bildung-berichte', 'bildung-indikator'];
  await page.waitForFunction(
    (tags) => {
      const widgets = [...document.querySelectorAll(tags.join(','))];
      return widgets.length >= 6 && widgets.every((w) => w.shadowRoot?.querySelector('.status, .tile, [part="error"]'));
    },
    { timeout: 15000 },
    tags,
  );
  const seen = await page.evaluate(
    (tags) => ({
      widgets: [...document.querySelectorAll(tags.join(','))].map((w) => ({
        tag: w.localName,
        id: w.id,
        attributes: [...w.attributes].map((a) => a.name),
        src: w.getAttribute('src'),
        in: w.parentElement?.getAttribute('data-bildung-widget') ?? w.parentElement?.localName,
        text: (w.shadowRoot.querySelector('.status, [part="name"], [part="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        error: !!w.shadowRoot.querySelector('[part="error"]'),
        fallbackKept: w.children.length > 0,
      })),
      modules: [...document.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src')),
      editorScript: window.__editorScript,
      lang: document.documentElement.lang,
      rawTagText: document.body.textContent.includes('Roh eingefügter Tag'),
    }),
    tags,
  );
  for (const w of seen.widgets) console.log(`  <${w.tag}${w.id ? ` id="${w.id}"` : ''}> in ${w.in}: ${w.text}`);
  check(seen.lang === 'de-DE', 'the site is German (<html lang="de-DE">), so are the widgets', seen.lang);
  const main = seen.widgets.filter((w) => !w.id);
  check(main.length === 4 && seen.widgets.length === 6, 'six widgets on the published page: four, one in [bildung_quelle], one hostile; the stripped raw tag adds none', String(seen.widgets.length));
  check(seen.widgets.every((w) => !w.error), 'every widget shows the feed, none an error');
  const byTag = Object.fromEntries(main.map((w) => [w.tag, w]));
  const english = seen.widgets.find((w) => w.id === 'englisch');
  check(english?.text === '1 report' && english.in === 'bildung-quelle' && english.src === null, '[bildung_quelle src lang="en"] hands its feed and language to the widget inside', english?.text);
  const evil = seen.widgets.find((w) => w.id === 'boese');
  check(
    evil?.attributes.slice().sort().join(' ') === 'area class id src' && evil.src === FEED,
    'a hostile shortcode keeps only documented attributes; its javascript: src gives way to the site feed',
    `${evil?.attributes.join(' ')}; src=${evil?.src}`,
  );
  check(evil !== undefined && !evil.attributes.some((a) => a.startsWith('on')), 'no event-handler attribute reaches the widget', evil?.attributes.join(' '));
  check(byTag['bildung-angebote']?.text === '6 Angebote', 'the finder from [bildung_angebote] shows the 6 offers', byTag['bildung-angebote']?.text);
  check(/Veranstaltung/.test(byTag['bildung-termine']?.text ?? ''), 'the event list from [bildung_termine] renders', byTag['bildung-termine']?.text);
  check(byTag['bildung-berichte']?.text === '1 Bericht' && byTag['bildung-berichte']?.in === 'berichte', 'the report list from the data-attribute form renders', byTag['bildung-berichte']?.text);
  check(byTag['bildung-indikator']?.text === 'Betreuungsquote der 3- bis unter 6-Jährigen', 'the indicator tile from the data-attribute form renders', byTag['bildung-indikator']?.text);
  check(byTag['bildung-angebote']?.fallbackKept, "the editor's fallback link is inside the finder");
  check(byTag['bildung-angebote']?.in !== 'angebote' && byTag['bildung-termine']?.in !== 'termine', 'the shortcodes write the tags themselves');
  const mountFile = requests.filter((u) => /\/assets\/bildung-widgets\.mount\.js$/.test(u));
  check(mountFile.length === 1, 'the data-attribute form in the HTML block fetches bildung-widgets.mount.js once, from the plugin', mountFile.join(', '));
  check(seen.modules.length === 1 && /\/wp-content\/plugins\/bildung-widgets\/assets\/bildung-widgets\.js/.test(seen.modules[0] ?? ''), 'the plugin loads its own module once, as type="module"', seen.modules.join(', '));
  check(seen.editorScript === undefined && dialogs.length === 0, "the editor's <script> did not run, no alert()", dialogs.join(' | '));
  const foreign = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
  check(requests.length > 0 && foreign.length === 0, 'every request stays on the site (no CDN, fonts, analytics)', foreign.join(', ') || `${requests.length} requests`);
  check(requests.filter((u) => u.endsWith(FEED)).length === 1, 'six widgets, one fetch of the feed');
  check(consoleErrors.length === 0, 'no console error', consoleErrors.join(' | '));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

  // A page with shortcodes only needs no second file.
  const onlyShortcodes = await rest('/wp/v2/pages', { method: 'POST', body: JSON.stringify({ title: 'Berichte', status: 'publish', content: '[bildung_berichte]' }) });
  const shortcodePage = await context.newPage();
  const shortcodeRequests = [];
  shortcodePage.on('request', (r) => shortcodeRequests.push(r.url()));
  await shortcodePage.goto(onlyShortcodes.json.link, { waitUntil: 'load' });
  await shortcodePage.waitForFunction(() => document.querySelector('bildung-berichte')?.shadowRoot?.querySelector('.status'), { timeout: 15000 });
  const bundleFiles = shortcodeRequests.filter((u) => /\/bildung-widgets[^/]*\.js/.test(u)).map((u) => new URL(u).pathname.split('/').pop());
  check(JSON.stringify(bundleFiles) === '["bildung-widgets.js"]', 'a page with shortcodes only loads the module alone', bundleFiles.join(', '));

  // A page without a widget does not load the module.
  const plain = await context.newPage();
  await plain.goto(`${base}/?p=1`, { waitUntil: 'load' });
  const plainModules = await plain.evaluate(() => document.querySelectorAll('script[src*="bildung-widgets"]').length);
  check(plainModules === 0, 'a page without a widget does not load the module');
} catch (error) {
  failures.push(String(error));
  console.error(error);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(failures.length ? `\nWordPress end to end: FAILED (${failures.length})` : '\nWordPress end to end: all checks passed');
process.exit(failures.length ? 1 : 0);

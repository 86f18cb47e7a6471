// The Land-scale demo (demo/land/): 100,000 synthetic offers (bench/data.mjs), split with the
// built CLI exactly as a Land portal would (`bildung-feed build-index`), on a page in the frame of
// the district page (demo/index.html, so the two never drift apart). Built once; `npm start` runs
// this after the build and skips it when the files are there and current.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { feedOf, generateOffers } from '../bench/data.mjs';

const root = new URL('..', import.meta.url).pathname;
// The page's content; its paths are already those of demo/land/index.html.
const MAIN = `<main id="inhalt" class="wrap layout" tabindex="-1">
    <article class="content">
      <h1>Landesportal: 100.000 Bildungsangebote in einem Finder</h1>
      <p class="lead">So sieht der Angebotsfinder aus, wenn ein ganzes Land seine Bildungsangebote
        veröffentlicht: 100.000 Angebote, gesucht bei jedem Tastendruck, mit Tippfehlern und exakten
        Filterzahlen.</p>
      <p>Die Angebote sind <strong>synthetisch</strong> (erfundene Namen, Orte aus dem Kreis
        Schleswig-Flensburg, Beispieladressen). Der Feed ist mit <code>bildung-feed build-index</code>
        aufgeteilt: Der Finder lädt zuerst nur einen Suchindex und danach nur die Teildateien der
        Angebote, die er gerade zeigt. Alle Dateien liegen auf diesem Server.</p>
      <p><a href="../">Zurück zur Kreisseite</a></p>

      <section class="widget-section" aria-labelledby="land-titel">
        <h2 id="land-titel">Alle Bildungsangebote im Land</h2>
        <script type="module" src="../../dist/bildung-widgets.js"></script>
        <bildung-angebote src="feed.json">
          <p>Die Bildungsangebote werden geladen … Falls nichts erscheint: <code>npm start</code> erzeugt
            die Daten dieser Seite beim ersten Start (<code>node scripts/build-land-demo.mjs</code>).</p>
        </bildung-angebote>
      </section>
    </article>
  </main>`;
const out = join(root, 'demo', 'land');
const SIZE = Number(process.env.BILDUNG_LAND_DEMO_SIZE ?? 100_000);
const cli = join(root, 'dist', 'cli', 'bildung-feed.mjs');
// A new CLI or generator makes a new demo.
const districtPage = readFileSync(join(root, 'demo', 'index.html'), 'utf8');
const stamp = JSON.stringify({ size: SIZE, cli: existsSync(cli) ? readFileSync(cli).length : 0, data: readFileSync(join(root, 'bench', 'data.mjs')).length, page: districtPage.length + MAIN.length });
const stampFile = join(out, '.stamp');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) process.exit(0);
if (!existsSync(cli)) {
  console.error('build-land-demo: dist/cli/bildung-feed.mjs is missing: run `npm run build` first.');
  process.exit(1);
}
console.log(`Landesportal-Demo: ${SIZE.toLocaleString('de-DE')} synthetische Angebote werden erzeugt und aufgeteilt (einmalig, etwa 15 s) …`);
const input = join(tmpdir(), `bildung-land-demo-${process.pid}.json`);
const feed = feedOf(generateOffers(SIZE));
feed.publisher = { name: 'Landesportal (Demonstration, synthetische Daten)', url: 'https://www.example.org/' };
writeFileSync(input, JSON.stringify(feed));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  execFileSync(process.execPath, [cli, 'build-index', input, '-o', out], { stdio: ['ignore', 'inherit', 'inherit'] });
} finally {
  rmSync(input, { force: true });
}
writeFileSync(join(out, 'index.html'), landPage());
writeFileSync(stampFile, stamp);

/** The district page's frame with its paths one folder deeper, around the Land finder. */
function landPage() {
  const start = districtPage.indexOf('<main id="inhalt"');
  const end = districtPage.indexOf('</main>') + '</main>'.length;
  const deeper = (html) => html.replace(/(href|src)="(?!https?:|#|\.\.\/|\/)([^"]*)"/g, (_, attribute, path) => `${attribute}="../${path === './' ? '' : path}"`);
  return (deeper(districtPage.slice(0, start)) + MAIN + deeper(districtPage.slice(end))).replace(
    /<title>[^<]*<\/title>/,
    '<title>Landesportal: 100.000 Bildungsangebote (Demonstration mit synthetischen Daten)</title>',
  );
}

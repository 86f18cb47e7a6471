// The Land-scale demo (demo/land.html): 100,000 synthetic offers (bench/data.mjs), split with the
// built CLI exactly as a Land portal would (`bildung-feed build-index`) into demo/land/. Built once;
// `npm start` runs this after the build and skips it when the files are there and current.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { feedOf, generateOffers } from '../bench/data.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'demo', 'land');
const SIZE = Number(process.env.BILDUNG_LAND_DEMO_SIZE ?? 100_000);
const cli = join(root, 'dist', 'cli', 'bildung-feed.mjs');
// A new CLI or generator makes a new demo.
const stamp = JSON.stringify({ size: SIZE, cli: existsSync(cli) ? readFileSync(cli).length : 0, data: readFileSync(join(root, 'bench', 'data.mjs')).length });
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
writeFileSync(stampFile, stamp);

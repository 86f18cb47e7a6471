// `npm run size`: prints the minified and gzip sizes of every bundle in dist/, and of the files a
// bundle fetches only when needed (`bildung-widgets.en.js`: the English strings), and whether the
// two size budgets hold.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dir = new URL('../dist/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
if (!files.length) {
  console.error('dist/ is empty: run `npm run build` first.');
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
console.log(`${'file'.padEnd(26)}${'minified'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
for (const file of files) {
  const code = readFileSync(new URL(file, dir));
  const onDemand = /^bildung-[a-z]+\.[\w-]+\.js$/.test(file) ? '  (on demand)' : '';
  console.log(`${file.padEnd(26)}${kb(code.length)}${kb(gzipSync(code, { level: 9 }).length)}${kb(brotliCompressSync(code).length)}${onDemand}`);
}

// The budgets the project holds itself to (gzip, level 9, as above): every widget in one file, and the finder alone.
const BUDGETS = { 'bildung-widgets.js': 35, 'bildung-angebote.js': 25 };
console.log('\nbudgets (gzip):');
for (const [file, limitKb] of Object.entries(BUDGETS)) {
  const size = gzipSync(readFileSync(new URL(file, dir)), { level: 9 }).length;
  const limit = limitKb * 1024;
  console.log(`  ${file.padEnd(24)}${size.toLocaleString('en')} B of ${limit.toLocaleString('en')} B (${limitKb} kB): ${size <= limit ? `ok, ${limit - size} B left` : `OVER by ${size - limit} B`}`);
}

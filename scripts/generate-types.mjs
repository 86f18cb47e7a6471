// Generates the feed's TypeScript types from its JSON Schema (the single source of truth).
// `node scripts/generate-types.mjs` writes the file; `--check` fails when it is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../packages/core/src/feed/feed.schema.json', import.meta.url);
const outPath = new URL('../packages/core/src/feed/feed.types.ts', import.meta.url);
const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const ts = await compile(schema, 'Feed', {
  additionalProperties: false,
  bannerComment:
    '/* Generated from feed.schema.json by scripts/generate-types.mjs. Do not edit by hand. */',
  style: { singleQuote: true },
  unreachableDefinitions: true,
});
if (process.argv.includes('--check')) {
  const current = await readFile(outPath, 'utf8').catch(() => '');
  if (current !== ts) {
    console.error('feed.types.ts is out of date: run `node scripts/generate-types.mjs`.');
    process.exit(1);
  }
  console.log('feed.types.ts matches feed.schema.json');
} else {
  await writeFile(outPath, ts);
  console.log('wrote packages/core/src/feed/feed.types.ts');
}

// Builds the command line tool: packages/cli/src/main.ts → dist/cli/bildung-feed.mjs, one ES
// module for Node ≥ 20 with everything but node's built-ins bundled in (the core validator and
// messages, the shared Regionalatlas reader). `npm run build` runs it after rollup.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outfile = new URL('../dist/cli/bildung-feed.mjs', import.meta.url).pathname;

const result = await build({
  entryPoints: [new URL('../packages/cli/src/main.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
chmodSync(outfile, 0o755);

// Node built-ins only at run time: anything else left as an import would fail after `npm install`.
const external = Object.values(result.metafile.outputs)
  .flatMap((o) => o.imports)
  .filter((i) => i.external && !i.path.startsWith('node:'));
if (external.length) {
  console.error(`build-cli: the bundle imports ${external.map((i) => i.path).join(', ')} — only node: built-ins are allowed.`);
  process.exit(1);
}

// Bundled TypeScript declarations for the package's entry points (package.json "exports"):
// `tsc --emitDeclarationOnly` into a temporary folder, then rollup-plugin-dts joins them into
// dist/types/<entry>.d.ts with the shared declarations in dist/types/chunks/ — so a class that
// several entries export is one declaration, as it is one class at run time (dist/lib/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = resolve(new URL('..', import.meta.url).pathname);
const temp = mkdtempSync(join(tmpdir(), 'bildung-types-'));
const out = join(temp, 'dts');

/** Entry name → source module; the same names as the library build in rollup.config.mjs. */
const entries = {
  all: 'packages/all/bildung-widgets',
  core: 'packages/core/src/index',
  angebote: 'packages/angebote/src/angebote',
  'angebote.class': 'packages/angebote/src/angebote.component',
  termine: 'packages/termine/src/termine',
  'termine.class': 'packages/termine/src/termine.component',
  berichte: 'packages/berichte/src/berichte',
  'berichte.class': 'packages/berichte/src/berichte.component',
  indikator: 'packages/indikator/src/indikator',
  'indikator.class': 'packages/indikator/src/indikator.component',
  quelle: 'packages/core/src/quelle/quelle',
  'quelle.class': 'packages/core/src/quelle/quelle.component',
};

try {
  const tsconfig = join(temp, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: out,
        rootDir: root,
        noUnusedLocals: false,
        noUnusedParameters: false,
      },
      files: Object.values(entries).map((e) => join(root, `${e}.ts`)),
      include: [],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', tsconfig], { stdio: 'pipe' });
  } catch (error) {
    console.error(`build-types: tsc failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  const bundle = await rollup({
    input: Object.fromEntries(Object.entries(entries).map(([name, src]) => [name, join(out, `${src}.d.ts`)])),
    // Lit's types stay imports from the package the site installs (lit is a dependency).
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    plugins: [
      dts({ respectExternal: false }),
      {
        // Inferred types may name lit-html, which only `lit` depends on; `lit` re-exports all of
        // lit-html's main module, so the declarations name the package a site really installs.
        name: 'lit-html-via-lit',
        renderChunk: (code) => code.replace(/((?:from|import) )'lit-html'/g, "$1'lit'"),
      },
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  rmSync(join(root, 'dist/types'), { recursive: true, force: true });
  await bundle.write({
    dir: join(root, 'dist/types'),
    format: 'es',
    entryFileNames: '[name].d.ts',
    chunkFileNames: 'chunks/[name]-[hash].d.ts',
  });
  await bundle.close();
} finally {
  rmSync(temp, { recursive: true, force: true });
}

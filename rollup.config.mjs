import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// One self-contained module with every widget (dist/bildung-widgets.js) plus one per widget.
// Each file carries Lit inside: an editor copies one file and one <script> tag, nothing else.
const entries = {
  'bildung-widgets': 'packages/all/bildung-widgets.ts',
  'bildung-angebote': 'packages/angebote/src/angebote.ts',
  'bildung-termine': 'packages/termine/src/termine.ts',
  'bildung-berichte': 'packages/berichte/src/berichte.ts',
  'bildung-indikator': 'packages/indikator/src/indikator.ts',
  'bildung-quelle': 'packages/core/src/quelle/quelle.ts',
};

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: { file: `dist/${name}.js`, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ module: true, ecma: 2020, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));

// The npm package's main entry (`import 'bildung-widgets'`): every widget defined, plus the whole
// core API. The editor file dist/bildung-widgets.js is built from editor.ts (the same widgets,
// without the API).
export * from '../core/src/index.js';
export * from './editor.js';

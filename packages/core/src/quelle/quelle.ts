import { ContextRoot } from '@lit/context';
import { defineElement } from '../base/bildung-element.js';
import { BildungQuelle } from './quelle.component.js';

export { BildungQuelle };
defineElement('bildung-quelle', BildungQuelle);

declare global {
  interface HTMLElementTagNameMap {
    'bildung-quelle': BildungQuelle;
  }
}

// Widgets that upgrade before their <bildung-quelle> still get its context once it arrives.
const ROOT_FLAG = Symbol.for('bildung-widgets/context-root');
const globals = globalThis as unknown as Record<symbol, unknown>;
if (typeof document !== 'undefined' && !globals[ROOT_FLAG]) {
  globals[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

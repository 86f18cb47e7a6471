// The all-in-one entry: every widget, defined. `<script type="module" src="bildung-widgets.js">`.
export * from '../core/src/index.js';
export { BildungAngebote } from '../angebote/src/angebote.js';
import '../core/src/quelle/quelle.js';
import '../angebote/src/angebote.js';

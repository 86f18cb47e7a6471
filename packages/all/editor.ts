// The editor file dist/bildung-widgets.js: every widget, defined, and the data-attribute form
// mounted (by bildung-widgets.mount.js, fetched when a page has it). `<script type="module" src="bildung-widgets.js">`. Unlike the npm entry
// (bildung-widgets.ts) it exports only the element classes, not the core API: an editor's page
// imports nothing from it, and every export would keep code in the file that no widget uses.
// The order only decides where each widget's code stands in the file: in this one, gzip finds
// more of it repeated within reach (−150 B against quelle, angebote, termine, berichte, indikator).
// For the same reason the widgets' style sheets come first, before any widget's code (−85 B):
// they are imported for their place in the file, they run nothing.
import '../indikator/src/indikator.styles.js';
import '../termine/src/termine.styles.js';
import '../angebote/src/angebote.styles.js';
import '../berichte/src/berichte.styles.js';
export { BildungQuelle } from '../core/src/quelle/quelle.js';
export { BildungIndikator } from '../indikator/src/indikator.js';
export { BildungTermine } from '../termine/src/termine.js';
export { BildungAngebote } from '../angebote/src/angebote.js';
export { BildungBerichte } from '../berichte/src/berichte.js';
import '../core/src/mount-on-demand.js';

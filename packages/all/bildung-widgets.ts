// The all-in-one entry: every widget, defined. `<script type="module" src="bildung-widgets.js">`.
export * from '../core/src/index.js';
export { BildungAngebote } from '../angebote/src/angebote.js';
export { BildungTermine } from '../termine/src/termine.js';
export { BildungBerichte } from '../berichte/src/berichte.js';
export { BildungIndikator } from '../indikator/src/indikator.js';
import '../core/src/quelle/quelle.js';
import '../angebote/src/angebote.js';
import '../termine/src/termine.js';
import '../berichte/src/berichte.js';
import '../indikator/src/indikator.js';
import '../core/src/mount.js';

import type { Messages } from '../de.js';

/** English strings of <bildung-termine>. */
export const termine: Messages['termine'] = {};

import type { Messages } from '../de.js';

/** English strings of <bildung-indikator>. */
export const indikator: Messages['indikator'] = {};

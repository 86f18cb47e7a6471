import type { Messages } from '../de.js';

/** English strings of <bildung-berichte>. */
export const berichte: Messages['berichte'] = {};

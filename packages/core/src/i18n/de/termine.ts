/** German strings of <bildung-termine>. */
export const termine = {};

/** German strings of <bildung-berichte>. */
export const berichte = {};

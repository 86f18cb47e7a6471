/** German strings of <bildung-indikator>. */
export const indikator = {};

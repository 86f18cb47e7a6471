/** German strings of <bildung-berichte>. */
export const berichte = {
  count: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'Bericht' : 'Berichte'}`,
  none: 'Derzeit sind keine Berichte veröffentlicht.',
  listLabel: 'Berichte',
  publishedOn: (date: string) => `Veröffentlicht am ${date}`,
  area: 'Bildungsbereich',
};

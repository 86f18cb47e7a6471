import type { berichte as de } from '../de/berichte.js';

/** English strings of <bildung-berichte>. */
export const berichte: typeof de = {
  count: (n, formatted) => `${formatted} ${n === 1 ? 'report' : 'reports'}`,
  none: 'No reports have been published yet.',
  listLabel: 'Reports',
  publishedOn: (date) => `Published ${date}`,
  area: 'Field of education',
};

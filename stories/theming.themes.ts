// The themes of the Theming page (theming.stories.ts, theming.mdx): what a district's own
// stylesheet would say. Not a story file, so it may export data.

/** A page's look: its own colours, the widgets' custom properties, and rules for their parts. */
export interface Theme {
  page: Record<string, string>;
  properties: Record<string, string>;
  parts?: Record<string, Record<string, string>>;
}

export const WIDGETS = ['bildung-angebote', 'bildung-termine', 'bildung-indikator'];
const rules = (r: Record<string, string>) =>
  Object.entries(r)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');

/** The stylesheet a district would write for `theme`, scoped to the story's page. */
export function themeCss(name: string, theme: Theme): string {
  const scope = `.theme-${name}`;
  return [
    `${scope} { ${rules(theme.page)} padding: 1.5rem; display: grid; gap: 2rem; }`,
    `${scope} :is(${WIDGETS.join(', ')}) { ${rules(theme.properties)} }`,
    ...Object.entries(theme.parts ?? {}).map(([part, r]) => `${scope} :is(${WIDGETS.join(', ')})::part(${part}) { ${rules(r)} }`),
  ].join('\n');
}

export const THEMES: Record<'standard' | 'corporate' | 'dark' | 'contrast', Theme> = {
  /** Nothing set: the widgets take the page's font and text colour. */
  standard: { page: { background: '#ffffff', color: '#1a1a1a', 'font-family': 'system-ui, sans-serif' }, properties: {} },
  corporate: {
    page: { background: '#ffffff', color: '#1d2b2a', 'font-family': "Georgia, 'Times New Roman', serif" },
    properties: {
      '--bildung-accent': '#00594f',
      '--bildung-accent-contrast': '#ffffff',
      '--bildung-radius': '0',
      '--bildung-border': '#b7cbc8',
      '--bildung-surface': '#f3f8f7',
      '--bildung-focus': '#00594f',
      '--bildung-link': '#00594f',
      '--bildung-chart-1': '#00594f',
    },
    parts: {
      result: { 'box-shadow': '0 1px 3px rgb(0 0 0 / 0.2)' },
      tile: { 'border-top': '4px solid #00594f' },
      'result-title': { 'letter-spacing': '0.01em' },
    },
  },
  dark: {
    page: { background: '#16181d', color: '#e8e8e8', 'color-scheme': 'dark', 'font-family': 'system-ui, sans-serif' },
    properties: {
      '--bildung-accent': '#8ab4f8',
      '--bildung-accent-contrast': '#0b1020',
      '--bildung-border': '#4a4f5a',
      '--bildung-surface': '#22252c',
      '--bildung-muted': '#b8bcc4',
      '--bildung-mark': '#5c4a00',
      '--bildung-focus': '#ffd54f',
      '--bildung-link': '#8ab4f8',
      '--bildung-positive': '#7bd88f',
      '--bildung-negative': '#ff8a80',
      '--bildung-chart-1': '#8ab4f8',
    },
    parts: { input: { background: '#0f1115', color: '#e8e8e8' } },
  },
  contrast: {
    page: { background: '#000000', color: '#ffffff', 'color-scheme': 'dark', 'font-family': 'system-ui, sans-serif', 'font-size': '1.125rem' },
    properties: {
      '--bildung-accent': '#ffff00',
      '--bildung-accent-contrast': '#000000',
      '--bildung-border': '#ffffff',
      '--bildung-surface': '#000000',
      '--bildung-muted': '#ffffff',
      '--bildung-mark': '#ffff00',
      '--bildung-focus': '#00ffff',
      '--bildung-link': '#ffff00',
      '--bildung-positive': '#00ff7f',
      '--bildung-negative': '#ff6e6e',
      '--bildung-chart-1': '#ffff00',
      '--bildung-radius': '0',
    },
    parts: {
      input: { background: '#000000', color: '#ffffff', border: '2px solid #ffffff' },
      result: { border: '2px solid #ffffff' },
      event: { border: '2px solid #ffffff' },
      tile: { border: '2px solid #ffffff' },
      mark: { color: '#000000' },
    },
  },
};


/** The same rules as a district would write them into its stylesheet (no story scope). */
export function pageCss(theme: Theme): string {
  const all = WIDGETS.join(',\n');
  const block = (selector: string, r: Record<string, string>) =>
    `${selector} {\n${Object.entries(r)
      .map(([property, value]) => `  ${property}: ${value};`)
      .join('\n')}\n}`;
  return [
    ...(Object.keys(theme.properties).length ? [block(all, theme.properties)] : []),
    ...Object.entries(theme.parts ?? {}).map(([part, r]) => block(WIDGETS.map((w) => `${w}::part(${part})`).join(',\n'), r)),
  ].join('\n\n');
}

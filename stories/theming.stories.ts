import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The define entries, as a page would load them.
import '../packages/angebote/src/angebote.js';
import '../packages/termine/src/termine.js';
import '../packages/indikator/src/indikator.js';
import { clock } from '../packages/core/src/index.js';
import { exampleOffers } from '../packages/angebote/src/angebote.examples.js';
import { exampleEvents, exampleNow } from '../packages/termine/src/termine.examples.js';
import { exampleIndicators } from '../packages/indikator/src/indikator.examples.js';
import { feedUrl, type SmokeExpectations } from './support.js';
import { THEMES, themeCss } from './theming.themes.js';

/**
 * Theming: the same three widgets on four pages — as they come (they inherit the page's font and
 * text colour), in a corporate design, on a dark page and on a high-contrast page. Each page sets
 * only the documented `--bildung-*` custom properties on the widgets and styles their `::part()`s
 * from its own CSS, exactly as a district's stylesheet would. The docs page is theming.mdx.
 */

/** One feed with offers, events and indicators for all three widgets. */
const feed = {
  version: 1,
  publisher: { name: 'Landkreis Celle (Beispiel)', ags: '03351' },
  offers: exampleOffers,
  events: exampleEvents,
  indicators: exampleIndicators,
};

type Story = StoryObj & { parameters?: { smoke?: SmokeExpectations } & Record<string, unknown> };

function page(name: keyof typeof THEMES) {
  const src = feedUrl(feed);
  return html`<style>
      ${themeCss(name, THEMES[name])}
    </style>
    <div class="theme-${name}" lang="de">
      <bildung-angebote src=${src} page-size="2" url-state="off" filters="bereich,kostenlos"></bildung-angebote>
      <bildung-termine src=${src} limit="2"></bildung-termine>
      <bildung-indikator src=${src} indicator="B1.1" region="03351"></bildung-indikator>
    </div>`;
}

const meta: Meta = {
  title: 'Anleitung/Theming',
  // The docs page is theming.mdx, not the generated one.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  // The event examples are written for 25 November 2026, 10:00: fix the widgets' clock meanwhile.
  beforeEach: () => {
    const real = clock.now;
    clock.now = () => exampleNow;
    return () => {
      clock.now = real;
    };
  },
};
export default meta;

/** No theming at all: the widgets take the page's font and text colour and look native. */
export const Standard: Story = { render: () => page('standard') };

/** A corporate design: accent colour, square corners, a serif page font, shadows on results via `::part(result)`. */
export const CorporateDesign: Story = { name: 'Corporate design', render: () => page('corporate') };

/** A dark page: light text inherited, dark surfaces and a bright focus ring set by custom properties. */
export const Dark: Story = { name: 'Dunkel', render: () => page('dark') };

/**
 * A high-contrast page (black, white, yellow; thick borders via `::part()`). Windows' own
 * high-contrast mode (forced colours) needs no theming: the widgets follow the system colours.
 */
export const HighContrast: Story = { name: 'Hoher Kontrast', render: () => page('contrast') };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The define entry, as a page would load it: registers <bildung-berichte> and <bildung-quelle>.
import '../packages/berichte/src/berichte.js';
import { exampleFeed, exampleReports } from '../packages/berichte/src/berichte.examples.js';
import { feedUrl, holdRequestsTo, type SmokeExpectations } from './support.js';

/** Attributes of <bildung-berichte> (names as in HTML) plus the event handlers Storybook logs as actions. */
interface BerichteArgs {
  src?: string;
  lang?: string;
  debug?: boolean;
  area?: string;
  /** Not an attribute: the editor's fallback content between the tags. */
  fallback?: boolean;
  onBildungReady?: (event: Event) => void;
  onBildungError?: (event: Event) => void;
}

type Story = StoryObj<BerichteArgs> & { parameters?: { smoke?: SmokeExpectations } & Record<string, unknown> };

/** Feeds made from the shared examples (packages/berichte/src/berichte.examples.ts). */
const feeds = {
  examples: exampleFeed,
  none: { ...exampleFeed, reports: [] },
  /** The examples plus entries an editor might get wrong: each is skipped or flagged, the rest renders. */
  withProblems: {
    ...exampleFeed,
    reports: [
      ...exampleReports,
      { id: 'ohne-link', name: 'Bericht ohne Adresse' },
      { id: 'skript', name: 'Bericht mit Skript-Link', url: 'javascript:alert(1)' },
      { id: 'datum', name: 'Sozialbericht 2026', datePublished: '31.02.2026', url: 'https://www.example.org/sozialbericht.pdf', area: ['soziales'] },
    ],
  },
} as const;

const MISSING_FEED = 'feeds/gibt-es-nicht.json';
const PENDING_FEED = 'feeds/antwortet-nicht.json';

const meta: Meta<BerichteArgs> = {
  title: 'Widgets/bildung-berichte',
  component: 'bildung-berichte',
  args: {
    src: feedUrl(feeds.examples),
    fallback: true,
  },
  argTypes: {
    src: { control: 'text' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    debug: { control: 'boolean' },
    area: { control: 'text' },
    fallback: { control: 'boolean', description: 'Fallback content between the tags (shown while loading and on errors).' },
  },
  render: (args) => html`<bildung-berichte
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    ?debug=${!!args.debug}
    area=${ifDefined(args.area || undefined)}
    @bildung-ready=${args.onBildungReady}
    @bildung-error=${args.onBildungError}
    >${args.fallback ? html`<a href="#bildungsbericht">Bildungsbericht 2025 (PDF)</a>` : nothing}</bildung-berichte
  >`,
};
export default meta;

/** The fallback content between the tags while the feed is on its way. */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  beforeEach: holdRequestsTo(PENDING_FEED),
  parameters: { smoke: { state: 'loading', visible: ['[part="loading"]'] } },
};

/** The reports, newest first: title as a download link with type and size, date, description, Bildungsbereiche. */
export const Reports: Story = {
  parameters: { smoke: { visible: ['[part="list"]', '[part="download"]'] } },
};

/** `area="fruehkindlich"`: only reports about early childhood education. */
export const Area: Story = {
  args: { area: 'fruehkindlich' },
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

/** No reports (yet). */
export const NoReports: Story = {
  args: { src: feedUrl(feeds.none) },
  parameters: { smoke: { visible: ['[part="status"]'] } },
};

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  args: { src: MISSING_FEED },
  parameters: { smoke: { state: 'error', visible: ['[part="error"]', '[part="retry"]'], httpErrors: true } },
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
};

/** Theming from the page: `--bildung-*` custom properties and `::part()`. */
export const Themed: Story = {
  decorators: [
    (story) => html`<style>
        .themed-page bildung-berichte {
          --bildung-accent: #7a1f5c;
          --bildung-radius: 0;
          --bildung-surface: #fbf6f9;
          --bildung-link: #7a1f5c;
          font-family: Georgia, 'Times New Roman', serif;
        }
        .themed-page bildung-berichte::part(report) {
          border-left: 0.375rem solid #7a1f5c;
        }
      </style>
      <div class="themed-page">${story()}</div>`,
  ],
};

/** In a 320 px column. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 320px; outline: 1px dashed #999">${story()}</div>`],
};

/** `debug`: skipped reports (no or unsafe address) and dropped fields (an impossible date), with their JSON pointers. */
export const Debug: Story = {
  args: { src: feedUrl(feeds.withProblems), debug: true },
  parameters: { smoke: { visible: ['[part="debug-report"]', '[part="list"]'] } },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The define entry, as a page would load it: registers <bildung-angebote> and <bildung-quelle>.
import '../packages/angebote/src/angebote.js';
import { exampleFeed, exampleOffers, manyOffers } from '../packages/angebote/src/angebote.examples.js';
import { feedUrl, holdRequestsTo, whenReady, type SmokeExpectations } from './support.js';

/** Attributes of <bildung-angebote> (names as in HTML) plus the event handlers Storybook logs as actions. */
interface AngeboteArgs {
  src?: string;
  lang?: string;
  debug?: boolean;
  filters?: string;
  area?: string;
  audience?: string;
  municipality?: string;
  'page-size'?: number;
  'url-state'?: 'on' | 'off';
  /** Not an attribute: the editor's fallback content between the tags. */
  fallback?: boolean;
  onBildungReady?: (event: Event) => void;
  onBildungError?: (event: Event) => void;
  onBildungChange?: (event: Event) => void;
}

type Story = StoryObj<AngeboteArgs> & { parameters?: { smoke?: SmokeExpectations } & Record<string, unknown> };

/** Feeds made from the shared examples (packages/angebote/src/angebote.examples.ts). */
const feeds = {
  examples: exampleFeed,
  empty: { ...exampleFeed, offers: [] },
  many: { ...exampleFeed, offers: [...exampleOffers, ...manyOffers(60)] },
  /** The examples plus entries an editor might get wrong: each is skipped or flagged, the rest renders. */
  withProblems: {
    ...exampleFeed,
    offers: [
      ...exampleOffers,
      { id: 'ohne-name', area: ['schule'] },
      { id: 'ohne-bereich', name: 'Lesepatenschaften', area: [] },
      { id: 'sprachcafe', name: 'Sprachcafé in der Stadtbücherei', area: ['sprachfoerderung'], url: 'javascript:alert(1)' },
      { id: 'ferienkurs', name: 'Ferienkurs Töpfern', area: ['nonformal'], schedule: { startDate: '2027-02-31' }, ageMin: -3 },
      { ...exampleOffers[0], name: 'Seepferdchen (doppelt eingetragen)' },
      'kein Angebot, sondern Text',
    ],
  },
} as const;

/** A same-origin path that does not exist: the server answers 404. */
const MISSING_FEED = 'feeds/gibt-es-nicht.json';
/** A same-origin path whose request the Loading story holds open. */
const PENDING_FEED = 'feeds/antwortet-nicht.json';

const meta: Meta<AngeboteArgs> = {
  title: 'Widgets/bildung-angebote',
  component: 'bildung-angebote',
  args: {
    src: feedUrl(feeds.examples),
    'url-state': 'off',
    fallback: true,
  },
  argTypes: {
    src: { control: 'text' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    debug: { control: 'boolean' },
    filters: { control: 'text' },
    area: { control: 'text' },
    audience: { control: 'text' },
    municipality: { control: 'text' },
    'page-size': { control: { type: 'number', min: 1 } },
    'url-state': { control: 'inline-radio', options: ['on', 'off'] },
    fallback: { control: 'boolean', description: 'Fallback content between the tags (shown while loading and on errors).' },
  },
  render: (args) => html`<bildung-angebote
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    ?debug=${!!args.debug}
    filters=${ifDefined(args.filters || undefined)}
    area=${ifDefined(args.area || undefined)}
    audience=${ifDefined(args.audience || undefined)}
    municipality=${ifDefined(args.municipality || undefined)}
    page-size=${ifDefined(args['page-size'])}
    url-state=${args['url-state'] ?? 'off'}
    @bildung-ready=${args.onBildungReady}
    @bildung-error=${args.onBildungError}
    @bildung-change=${args.onBildungChange}
    >${args.fallback ? html`<a href="#alle-angebote-als-pdf">Alle Angebote als PDF</a>` : nothing}</bildung-angebote
  >`,
};
export default meta;

/** The fallback content between the tags while the feed is on its way (here: a server that never answers). */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  beforeEach: holdRequestsTo(PENDING_FEED),
  parameters: { smoke: { state: 'loading', visible: ['[part="loading"]'] } },
};

/** The example offers: search field, filters with live counts, results. */
export const Results: Story = {
  parameters: { smoke: { visible: ['[part="input"]', '[part="filter-panel"]', '[part="list"]'] } },
};

/**
 * The editor's presets: only offers of `area="fruehkindlich"`, and only the audience, age and
 * cost filters. A preset is fixed, so its facet is not offered as a filter.
 */
export const Filtered: Story = {
  args: { area: 'fruehkindlich', filters: 'audience, age, free' },
  parameters: { smoke: { visible: ['[part="filter-panel"]', '[part="result"]'] } },
};

/** A search that matches nothing: the message, a hint, and (with filters ticked) a reset. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bildung-angebote')!;
    const root = await whenReady(el);
    const input = root.querySelector<HTMLInputElement>('[part="input"]')!;
    input.value = 'Xylophonunterricht';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
  parameters: { smoke: { visible: ['[part="status"]'] } },
};

/** A feed without any offers (yet). */
export const NoOffers: Story = {
  args: { src: feedUrl(feeds.empty) },
  parameters: { smoke: { visible: ['[part="status"]'] } },
};

/** More offers than one page: "Weitere anzeigen" appends the next `page-size` results. */
export const ManyResults: Story = {
  args: { src: feedUrl(feeds.many), 'page-size': 10 },
  parameters: { smoke: { visible: ['[part="more"]'] } },
};

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  args: { src: MISSING_FEED },
  parameters: { smoke: { state: 'error', visible: ['[part="error"]', '[part="retry"]'], httpErrors: true } },
};

/** `lang="en"`: every text of the widget in English (feed texts stay as the district wrote them). */
export const English: Story = {
  args: { lang: 'en' },
};

/** Theming from the page: `--bildung-*` custom properties and `::part()` rules in the page's own CSS. */
export const Themed: Story = {
  decorators: [
    (story) => html`<style>
        .themed-page bildung-angebote {
          --bildung-accent: #7a1f5c;
          --bildung-accent-contrast: #ffffff;
          --bildung-radius: 0;
          --bildung-gap: 1.25rem;
          --bildung-border: #c9b3c2;
          --bildung-surface: #fbf6f9;
          --bildung-mark: #f6d3e6;
          --bildung-focus: #7a1f5c;
          --bildung-link: #7a1f5c;
          font-family: Georgia, 'Times New Roman', serif;
        }
        .themed-page bildung-angebote::part(input) {
          border-width: 2px;
        }
        .themed-page bildung-angebote::part(result) {
          border-left: 0.375rem solid #7a1f5c;
        }
        .themed-page bildung-angebote::part(result-title) {
          font-variant: small-caps;
        }
        .themed-page bildung-angebote::part(status) {
          font-weight: bold;
        }
      </style>
      <div class="themed-page">${story()}</div>`,
  ],
  // Tick one filter, so the accent colour shows on a ticked box and a chip.
  play: async ({ canvasElement }) => {
    const root = await whenReady(canvasElement.querySelector('bildung-angebote')!);
    root.querySelector<HTMLInputElement>('[part="facet"] input[type="checkbox"]')?.click();
  },
  parameters: { smoke: { visible: ['[part="chip"]', '[part="reset"]'] } },
};

/** In a 320 px column (the widget measures its own width, not the window's): the filters fold into a button. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 320px; outline: 1px dashed #999">${story()}</div>`],
  parameters: { smoke: { visible: ['[part="filter-toggle"]'] } },
};

/**
 * `debug`: the editor sees which entries of the feed were skipped or look wrong, with the JSON
 * pointer of each (the same report goes to the console). The valid entries render as usual.
 */
export const Debug: Story = {
  args: { src: feedUrl(feeds.withProblems), debug: true },
  parameters: { smoke: { visible: ['[part="debug-report"]', '[part="list"]'] } },
};

import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
// The define entry, as a page would load it: registers <bildung-angebote> and <bildung-quelle>.
import '../packages/angebote/src/angebote.js';
import { exampleFeed, exampleOffers, manyOffers } from '../packages/angebote/src/angebote.examples.js';
import { debugStory, emptyFeedStory, englishStory, errorStory, feedUrl, feedWidgetArgTypes, loadingStory, narrowColumn, renderWidget, themedPage, whenReady, type FeedWidgetArgs, type WidgetStory } from './support.js';

/** Attributes of <bildung-angebote> (names as in HTML) besides those of every feed widget, and its own event. */
interface AngeboteArgs extends FeedWidgetArgs {
  filters?: string;
  area?: string;
  audience?: string;
  municipality?: string;
  'page-size'?: number;
  'url-state'?: 'on' | 'off';
  onBildungChange?: (event: Event) => void;
}

type Story = WidgetStory<AngeboteArgs>;

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

const meta: Meta<AngeboteArgs> = {
  title: 'Widgets/bildung-angebote',
  component: 'bildung-angebote',
  args: {
    src: feedUrl(feeds.examples),
    'url-state': 'off',
    fallback: true,
  },
  argTypes: {
    ...feedWidgetArgTypes,
    filters: { control: 'text' },
    area: { control: 'text' },
    audience: { control: 'text' },
    municipality: { control: 'text' },
    'page-size': { control: { type: 'number', min: 1 } },
    'url-state': { control: 'inline-radio', options: ['on', 'off'] },
  },
  render: (args) =>
    renderWidget(
      'bildung-angebote',
      args,
      { filters: args.filters, area: args.area, audience: args.audience, municipality: args.municipality, 'page-size': args['page-size'], 'url-state': args['url-state'] ?? 'off' },
      html`<a href="#alle-angebote-als-pdf">Alle Angebote als PDF</a>`,
    ),
};
export default meta;

/** The fallback content between the tags while the feed is on its way (here: a server that never answers). */
export const Loading: Story = { ...loadingStory };

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
export const NoOffers: Story = emptyFeedStory(feeds.empty);

/** More offers than one page: "Weitere anzeigen" appends the next `page-size` results. */
export const ManyResults: Story = {
  args: { src: feedUrl(feeds.many), 'page-size': 10 },
  parameters: { smoke: { visible: ['[part="more"]'] } },
};

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = { ...errorStory, name: 'Error with retry' };

/** `lang="en"`: every text of the widget in English (feed texts stay as the district wrote them). */
export const English: Story = { ...englishStory };

/** Theming from the page: `--bildung-*` custom properties and `::part()` rules in the page's own CSS. */
export const Themed: Story = {
  decorators: [
    themedPage(
      'bildung-angebote',
      { '--bildung-gap': '1.25rem', '--bildung-mark': '#f6d3e6' },
      {
        input: { 'border-width': '2px' },
        result: { 'border-left': '0.375rem solid #7a1f5c' },
        'result-title': { 'font-variant': 'small-caps' },
        status: { 'font-weight': 'bold' },
      },
    ),
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
  decorators: [narrowColumn()],
  parameters: { smoke: { visible: ['[part="filter-toggle"]'] } },
};

/**
 * `debug`: the editor sees which entries of the feed were skipped or look wrong, with the JSON
 * pointer of each (the same report goes to the console). The valid entries render as usual.
 */
export const Debug: Story = debugStory(feeds.withProblems, '[part="list"]');

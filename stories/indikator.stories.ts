import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The define entry, as a page would load it: registers <bildung-indikator> and <bildung-quelle>.
import '../packages/indikator/src/indikator.js';
import { exampleFeed, problemFeed } from '../packages/indikator/src/indikator.examples.js';
import { debugStory, englishStory, errorStory, feedUrl, feedWidgetArgTypes, loadingStory, narrowColumn, renderWidget, themedPage, whenReady, type FeedWidgetArgs, type WidgetStory } from './support.js';

/** Attributes of <bildung-indikator> (names as in HTML) besides those of every feed widget. */
interface IndikatorArgs extends FeedWidgetArgs {
  indicator?: string;
  region?: string;
  compare?: string;
  view?: 'tile' | 'chart' | 'table';
  'heading-level'?: number;
}

type Story = WidgetStory<IndikatorArgs>;

const meta: Meta<IndikatorArgs> = {
  title: 'Widgets/bildung-indikator',
  component: 'bildung-indikator',
  args: {
    src: feedUrl(exampleFeed),
    indicator: 'B1.1',
    fallback: true,
  },
  argTypes: {
    ...feedWidgetArgTypes,
    indicator: { control: 'select', options: ['B1.1', 'D1.1', 'E2.1', 'F1.1', 'G1.1', 'H1.1', 'B2.1', 'Z9.9'] },
    region: { control: 'text' },
    compare: { control: 'text' },
    view: { control: 'inline-radio', options: ['tile', 'chart', 'table'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    fallback: { control: 'boolean', description: 'Fallback content between the tags (shown while loading, on errors and when the indicator is not found).' },
  },
  render: (args) =>
    renderWidget(
      'bildung-indikator',
      args,
      { indicator: args.indicator, region: args.region, compare: args.compare, view: args.view, 'heading-level': args['heading-level'] },
      html`<p>Betreuungsquote der Kinder unter 3 Jahren 2023: 34,5 % (Niedersachsen 34,1 %, Deutschland 36,4 %).</p>`,
    ),
};
export default meta;

/** The fallback content between the tags while the feed is on its way (here: a server that never answers). */
export const Loading: Story = { ...loadingStory };

/**
 * The tile: latest value, change in percentage points judged by the polarity (higher is better),
 * the comparison with Land and Bund and a sentence that sums it up, the chart of the series
 * (2021 is secret: the line breaks), definition, source and the CSV download.
 */
export const Tile: Story = {
  parameters: { smoke: { visible: ['[part="value"]', '[part="change"]', '[part="summary"]', '[part="chart"]', '[part="download"]'] } },
};

/** Lower is better and the value fell: a negative change is an improvement. School years as periods. */
export const LowerIsBetter: Story = {
  name: 'Lower is better (negative change)',
  args: { indicator: 'D1.1' },
  parameters: { smoke: { visible: ['[part="change"]', '[part="meta"]'] } },
};

/** A neutral indicator in years: no change against the previous period ("unverändert"), level with the Land. */
export const NeutralUnchanged: Story = {
  name: 'Neutral, unchanged',
  args: { indicator: 'E2.1' },
  parameters: { smoke: { visible: ['[part="change"]'] } },
};

/** Euro with 0 decimals ("8.450 €", "+330 €"); the feed gives no polarity, so it only says "gestiegen". */
export const NoDecimals: Story = {
  name: 'Euro, 0 decimals',
  args: { indicator: 'F1.1' },
  parameters: { smoke: { visible: ['[part="value"]'] } },
};

/** Two decimals and no unit ("14,25", "-0,25"). */
export const TwoDecimals: Story = {
  name: 'Two decimals, no unit',
  args: { indicator: 'G1.1' },
  parameters: { smoke: { visible: ['[part="value"]'] } },
};

/** One period only: no change to state; the Bund value is secret and reads "keine Angabe", never 0. */
export const OnePeriod: Story = {
  name: 'One period, a secret value',
  args: { indicator: 'H1.1' },
  parameters: { smoke: { visible: ['[part="summary"]', '[part="chart"]'] } },
};

/** `view="chart"`: a large chart of a long series (18 years), with its trend as visible text. */
export const ChartView: Story = {
  name: 'View: chart',
  args: { indicator: 'B2.1', view: 'chart' },
  parameters: { smoke: { visible: ['[part="chart"]'] } },
};

/** `view="table"`: the data table (periods × regions) first; the pressed button switches to the chart. */
export const TableView: Story = {
  name: 'View: table',
  args: { view: 'table' },
  parameters: { smoke: { visible: ['[part="table"]', '[part="table-toggle"]'] } },
};

/** The visitor pressed "Als Tabelle anzeigen" in a tile. */
export const TableToggled: Story = {
  name: 'Table toggled',
  play: async ({ canvasElement }) => {
    const root = await whenReady(canvasElement.querySelector('bildung-indikator')!);
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  },
  parameters: { smoke: { visible: ['[part="table"]'] } },
};

/** `region="03"` and `compare="DG"`: the Land's value, compared with the Bund only. */
export const RegionAndCompare: Story = {
  name: 'Region and compare',
  args: { region: '03', compare: 'DG' },
  parameters: { smoke: { visible: ['[part="comparisons"]'] } },
};

/** A comparison region that the indicator does not have: named in a note with the available ones; the rest renders. */
export const UnknownComparison: Story = {
  name: 'Unknown comparison region',
  args: { compare: 'DG, 09162' },
  parameters: { smoke: { visible: ['[part="notice"]', '[part="value"]'] } },
};

/** An id that is not in the feed: a clear message naming it and the available ones, plus the fallback content. */
export const IndicatorNotFound: Story = {
  name: 'Indicator not found',
  args: { indicator: 'Z9.9' },
  parameters: { smoke: { state: 'error', visible: ['[part="error"]'] } },
};

/** A region code that the indicator has no series for. */
export const RegionNotFound: Story = {
  name: 'Region not found',
  args: { region: '99999' },
  parameters: { smoke: { state: 'error', visible: ['[part="error"]'] } },
};

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = { ...errorStory, name: 'Error with retry' };

/** `lang="en"`: every text of the widget in English (feed texts stay as the district wrote them). */
export const English: Story = { ...englishStory };

/**
 * `debug` with a hostile feed: markup in names stays text, "NaN" and numbers written as text are
 * skipped (not drawn as 0), the unsafe source link is dropped; the report lists every skipped value.
 */
export const Debug: Story = { ...debugStory<IndikatorArgs>(problemFeed, '[part="value"]', { indicator: 'X1' }), name: 'Debug, hostile feed' };

/** Theming from the page: `--bildung-*` custom properties and `::part()` rules in the page's own CSS. */
export const Themed: Story = {
  decorators: [
    themedPage(
      'bildung-indikator',
      { '--bildung-chart-1': '#7a1f5c', '--bildung-chart-2': '#4a4a4a', '--bildung-positive': '#00594f' },
      { tile: { 'border-top': '0.375rem solid #7a1f5c' }, name: { 'font-variant': 'small-caps' } },
    ),
  ],
  parameters: { smoke: { visible: ['[part="tile"]'] } },
};

/** In a 320 px column: the tile stacks, the chart draws at the width it gets. */
export const Narrow: Story = {
  decorators: [narrowColumn()],
  parameters: { smoke: { visible: ['[part="chart"]'] } },
};

/**
 * Several tiles in one `<bildung-quelle>` (one request for all), as on the demo page's
 * "Bildungsmonitoring" section.
 */
export const Monitoring: Story = {
  name: 'Several tiles, one feed',
  render: (args) => html`<style>
      .tile-grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
        gap: 1rem;
      }
    </style>
    <bildung-quelle src=${ifDefined(args.src || undefined)} lang=${ifDefined(args.lang || undefined)}>
      <div class="tile-grid">
        <bildung-indikator indicator="B1.1" heading-level="3"></bildung-indikator>
        <bildung-indikator indicator="D1.1" heading-level="3"></bildung-indikator>
        <bildung-indikator indicator="E2.1" heading-level="3"></bildung-indikator>
      </div>
    </bildung-quelle>`,
  parameters: { smoke: { visible: ['[part="tile"]'] } },
};

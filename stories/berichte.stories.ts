import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
// The define entry, as a page would load it: registers <bildung-berichte> and <bildung-quelle>.
import '../packages/berichte/src/berichte.js';
import { exampleFeed, exampleReports } from '../packages/berichte/src/berichte.examples.js';
import { debugStory, emptyFeedStory, englishStory, errorStory, feedUrl, feedWidgetArgTypes, loadingStory, narrowColumn, renderWidget, themedPage, type FeedWidgetArgs, type WidgetStory } from './support.js';

/** Attributes of <bildung-berichte> (names as in HTML) besides those of every feed widget. */
interface BerichteArgs extends FeedWidgetArgs {
  area?: string;
}

type Story = WidgetStory<BerichteArgs>;

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

const meta: Meta<BerichteArgs> = {
  title: 'Widgets/bildung-berichte',
  component: 'bildung-berichte',
  args: {
    src: feedUrl(feeds.examples),
    fallback: true,
  },
  argTypes: {
    ...feedWidgetArgTypes,
    area: { control: 'text' },
  },
  render: (args) => renderWidget('bildung-berichte', args, { area: args.area }, html`<a href="#bildungsbericht">Bildungsbericht 2025 (PDF)</a>`),
};
export default meta;

/** The fallback content between the tags while the feed is on its way. */
export const Loading: Story = { ...loadingStory };

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
export const NoReports: Story = emptyFeedStory(feeds.none);

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = { ...errorStory, name: 'Error with retry' };

/** `lang="en"`. */
export const English: Story = { ...englishStory };

/** Theming from the page: `--bildung-*` custom properties and `::part()`. */
export const Themed: Story = {
  decorators: [themedPage('bildung-berichte', {}, { report: { 'border-left': '0.375rem solid #7a1f5c' } })],
};

/** In a 320 px column. */
export const Narrow: Story = {
  decorators: [narrowColumn()],
};

/** `debug`: skipped reports (no or unsafe address) and dropped fields (an impossible date), with their JSON pointers. */
export const Debug: Story = debugStory(feeds.withProblems, '[part="list"]');

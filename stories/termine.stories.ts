import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
// The define entry, as a page would load it: registers <bildung-termine> and <bildung-quelle>.
import '../packages/termine/src/termine.js';
import { clock } from '../packages/core/src/index.js';
import { exampleEvents, exampleFeed, exampleNow } from '../packages/termine/src/termine.examples.js';
import { debugStory, emptyFeedStory, englishStory, errorStory, feedUrl, feedWidgetArgTypes, loadingStory, narrowColumn, renderWidget, themedPage, whenReady, type FeedWidgetArgs, type WidgetStory } from './support.js';

/** Attributes of <bildung-termine> (names as in HTML) besides those of every feed widget. */
interface TermineArgs extends FeedWidgetArgs {
  category?: string;
  limit?: number;
  'more-href'?: string;
}

type Story = WidgetStory<TermineArgs>;

/** Feeds made from the shared examples (packages/termine/src/termine.examples.ts). */
const feeds = {
  examples: exampleFeed,
  /** Only events that are over: the empty state, with the past events still reachable. */
  onlyPast: { ...exampleFeed, events: exampleEvents.filter((e) => e.startDate < '2026-11-25') },
  none: { ...exampleFeed, events: [] },
  /** The examples plus entries an editor might get wrong: each is skipped or flagged, the rest renders. */
  withProblems: {
    ...exampleFeed,
    events: [
      ...exampleEvents,
      { id: 'fachtag-februar', name: 'Fachtag am 31. Februar', startDate: '2027-02-31' },
      { id: 'ohne-datum', name: 'Netzwerktreffen ohne Datum' },
      {
        id: 'werkstatt',
        name: 'Werkstattgespräch <b>Ganztag</b>',
        startDate: '2027-01-14T15:00:00+01:00',
        endDate: '14.01.2027 17:00',
        category: 'werkstatt',
        documents: [{ title: 'Einladung', url: 'javascript:alert(1)' }],
      },
    ],
  },
} as const;

const meta: Meta<TermineArgs> = {
  title: 'Widgets/bildung-termine',
  component: 'bildung-termine',
  // The examples are written for 25 November 2026, 10:00: fix the widgets' clock while a story shows.
  beforeEach: () => {
    const real = clock.now;
    clock.now = () => exampleNow;
    return () => {
      clock.now = real;
    };
  },
  args: {
    src: feedUrl(feeds.examples),
    fallback: true,
  },
  argTypes: {
    ...feedWidgetArgTypes,
    category: { control: 'text' },
    limit: { control: { type: 'number', min: 1 } },
    'more-href': { control: 'text' },
  },
  render: (args) =>
    renderWidget(
      'bildung-termine',
      args,
      { category: args.category, limit: args.limit, 'more-href': args['more-href'] },
      html`<a href="#alle-termine">Alle Termine des Bildungsbüros</a>`,
    ),
};
export default meta;

/** The fallback content between the tags while the feed is on its way (here: a server that never answers). */
export const Loading: Story = { ...loadingStory };

/**
 * The upcoming events, soonest first, with date and time in Berlin time, labels, registration
 * ("Anmeldung bis …", "Anmeldeschluss vorbei", "Ausgebucht", "Anmeldung geschlossen") and
 * "In den Kalender". The past events wait behind "Vergangene Veranstaltungen".
 */
export const Upcoming: Story = {
  parameters: { smoke: { visible: ['[part="list"]', '[part="calendar"]', '[part="calendar-all"]', '[part="past-toggle"]'] } },
};

/** "Vergangene Veranstaltungen" opened: newest first, with their documents as downloads (type and size). */
export const PastEvents: Story = {
  name: 'Past events opened',
  play: async ({ canvasElement }) => {
    const root = await whenReady(canvasElement.querySelector('bildung-termine')!);
    root.querySelector<HTMLButtonElement>('[part="past-toggle"]')!.click();
  },
  parameters: { smoke: { visible: ['[part="past"]', '[part="documents"]'] } },
};

/** A teaser: `limit="2"` and `more-href` link to the page with every event. */
export const Teaser: Story = {
  args: { limit: 2, 'more-href': '#veranstaltungen' },
  parameters: { smoke: { visible: ['[part="more"]'] } },
};

/** `limit="3"` without `more-href`: "Alle … Veranstaltungen anzeigen" shows the rest in place. */
export const LimitedInPlace: Story = {
  name: 'Limited, rest in place',
  args: { limit: 3 },
  parameters: { smoke: { visible: ['[part="more"]'] } },
};

/** `category="fachtag,konferenz"`: only Fachtage and Bildungskonferenzen. */
export const Category: Story = {
  args: { category: 'fachtag,konferenz' },
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

/** Nothing planned: the message, and the past events still reachable. */
export const NothingPlanned: Story = {
  args: { src: feedUrl(feeds.onlyPast) },
  parameters: { smoke: { visible: ['[part="status"]', '[part="past-toggle"]'] } },
};

/** A feed without any events at all. */
export const NoEvents: Story = emptyFeedStory(feeds.none);

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = { ...errorStory, name: 'Error with retry' };

/** `lang="en"`: the widget's texts and the dates in English (feed texts stay as the district wrote them). */
export const English: Story = { ...englishStory };

/** Theming from the page: `--bildung-*` custom properties and `::part()` rules in the page's own CSS. */
export const Themed: Story = {
  decorators: [themedPage('bildung-termine', {}, { event: { 'border-left': '0.375rem solid #7a1f5c' }, when: { color: '#7a1f5c' } })],
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

/** In a 320 px column: everything wraps, nothing scrolls sideways. */
export const Narrow: Story = {
  decorators: [narrowColumn()],
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

/**
 * `debug`: the editor sees which events were skipped (an impossible date such as 31 February, a
 * missing start) or lost a field (an unsafe document link), with the JSON pointer of each.
 */
export const Debug: Story = debugStory(feeds.withProblems, '[part="list"]');

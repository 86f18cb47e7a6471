import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The define entry, as a page would load it: registers <bildung-termine> and <bildung-quelle>.
import '../packages/termine/src/termine.js';
import { clock } from '../packages/core/src/index.js';
import { exampleEvents, exampleFeed, exampleNow } from '../packages/termine/src/termine.examples.js';
import { feedUrl, holdRequestsTo, whenReady, type SmokeExpectations } from './support.js';

/** Attributes of <bildung-termine> (names as in HTML) plus the event handlers Storybook logs as actions. */
interface TermineArgs {
  src?: string;
  lang?: string;
  debug?: boolean;
  category?: string;
  limit?: number;
  'more-href'?: string;
  /** Not an attribute: the editor's fallback content between the tags. */
  fallback?: boolean;
  onBildungReady?: (event: Event) => void;
  onBildungError?: (event: Event) => void;
}

type Story = StoryObj<TermineArgs> & { parameters?: { smoke?: SmokeExpectations } & Record<string, unknown> };

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

/** A same-origin path that does not exist: the server answers 404. */
const MISSING_FEED = 'feeds/gibt-es-nicht.json';
/** A same-origin path whose request the Loading story holds open. */
const PENDING_FEED = 'feeds/antwortet-nicht.json';

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
    src: { control: 'text' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    debug: { control: 'boolean' },
    category: { control: 'text' },
    limit: { control: { type: 'number', min: 1 } },
    'more-href': { control: 'text' },
    fallback: { control: 'boolean', description: 'Fallback content between the tags (shown while loading and on errors).' },
  },
  render: (args) => html`<bildung-termine
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    ?debug=${!!args.debug}
    category=${ifDefined(args.category || undefined)}
    limit=${ifDefined(args.limit)}
    more-href=${ifDefined(args['more-href'] || undefined)}
    @bildung-ready=${args.onBildungReady}
    @bildung-error=${args.onBildungError}
    >${args.fallback ? html`<a href="#alle-termine">Alle Termine des Bildungsbüros</a>` : nothing}</bildung-termine
  >`,
};
export default meta;

/** The fallback content between the tags while the feed is on its way (here: a server that never answers). */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  beforeEach: holdRequestsTo(PENDING_FEED),
  parameters: { smoke: { state: 'loading', visible: ['[part="loading"]'] } },
};

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
export const NoEvents: Story = {
  args: { src: feedUrl(feeds.none) },
  parameters: { smoke: { visible: ['[part="status"]'] } },
};

/** The feed cannot be loaded (404): one clear message, a retry button, and the fallback content. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  args: { src: MISSING_FEED },
  parameters: { smoke: { state: 'error', visible: ['[part="error"]', '[part="retry"]'], httpErrors: true } },
};

/** `lang="en"`: the widget's texts and the dates in English (feed texts stay as the district wrote them). */
export const English: Story = {
  args: { lang: 'en' },
};

/** Theming from the page: `--bildung-*` custom properties and `::part()` rules in the page's own CSS. */
export const Themed: Story = {
  decorators: [
    (story) => html`<style>
        .themed-page bildung-termine {
          --bildung-accent: #7a1f5c;
          --bildung-accent-contrast: #ffffff;
          --bildung-radius: 0;
          --bildung-border: #c9b3c2;
          --bildung-surface: #fbf6f9;
          --bildung-focus: #7a1f5c;
          --bildung-link: #7a1f5c;
          font-family: Georgia, 'Times New Roman', serif;
        }
        .themed-page bildung-termine::part(event) {
          border-left: 0.375rem solid #7a1f5c;
        }
        .themed-page bildung-termine::part(when) {
          color: #7a1f5c;
        }
      </style>
      <div class="themed-page">${story()}</div>`,
  ],
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

/** In a 320 px column: everything wraps, nothing scrolls sideways. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 320px; outline: 1px dashed #999">${story()}</div>`],
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

/**
 * `debug`: the editor sees which events were skipped (an impossible date such as 31 February, a
 * missing start) or lost a field (an unsafe document link), with the JSON pointer of each.
 */
export const Debug: Story = {
  args: { src: feedUrl(feeds.withProblems), debug: true },
  parameters: { smoke: { visible: ['[part="debug-report"]', '[part="list"]'] } },
};

import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/angebote/src/angebote.js';
import { exampleFeed } from '../packages/angebote/src/angebote.examples.js';
import { feedUrl, type WidgetStory } from './support.js';

interface QuelleArgs {
  src?: string;
  lang?: string;
}

type Story = WidgetStory<QuelleArgs>;

const meta: Meta<QuelleArgs> = {
  title: 'Widgets/bildung-quelle',
  component: 'bildung-quelle',
  args: { src: feedUrl(exampleFeed) },
  argTypes: {
    src: { control: 'text' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
};
export default meta;

/**
 * One `<bildung-quelle>` names the feed (and language) once; the two finders inside have no `src`
 * of their own, share one request, and differ only in their presets.
 */
export const TwoFinders: Story = {
  name: 'Two finders, one feed',
  render: (args) => html`<bildung-quelle src=${ifDefined(args.src || undefined)} lang=${ifDefined(args.lang || undefined)}>
    <h2>Kita, Krippe und Frühförderung</h2>
    <bildung-angebote area="fruehkindlich" filters="audience, age, municipality" url-state="off"></bildung-angebote>
    <h2>Weiterbildung und Freizeit</h2>
    <bildung-angebote area="weiterbildung, nonformal" filters="audience, free, accessibility" url-state="off"></bildung-angebote>
  </bildung-quelle>`,
  parameters: { smoke: { visible: ['[part="list"]'] } },
};

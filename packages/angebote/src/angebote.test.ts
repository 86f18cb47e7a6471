import { expect, fixture, html } from '@open-wc/testing';
import '../../all/bildung-widgets.js';
import { exampleFeed } from './angebote.examples.js';
import { feedUrl, loaded, resetPage, statusText, titles } from '../../../tests/helpers.js';
import type { BildungAngebote } from './angebote.js';

describe('<bildung-angebote>', () => {
  beforeEach(resetPage);

  describe('when the feed has loaded', () => {
    it('lists every offer with the count', async () => {
      const el = await fixture<BildungAngebote>(html`<bildung-angebote src=${feedUrl(exampleFeed)}></bildung-angebote>`);
      await loaded(el);
      expect(statusText(el)).to.equal('8 Angebote');
      expect(titles(el)).to.have.length(8);
      await expect(el).to.be.accessible();
    });
  });
});

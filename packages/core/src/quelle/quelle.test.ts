import { expect, fixture, html } from '@open-wc/testing';
import '../../../angebote/src/angebote.js';
import { exampleFeed } from '../../../angebote/src/angebote.examples.js';
import { feedUrl, loaded, resetPage, statusText } from '../../../../tests/helpers.js';

describe('<bildung-quelle>', () => {
  beforeEach(resetPage);

  describe('when widgets sit inside it', () => {
    it('hands them its feed and language', async () => {
      const wrapper = await fixture<HTMLElement>(html`<bildung-quelle src=${feedUrl(exampleFeed)} lang="en">
        <section><bildung-angebote id="one" url-state="off"></bildung-angebote></section>
      </bildung-quelle>`);
      const el = wrapper.querySelector('bildung-angebote')!;
      await loaded(el);
      expect(statusText(el)).to.equal('8 offers');
      await expect(wrapper).to.be.accessible();
    });

    it("lets a widget's own src and lang win", async () => {
      const own = { version: 1, offers: exampleFeed.offers!.slice(0, 2) };
      const wrapper = await fixture<HTMLElement>(html`<bildung-quelle src=${feedUrl(exampleFeed)} lang="en">
        <bildung-angebote id="own" src=${feedUrl(own)} lang="de" url-state="off"></bildung-angebote>
      </bildung-quelle>`);
      const el = wrapper.querySelector('bildung-angebote')!;
      await loaded(el);
      expect(statusText(el)).to.equal('2 Angebote');
    });

    it('follows a change of its src', async () => {
      const wrapper = await fixture<HTMLElement>(html`<bildung-quelle src=${feedUrl(exampleFeed)}>
        <bildung-angebote url-state="off"></bildung-angebote>
      </bildung-quelle>`);
      const el = wrapper.querySelector('bildung-angebote')!;
      await loaded(el);
      wrapper.setAttribute('src', feedUrl({ version: 1, offers: exampleFeed.offers!.slice(0, 3) }));
      await loaded(el, '.status');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(statusText(el)).to.equal('3 Angebote');
    });

    it('renders its children as they are', async () => {
      const wrapper = await fixture<HTMLElement>(html`<bildung-quelle src="x.json"><p>Absatz</p></bildung-quelle>`);
      expect(wrapper.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../../angebote/src/angebote.js';
import { exampleFeed } from '../../../angebote/src/angebote.examples.js';
import { feedUrl, loaded, resetPage, statusText } from '../../../../tests/helpers.js';

describe('<bildung-quelle>', () => {
  beforeEach(resetPage);

  describe('when a widget was on the page before it', () => {
    it('names its feed once the widget is inside', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><bildung-angebote url-state="off"></bildung-angebote></div>`);
      const quelle = document.createElement('bildung-quelle');
      quelle.setAttribute('src', feedUrl(exampleFeed));
      wrapper.append(quelle);
      const el = wrapper.querySelector('bildung-angebote')!;
      quelle.append(el);
      await loaded(el, '.status');
      expect(statusText(el)).to.equal('8 Angebote');
    });
  });

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

    it('reaches a widget inside another component\'s shadow root', async () => {
      const wrapper = await fixture<HTMLElement>(html`<bildung-quelle src=${feedUrl(exampleFeed)}><div></div></bildung-quelle>`);
      const shadow = wrapper.querySelector('div')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<bildung-angebote url-state="off"></bildung-angebote>';
      const el = shadow.querySelector('bildung-angebote')!;
      await loaded(el);
      expect(statusText(el)).to.equal('8 Angebote');
    });

    it('stops naming the feed for a widget moved out of it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><bildung-quelle src=${feedUrl(exampleFeed)}>
        <bildung-angebote url-state="off"></bildung-angebote>
      </bildung-quelle></div>`);
      const el = wrapper.querySelector('bildung-angebote')!;
      await loaded(el);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.include('Es ist keine Datenquelle angegeben');
    });

    it('renders its children as they are', async () => {
      const wrapper = await fixture<HTMLElement>(html`<bildung-quelle src="x.json"><p>Absatz</p></bildung-quelle>`);
      expect(wrapper.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
    });
  });
});

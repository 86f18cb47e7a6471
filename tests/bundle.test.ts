import { expect, waitUntil } from '@open-wc/testing';
import { feedUrl } from './helpers.js';

// These tests use what a district deploys: the built bundle (npm run build) and the demo page.

function frame(src: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'width: 1200px; height: 900px; border: 0';
  iframe.src = src;
  const loaded = new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  document.body.append(iframe);
  return loaded;
}

describe('the bundle dist/bildung-widgets.js', () => {
  it('defines every element and tolerates being loaded twice', async () => {
    await import(/* @vite-ignore */ '/dist/bildung-widgets.js' as string);
    await import(/* @vite-ignore */ '/dist/bildung-widgets.js?second-copy' as string);
    await import(/* @vite-ignore */ '/dist/bildung-angebote.js' as string);
    for (const tag of ['bildung-angebote', 'bildung-termine', 'bildung-berichte', 'bildung-indikator', 'bildung-quelle']) expect(customElements.get(tag), tag).to.exist;
    expect(customElements.get('bildung-quelle')).to.exist;
  });
});

describe('the bundle dist/bildung-widgets.js on a feed', () => {
  it('keeps every field the feed schema names, also those called title or description', async () => {
    await import(/* @vite-ignore */ '/dist/bildung-widgets.js' as string);
    const feed = {
      version: 1,
      offers: [
        { id: 'a', name: 'Kurs A', area: ['schule'], description: 'Mit dem Zauberwürfel' },
        { id: 'b', name: 'Kurs B', area: ['schule'] },
      ],
    };
    const el = document.createElement('bildung-angebote');
    el.setAttribute('url-state', 'off');
    el.setAttribute('src', feedUrl(feed));
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('.status'), 'the finder did not load', { timeout: 10000 });
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'zauberwuerfel';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => el.shadowRoot!.querySelector('.status')!.textContent!.trim() === '1 Angebot', 'a word of the description found nothing');
    } finally {
      el.remove();
    }
  });
});

describe('the demo district page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  describe('when JavaScript runs', () => {
    it('shows the finder on the sample feed and requests nothing from other origins', async () => {
      const iframe = await frame('/demo/index.html');
      const doc = iframe.contentDocument!;
      const finder = doc.querySelector('bildung-angebote')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('.status'), 'the demo finder did not load', { timeout: 10000 });
      const count = Number(finder.shadowRoot!.querySelector('.status')!.textContent!.replace(/\D/g, ''));
      expect(count).to.be.at.least(300);
      const resources = iframe.contentWindow!.performance.getEntriesByType('resource').map((r) => r.name);
      expect(resources.length).to.be.greaterThan(0);
      for (const url of resources) expect(new URL(url).origin).to.equal(location.origin);
    });
  });

  describe('when JavaScript is unavailable', () => {
    it('shows the fallback content between the tags', async () => {
      const iframe = await frame('/demo/index.html', 'allow-same-origin');
      const doc = iframe.contentDocument!;
      const finder = doc.querySelector('bildung-angebote')!;
      expect(customElements.get.call(iframe.contentWindow!.customElements, 'bildung-angebote')).to.be.undefined;
      const fallback = finder.querySelector('a')!;
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
      expect(fallback.textContent).to.match(/\S/);
    });
  });
});

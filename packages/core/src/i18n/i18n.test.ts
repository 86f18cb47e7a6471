import { expect } from '@open-wc/testing';
import { captureWarnings } from '../../../../tests/helpers.js';
import { defineCatalog, loadLocale, localize, messagesFor, registerLocale } from '../index.js';

/** A loader the test answers by hand: `answer(strings)` or `fail(error)`. */
function manualLoader<T>() {
  let answer!: (value: T) => void;
  let fail!: (error: Error) => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<T>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  };
  return { load, answer: (value: T) => answer(value), fail: (error: Error) => fail(error), calls: () => calls };
}

describe('widget strings loaded on first use', () => {
  describe('when English comes from a file of its own', () => {
    it('is German until loadLocale has brought the English strings, then English', async () => {
      const loader = manualLoader<{ hello: string }>();
      const catalog = defineCatalog('test-first-use', { hello: 'Hallo' }, loader.load);
      expect(localize(catalog, 'en')).to.deep.equal({ hello: 'Hallo' });
      expect(loader.calls()).to.equal(0);
      const loading = loadLocale('en-GB');
      loader.answer({ hello: 'Hello' });
      await loading;
      expect(localize(catalog, 'en')).to.deep.equal({ hello: 'Hello' });
      expect(localize(catalog, 'de')).to.deep.equal({ hello: 'Hallo' });
    });

    it('asks for the file once, however often the language is asked for', async () => {
      const loader = manualLoader<{ hello: string }>();
      const catalog = defineCatalog('test-once', { hello: 'Hallo' }, loader.load);
      const first = loadLocale('en');
      const second = loadLocale('en');
      loader.answer({ hello: 'Hello' });
      await Promise.all([first, second]);
      await loadLocale('en');
      expect(loader.calls()).to.equal(1);
      expect(localize(catalog, 'en').hello).to.equal('Hello');
    });
  });

  describe('when the file cannot be loaded (an editor copied only the main file)', () => {
    it('stays German and warns once on the console, not once per widget', async () => {
      const a = manualLoader<{ hello: string }>();
      const b = manualLoader<{ bye: string }>();
      const catalogA = defineCatalog('test-missing-a', { hello: 'Hallo' }, a.load);
      const catalogB = defineCatalog('test-missing-b', { bye: 'Tschüss' }, b.load);
      // A language of its own, so that other tests' English does not count.
      registerLocale('xx', messagesFor('de'));
      catalogA.lazy.set('xx', catalogA.lazy.get('en')!);
      catalogB.lazy.set('xx', catalogB.lazy.get('en')!);
      const { warnings } = await captureWarnings(async () => {
        const loading = loadLocale('xx');
        a.fail(new TypeError('Failed to fetch dynamically imported module: /dist/bildung-widgets.xx.js'));
        b.fail(new TypeError('Failed to fetch dynamically imported module: /dist/bildung-widgets.xx.js'));
        await loading;
        await loadLocale('xx');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^bildung-widgets: the "xx" texts could not be loaded, the widgets speak German \(.*bildung-widgets\.xx\.js\)$/);
      expect(localize(catalogA, 'xx').hello).to.equal('Hallo');
      expect(localize(catalogB, 'xx').bye).to.equal('Tschüss');
    });
  });
});

import { expect } from '@open-wc/testing';
import { captureWarnings } from '../../../tests/helpers.js';
import { loadWriter } from './writers.js';

let count = 0;
/** A writer name no other test uses (the warning is once per name and page). */
const fresh = () => `test-${++count}`;
const missing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /dist/bildung-widgets.ical.js'));

describe('loadWriter', () => {
  describe('when the writer loads', () => {
    it('gives the module, without a word on the console', async () => {
      const { result, warnings } = await captureWarnings(() => loadWriter(fresh(), () => Promise.resolve({ write: () => 'x' })));
      expect(result!.write()).to.equal('x');
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('when its file is missing', () => {
    it('gives undefined and warns once per writer, however often it is asked, and tries again each time', async () => {
      const name = fresh();
      let tries = 0;
      const load = () => (tries++, missing());
      const { result, warnings } = await captureWarnings(async () => [await loadWriter(name, load), await loadWriter(name, load), await loadWriter(fresh(), missing)]);
      expect(result).to.deep.equal([undefined, undefined, undefined]);
      expect(tries).to.equal(2);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.equal(`bildung-widgets: the ${name} writer could not be loaded, no file was made (Failed to fetch dynamically imported module: /dist/bildung-widgets.ical.js)`);
    });

    it('gives the module once the file is back', async () => {
      const name = fresh();
      await captureWarnings(() => loadWriter(name, missing));
      expect(await loadWriter(name, () => Promise.resolve(42))).to.equal(42);
    });
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { bundleScripts, closeWidgetPages, openWidgetPage, pageErrors, pageWarnings, violations, type PageOptions } from './page.js';

/**
 * The file writers are files of their own next to the BUILT bundle: the calendar writer
 * (dist/bildung-widgets.ical.js, "In den Kalender" in <bildung-termine>) and the CSV writer
 * (dist/bildung-widgets.csv.js, the download of <bildung-indikator>), fetched only when a visitor
 * asks for a file. Pages with the strict Content-Security-Policy of issue 7 and Trusted Types.
 */

afterEach(closeWidgetPages);

/** A page with all four widgets as tags (base feed), rendered. */
const open = (options: Omit<PageOptions, 'feed'>) => openWidgetPage({ csp: 'strict-tt', ...options }, 'files');
const scripts = bundleScripts;
const widget = (widgets: HTMLElement[], tag: string) => widgets.find((w) => w.localName === tag)!;
const inWidget = (widgets: HTMLElement[], tag: string, selector: string) => widget(widgets, tag).shadowRoot!.querySelector<HTMLElement>(selector);

/**
 * Presses `button` with the page's own click and returns the file the widget then hands to the
 * browser: the `<a download>` click is caught in the page (no file lands on disk), the blob read back.
 */
async function download(frame: HTMLIFrameElement, button: HTMLElement): Promise<{ name: string; text: string }> {
  const anchor = (frame.contentWindow as unknown as typeof globalThis).HTMLAnchorElement.prototype;
  const original = anchor.click;
  const clicked = new Promise<{ href: string; name: string }>((resolve) => {
    anchor.click = function (this: HTMLAnchorElement) {
      if (this.download) resolve({ href: this.href, name: this.download });
      else original.call(this);
    };
  });
  try {
    button.click();
    const link = await clicked;
    return { name: link.name, text: await (await fetch(link.href)).text() };
  } finally {
    anchor.click = original;
  }
}

describe('the file writers next to the bundle (bildung-widgets.ical.js, bildung-widgets.csv.js)', () => {
  describe('when a visitor asks for a calendar file and for the CSV', () => {
    it('are fetched then, once each, from the same folder (also with a version query), and make the files', async () => {
      const { widgets, frame } = await open({ script: 'versioned' });
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js?ver=0.1.0']);

      const calendar = await download(frame, inWidget(widgets, 'bildung-termine', '[part="calendar"]')!);
      expect(calendar.name).to.match(/\.ics$/);
      expect(calendar.text).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:[\s\S]*END:VCALENDAR\r\n$/);
      await download(frame, inWidget(widgets, 'bildung-termine', '[part="calendar-all"]')!);

      const csv = await download(frame, inWidget(widgets, 'bildung-indikator', '[part="download"]')!);
      expect(csv.name).to.equal('indikator-OK1-01001.csv');
      expect(csv.text).to.match(/^Indikator;OK1 Gültiger Indikator/);
      expect(csv.text).to.include('\r\nZeitraum;Gültiger Kreis (01001);Land (01)\r\n2022;30,1;29,0\r\n');

      // The writer files stand alone: no second copy of the bundle (without ?ver) is loaded.
      expect(scripts(frame)).to.deep.equal(['/dist/bildung-widgets.js?ver=0.1.0', '/dist/bildung-widgets.ical.js', '/dist/bildung-widgets.csv.js']);
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
      expect(pageWarnings(frame)).to.deep.equal([]);
    });
  });

  describe('when an editor copied only the main file', () => {
    it('each widget says so next to the button pressed, the page warns once per writer, and nothing breaks', async () => {
      const { widgets, frame } = await open({ script: 'alone' });
      const calendarButton = inWidget(widgets, 'bildung-termine', '[part="calendar"]')!;
      const calendarError = () => inWidget(widgets, 'bildung-termine', '[part="calendar-error"]')?.textContent?.trim();
      calendarButton.click();
      await waitUntil(calendarError, 'no message in the event list', { timeout: 10000 });
      expect(calendarError()).to.equal('Die Kalenderdatei kann gerade nicht erstellt werden. Bitte versuchen Sie es später noch einmal.');
      expect(calendarButton.closest('[part="event"]')!.querySelector('[part="calendar-error"]')).to.exist;

      const csvError = () => inWidget(widgets, 'bildung-indikator', '[part="download-error"]')?.textContent?.trim();
      inWidget(widgets, 'bildung-indikator', '[part="download"]')!.click();
      await waitUntil(csvError, 'no message in the tile', { timeout: 10000 });
      expect(csvError()).to.equal('Die CSV-Datei kann gerade nicht erstellt werden. Bitte versuchen Sie es später noch einmal.');

      // Asked again, for all events: the message moves under that button; still one warning per writer.
      const allError = () => inWidget(widgets, 'bildung-termine', '.list-actions [part="calendar-error"]');
      inWidget(widgets, 'bildung-termine', '[part="calendar-all"]')!.click();
      await waitUntil(allError, 'no message under the button for all events', { timeout: 10000 });
      expect(calendarButton.closest('[part="event"]')!.querySelector('[part="calendar-error"]')).to.be.null;
      const warnings = pageWarnings(frame);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/^bildung-widgets: the calendar writer could not be loaded, no file was made \(.+\)$/);
      expect(warnings[1]).to.match(/^bildung-widgets: the CSV writer could not be loaded, no file was made \(.+\)$/);
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[part="error"]'), w.localName).to.be.null;
      expect(violations(frame)).to.deep.equal([]);
      expect(pageErrors(frame)).to.deep.equal([]);
    });
  });
});

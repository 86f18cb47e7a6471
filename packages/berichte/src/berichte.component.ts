import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  BildungFeedElement,
  microdataLink,
  microdataMeta,
  microdataId,
  microdataScope,
  SCHEMA,
  commaList,
  codeLabel,
  downloadInfo,
  downloadType,
  formatDay,
  formatNumber,
  isIsoDate,
  renderLightMicrodata,
  safeHref,
  type Report,
} from '../../core/src/index.js';
import { berichteMessages } from '../../core/src/i18n/berichte.js';
import { styles } from './berichte.styles.js';

/** One report of the feed; `index` is its place in the feed (stable ids). */
interface BerichtEntry {
  report: Report;
  index: number;
}

/** MIME types for schema.org `encodingFormat`, for the file types reports usually come in. */
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  zip: 'application/zip',
};

/** The publication date when it is a valid date, else `undefined`. */
const published = (report: Report) => (isIsoDate(report.datePublished ?? '') ? report.datePublished : undefined);

/** The MIME type of a report's file for schema.org `encodingFormat`, when it is a common one. */
const mimeType = (report: Report) => MIME[downloadType(report.url, report.type)?.toLowerCase() ?? ''];

/**
 * @summary Report list: the education reports and other downloads of the Bildungsmonitoring from
 * the `reports` of a bildung-widgets feed, newest first, each with a download link that names
 * file type and size.
 *
 * Each report carries schema.org `Report` microdata, in the shadow DOM and as a hidden copy in the
 * light DOM (see core/src/microdata.ts).
 *
 * @slot - Fallback content shown until the feed has loaded (and when it cannot be loaded), e.g. a link to the latest report.
 *
 * @event bildung-ready - The feed is loaded. `detail: { itemCount, problemCount }` (`itemCount`: reports after the `area` filter).
 * @event bildung-error - The feed could not be loaded. `detail: { kind, detail }`.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart status - The line that says how many reports there are (or that there are none).
 * @csspart list - The list of reports.
 * @csspart report - One report.
 * @csspart report-title - The heading of a report (it holds the download link).
 * @csspart download - The download link: "Bildungsbericht 2025 (PDF, 7 MB)".
 * @csspart published - The publication date.
 * @csspart labels - The Bildungsbereiche of a report.
 * @csspart label - One Bildungsbereich.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The "Erneut versuchen" button.
 * @csspart debug-report - The editor's data report (with `debug`).
 *
 * @cssprop [--bildung-accent=#0b5394] - Colour of the labels.
 * @cssprop [--bildung-border] - Border colour (default: the text colour, faded).
 * @cssprop [--bildung-radius=0.375rem] - Corner radius of cards.
 * @cssprop [--bildung-gap=1rem] - Space between the parts.
 * @cssprop [--bildung-muted] - Colour of secondary text.
 * @cssprop [--bildung-surface] - Background of cards and messages.
 * @cssprop [--bildung-focus=#1a1a1a] - Colour of the focus ring.
 * @cssprop [--bildung-link=inherit] - Colour of links.
 */
export class BildungBerichte extends BildungFeedElement {
  static override styles = styles;

  // Reactive properties (see BildungFeedElement).
  static override properties: PropertyDeclarations = { area: { reflect: true } };

  /** Only reports of these Bildungsbereich codes (comma list), e.g. `fruehkindlich`. Empty: all. */
  area?: string;

  private reportEntries: BerichtEntry[] = [];

  /** The reports shown, newest first (after the `area` filter). */
  get reports(): Report[] {
    return this.reportEntries.map((e) => e.report);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const state = this.feed.state;
    if (state?.status !== 'ready') return;
    const areas = commaList(this.area);
    this.reportEntries = (state.feed.reports ?? [])
      .map((report, index) => ({ report, index }))
      .filter(({ report }) => !areas.length || (report.area ?? []).some((a) => areas.includes(a)))
      // Newest first; undated reports last, in feed order.
      .sort((a, b) => (published(b.report) ?? '').localeCompare(published(a.report) ?? '') || a.index - b.index);
  }

  protected override _feedStateChanged(state: Parameters<BildungFeedElement['_feedStateChanged']>[0]) {
    super._feedStateChanged(state);
    if (state.status === 'ready') {
      this.requestUpdate();
      void this.updateComplete.then(() => this.emit('bildung-ready', { itemCount: this.reportEntries.length, problemCount: state.problems.length }));
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // The light-DOM copy follows the data: made when it is there, removed when the feed fails.
    const status = this.feed.state?.status;
    if (status === 'ready') renderLightMicrodata(this, this._lightMicrodataTemplate());
    else if (status === 'error') renderLightMicrodata(this, null);
  }

  // ---- templates (protected: override to change one part) ----

  protected override _readyTemplate(): TemplateResult {
    const m = this.messages;
    const b = this.localized(berichteMessages);
    const n = this.reportEntries.length;
    return html`<p class="status" part="status">${n ? b.count(n, formatNumber(m, n)) : b.none}</p>
      ${n
        ? html`<ol class="list" part="list" aria-label=${b.listLabel}>
            ${this.reportEntries.map((e) => this._reportTemplate(e))}
          </ol>`
        : nothing}`;
  }

  protected _reportTemplate({ report, index }: BerichtEntry): TemplateResult {
    const m = this.messages;
    const b = this.localized(berichteMessages);
    const id = `r-${index}`;
    const href = safeHref(report.url);
    const info = downloadInfo(m, report);
    const date = published(report);
    return html`<li class="report" part="report" itemscope itemtype="${SCHEMA}Report" itemid=${ifDefined(this.microdataItemId(report))}>
      <article aria-labelledby=${id}>
        <h3 class="title" id=${id} part="report-title">
          ${href
            ? html`<a class="download" part="download" href=${href} itemprop="url"
                ><span itemprop="name">${report.name}</span>${info ? html` <span class="file-info">(${info})</span>` : nothing}</a
              >`
            : html`<span itemprop="name">${report.name}</span>`}
        </h3>
        ${date
          ? html`<p class="published" part="published"><time datetime=${date} itemprop="datePublished">${b.publishedOn(formatDay(m, date))}</time></p>`
          : nothing}
        ${report.description?.trim() ? html`<p class="description" itemprop="description">${report.description.trim()}</p>` : nothing}
        ${report.area?.length
          ? html`<ul class="labels" part="labels">
              ${report.area.map(
                (code) => html`<li class="label" part="label" itemprop="about"><span class="visually-hidden">${b.area}: </span>${codeLabel(m, 'area', code)}</li>`,
              )}
            </ul>`
          : nothing}
        ${microdataMeta('encodingFormat', mimeType(report))}
      </article>
    </li>`;
  }

  // ---- schema.org microdata (see core/src/microdata.ts for why there are two copies) ----

  private microdataItemId(report: Report): string | undefined {
    return microdataId(this.feed.src, 'report', report.id);
  }

  /** The light-DOM copy: one `Report` item per report shown, of `<meta>`/`<link>` only. */
  protected _lightMicrodataTemplate(): TemplateResult {
    const m = this.messages;
    return html`${this.reportEntries.map(({ report }) =>
      microdataScope(
        'Report',
        [
          microdataMeta('name', report.name),
          microdataLink('url', safeHref(report.url)),
          microdataMeta('datePublished', published(report)),
          microdataMeta('description', report.description?.trim()),
          microdataMeta('encodingFormat', mimeType(report)),
          report.area?.map((code) => microdataMeta('about', codeLabel(m, 'area', code))),
        ],
        undefined,
        this.microdataItemId(report),
      ),
    )}`;
  }
}

import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  BildungFeedElement,
  labelOf,
  formatList,
  formatNumber,
  safeHref,
  type Feed,
  type FeedState,
  type Indicator,
} from '../../core/src/index.js';
import { csvEnv, loadWriter, saveFile } from '../../core/src/writers.js';
import { indikatorMessages, type IndikatorMessages } from '../../core/src/i18n/indikator.js';
import { styles } from './indikator.styles.js';
import { chartTemplate, legendSwatch } from './indikator.chart.js';
import {
  allPeriods,
  direction,
  headline,
  reference,
  select,
  shownDifference,
  trend,
  valueAt,
  verdict,
  type Line,
  type Point,
  type Selection,
} from './indikator.model.js';

/** The presentations of `view`. */
export type IndikatorView = 'tile' | 'chart' | 'table';

/** The indicator's name as a heading of `level` (2–6): one template per tag, as Lit binds no tag names. */
function nameHeading(level: number, name: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="name" id="name" part="name">${name}</h2>`;
    case 4:
      return html`<h4 class="name" id="name" part="name">${name}</h4>`;
    case 5:
      return html`<h5 class="name" id="name" part="name">${name}</h5>`;
    case 6:
      return html`<h6 class="name" id="name" part="name">${name}</h6>`;
    default:
      return html`<h3 class="name" id="name" part="name">${name}</h3>`;
  }
}

/** Chart height in px by view (the width follows the widget). */
const CHART_HEIGHT: Record<IndikatorView, number> = { tile: 170, chart: 280, table: 240 };

const ARROWS = { up: '▲', down: '▼', same: '▶' } as const;
/** The comparison sentence's word for each direction of the difference. */
const POSITIONS = { up: 'above', down: 'below', same: 'equal' } as const;

/** What a notice names: the indicator id or region code(s), if any (also `bildung-error`'s `detail`). */
const detailOf = (s: Selection) =>
  s.kind === 'unknown-indicator' ? s.id : s.kind === 'unknown-region' ? s.ags : s.kind === 'no-series' ? s.indicator.id : s.kind === 'ok' ? s.unknownCompare.join(', ') : undefined;

/** The notices' module once loaded; `null` when it could not be. */
let notices: typeof import('./indikator.notices.js') | null | undefined;
let loadingNotices: Promise<unknown> | undefined;

/**
 * The editor's notices (indicator or region not found) come from a file of their own next to an
 * editor bundle (`bildung-*.problems.js`, with the texts of feed problems): a correctly
 * configured page never shows one, so its visitors never download them. Loaded once; without
 * that file, one console warning however many tiles the page has.
 */
function loadNotices(): Promise<unknown> {
  return (loadingNotices ??= import('./indikator.notices.js').then(
    (m) => (notices = m),
    (error: unknown) => {
      notices = null;
      console.warn(`bildung-widgets: the indicator notices could not be loaded, they are named by code (${String(error)})`);
    },
  ));
}

/**
 * @summary Indicator tile of the Bildungsmonitoring: the latest value of one region with its
 * change and its comparison with Land and Bund, a chart of the series with a data table, the
 * definition and source, and the series as CSV — from the `indicators` of a bildung-widgets feed.
 *
 * @slot - Fallback content shown until the feed has loaded, and when the feed or the indicator cannot be shown (e.g. the value as text, or a link to the education report).
 *
 * @event bildung-ready - The feed is loaded and the tile rendered. `detail: { itemCount, problemCount }`: `itemCount` is the number of regions shown (0 when the indicator or region was not found).
 * @event bildung-error - The feed could not be loaded (`kind`: `http`, `network`, `timeout`, `parse`, `version`), or the attributes name nothing in it (`kind`: `no-indicators`, `missing-indicator`, `unknown-indicator`, `no-series`, `unknown-region`; `detail`: the id or region code).
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart tile - The tile (an article).
 * @csspart name - The indicator's name (a heading).
 * @csspart value - The latest value with region and period.
 * @csspart change - The change against the previous period.
 * @csspart comparisons - The list of comparison values.
 * @csspart summary - The sentence that sums up the comparison.
 * @csspart table-toggle - The button that shows the data table instead of the chart.
 * @csspart chart - The chart (a figure with legend and trend text).
 * @csspart table - The data table (periods × regions).
 * @csspart meta - Definition, reading, notes and source.
 * @csspart download - The "Daten herunterladen (CSV)" button.
 * @csspart download-error - The message next to it when the file could not be made (the CSV writer `bildung-*.csv.js` is missing).
 * @csspart notice - A note for the editor (comparison region not found).
 * @csspart loading - The loading message.
 * @csspart error - The error message (feed not loadable, indicator or region not found).
 * @csspart retry - The "Erneut versuchen" button.
 * @csspart debug-report - The editor's data report (with `debug`).
 *
 * @cssprop [--bildung-accent=#0b5394] - Colour of the region's own line and of the pressed table button.
 * @cssprop [--bildung-accent-contrast=#ffffff] - Text colour on the accent colour.
 * @cssprop [--bildung-border] - Border colour of tile and table (default: the text colour, faded).
 * @cssprop [--bildung-radius=0.375rem] - Corner radius of tile and buttons.
 * @cssprop [--bildung-gap=1rem] - Space between the parts.
 * @cssprop [--bildung-muted] - Colour of secondary text.
 * @cssprop [--bildung-surface] - Background of the tile.
 * @cssprop [--bildung-focus=#1a1a1a] - Colour of the focus ring.
 * @cssprop [--bildung-link=inherit] - Colour of links.
 * @cssprop [--bildung-positive=#1b6e35] - Colour of "verbessert" (always together with the word and an arrow).
 * @cssprop [--bildung-negative=#b00020] - Colour of "verschlechtert" (always together with the word and an arrow).
 * @cssprop [--bildung-chart-1] - Line colour of the region itself (default: the accent colour).
 * @cssprop [--bildung-chart-2=currentColor] - Line colour of the first comparison (the lines also differ by dash pattern and marker).
 * @cssprop [--bildung-chart-3=currentColor] - Line colour of the second comparison.
 * @cssprop [--bildung-chart-4=currentColor] - Line colour of the third comparison.
 * @cssprop [--bildung-chart-5=currentColor] - Line colour of the fourth comparison.
 */
export class BildungIndikator extends BildungFeedElement {
  static override styles = styles;

  // Reactive properties (see BildungFeedElement): attributes, then internal state.
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    region: { reflect: true },
    compare: { reflect: true },
    view: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    showTable: { state: true },
    chartWidth: { state: true },
    csvFailed: { state: true },
  };

  /** Id of the indicator in the feed, e.g. `B1.1`. */
  indicator?: string;

  /** Region code (AGS) whose value the tile shows. Default: the feed publisher's `ags`, else the first series. */
  region?: string;

  /** Comma list of region codes to compare with, e.g. `03,DG`. Default: every other series of the indicator. */
  compare?: string;

  /** `tile` (default): value, change, comparison and a small chart; `chart`: a large chart; `table`: the data table first. */
  view: 'tile' | 'chart' | 'table' = 'tile';

  /** Level of the heading with the indicator's name (2–6), to fit the page's outline. */
  headingLevel = 3;

  private showTable = false;
  private chartWidth = 480;
  /** The CSV could not be made (its writer is missing): a message next to the button. */
  private csvFailed = false;

  private selection?: Selection;
  private preparedFeed?: Feed;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;

  /** The view in effect (an unknown value counts as `tile`). */
  protected get currentView(): IndikatorView {
    // The views are the keys of CHART_HEIGHT.
    return Object.hasOwn(CHART_HEIGHT, this.view) ? this.view : 'tile';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Observed again (the same observer) when it is put back on the page.
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('view')) this.showTable = this.currentView === 'table';
    const feedState = this.feed.state;
    if (feedState?.status !== 'ready') {
      this.selection = undefined;
      return;
    }
    if (feedState.feed !== this.preparedFeed || changed.has('indicator') || changed.has('region') || changed.has('compare') || !this.selection) {
      // The element's indicator, region and compare are the options.
      this.selection = select(feedState.feed, this);
      this.preparedFeed = feedState.feed;
    }
  }

  /**
   * Downloads the CSV of what is shown (the regions of the tile): loads the writer on first use,
   * then Blob, object URL and `<a download>`. Resolves to `false` when the writer could not be
   * loaded (its file is missing).
   */
  protected async _download(): Promise<boolean> {
    const writer = await loadWriter('CSV', () => this._csvWriter());
    const s = this.selection;
    if (!writer || s?.kind !== 'ok') return !!writer;
    const regions = [s.region, ...s.comparisons].map((l) => l.ags);
    // The selection is made from preparedFeed (and is gone when the feed is not ready).
    const file = writer.indicatorDownload(s.indicator, { regions, updated: this.preparedFeed?.updated }, csvEnv(this.locale.lang));
    saveFile(this.renderRoot, file.text, file.type, file.name);
    return true;
  }

  /** The CSV writer, loaded on first use (next to an editor bundle: `bildung-*.csv.js`). */
  protected _csvWriter(): Promise<typeof import('../../core/src/csv-writer.js')> {
    return import('../../core/src/csv-writer.js');
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // The chart is drawn at the width it gets, so text and markers keep their size.
    const target = this.renderRoot.querySelector('.series-view');
    if (target === this.observed) return;
    this.resizeObserver?.disconnect();
    this.observed = target ?? undefined;
    if (!target || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Redraw in the next frame: redrawing now changes the observed height in this one.
      if (width > 0 && Math.abs(width - this.chartWidth) >= 2) requestAnimationFrame(() => (this.chartWidth = width));
    });
    this.resizeObserver.observe(target);
  }

  protected override _feedStateChanged(feedState: FeedState) {
    super._feedStateChanged(feedState);
    if (feedState.status !== 'ready') return;
    void this.updateComplete.then(() => {
      const s = this.selection;
      if (!s) return;
      if (s.kind !== 'ok') {
        this.emit('bildung-error', { kind: s.kind, detail: detailOf(s) });
      }
      this.emit('bildung-ready', { itemCount: s.kind === 'ok' ? 1 + s.comparisons.length : 0, problemCount: feedState.problems.length });
    });
  }

  // ---- formatting

  /** This widget's strings in the widget's language. */
  private get ownTexts(): IndikatorMessages {
    return this.localized(indikatorMessages);
  }

  /** "34,5 %", "1.234 €", "1.234" (count units are not written), "keine Angabe" for null. */
  protected formatValue(indicator: Indicator, value: number | null | undefined): string {
    return typeof value === 'number' ? this.withUnit(indicator, formatNumber(this.messages, value, indicator.decimals)) : this.ownTexts.noData;
  }

  /** The indicator's unit as this language writes it ("Jahre" → "years"); empty for counts. */
  protected unitLabel(indicator: Indicator): string {
    const m = this.ownTexts;
    const unit = indicator.unit?.trim() ?? '';
    return !unit || m.countUnits.includes(unit.toLowerCase()) ? '' : labelOf(m.units, unit);
  }

  private withUnit(indicator: Indicator, number: string): string {
    const unit = this.unitLabel(indicator);
    return unit ? this.ownTexts.withUnit(number, unit) : number;
  }

  /** A signed difference in the right unit: percentage points for % values. */
  protected formatDifference(indicator: Indicator, difference: number): string {
    const d = indicator.decimals;
    // Without decimals (undefined) Intl uses its defaults.
    const format = new Intl.NumberFormat(this.messages.locale, { signDisplay: 'exceptZero', minimumFractionDigits: d, maximumFractionDigits: d });
    const signed = format.format(difference === 0 ? 0 : difference);
    if (indicator.unit?.trim() === '%') return this.ownTexts.percentagePoints(signed, formatNumber(this.messages, Math.abs(difference), d));
    return this.withUnit(indicator, signed);
  }

  /**
   * The editor's notice about `s` (see indikator.notices.ts). The tile does not wait for its
   * texts: until they are there, and without their file, it is named by code
   * (`unknown-indicator: Z9.9`), and the tile renders again once they have loaded.
   */
  private editorNotice(s: Selection): string {
    if (notices) return notices.noticeText(s, this.locale.lang);
    if (notices === undefined) void loadNotices().then(() => this.requestUpdate());
    const detail = detailOf(s);
    return `${s.kind === 'ok' ? 'unknown-compare' : s.kind}${detail ? `: ${detail}` : ''}`;
  }

  // ---- templates (protected: override to change one part)

  protected override _readyTemplate(): TemplateResult {
    const s = this.selection;
    if (!s) return html``;
    return s.kind === 'ok' ? this._tileTemplate(s.indicator, s.region, s.comparisons, s.unknownCompare) : this._notFoundTemplate(this.editorNotice(s));
  }

  /** The attributes name nothing in the feed: one clear message for the editor, and the fallback content. */
  protected _notFoundTemplate(text: string): TemplateResult {
    return html`<div class="bildung-state notfound" part="error"><p>${text}</p></div>
      <slot></slot>`;
  }

  protected _tileTemplate(indicator: Indicator, region: Line, comparisons: Line[], unknownCompare: string[]): TemplateResult {
    const view = this.currentView;
    const level = Math.min(6, Math.max(2, Math.round(Number(this.headingLevel) || 3)));
    const head = headline(region, comparisons, indicator.decimals);
    return html`<article class="tile view-${view}" part="tile" aria-labelledby="name">
      ${nameHeading(level, indicator.name)}
      ${unknownCompare.length
        ? html`<p class="notice bildung-state" part="notice">
            ${this.editorNotice({ kind: 'ok', indicator, region, comparisons, unknownCompare })}
          </p>`
        : nothing}
      <div class="body">
        <div class="facts">
          ${this._valueTemplate(indicator, region, head)} ${this._changeTemplate(indicator, head)}
          ${this._comparisonTemplate(indicator, region, comparisons, head.period)}
        </div>
        ${this._seriesTemplate(indicator, [region, ...comparisons])}
      </div>
      ${this._metaTemplate(indicator)} ${this._downloadTemplate(indicator)}
    </article>`;
  }

  protected _valueTemplate(indicator: Indicator, region: Line, head: ReturnType<typeof headline>): TemplateResult {
    const m = this.ownTexts;
    return html`<p class="figure" part="value">
        <span class="number">${this.formatValue(indicator, head.point?.value)}</span>
        <span class="context">${head.period ? m.latest(region.name, head.period) : region.name}</span>
      </p>
      ${head.point?.note ? html`<p class="muted value-note">${m.valueNote(head.point.note)}</p>` : nothing}
      ${head.laterMissing.length ? html`<p class="muted later-missing">${m.laterMissing(formatList(this.messages, head.laterMissing))}</p>` : nothing}`;
  }

  protected _changeTemplate(indicator: Indicator, head: ReturnType<typeof headline>): TemplateResult | typeof nothing {
    const m = this.ownTexts;
    if (typeof head.point?.value !== 'number') return nothing;
    if (!head.previous || head.difference === undefined) return html`<p class="change" part="change">${m.noPrevious}</p>`;
    const dir = direction(head.difference);
    const word = verdict(dir, indicator.polarity);
    return html`<p class="change verdict-${word}" part="change">
      <span class="arrow" aria-hidden="true">${ARROWS[dir]}</span>
      <span class="difference">${m.change(this.formatDifference(indicator, head.difference), head.previous.period)}</span>
      <span class="verdict">${m.verdictAfterChange(m.verdict[word])}</span>
    </p>`;
  }

  protected _comparisonTemplate(indicator: Indicator, region: Line, comparisons: Line[], period: string | undefined): TemplateResult | typeof nothing {
    const m = this.ownTexts;
    if (!comparisons.length || !period) return nothing;
    const own = valueAt(region, period);
    const positions: string[] = [];
    const missing: string[] = [];
    for (const line of comparisons) {
      const value = valueAt(line, period);
      if (value === null) missing.push(line.name);
      else if (own !== null) {
        const ref = reference(line, comparisons, region);
        const refText = ref.kind === 'other' ? m.reference.other(ref.name) : m.reference[ref.kind];
        positions.push(m.position[POSITIONS[direction(shownDifference(own, value, indicator.decimals))]](refText));
      }
    }
    const summary = [
      own === null ? m.noValue(region.name, period) : positions.length ? m.summary(region.name, period, formatList(this.messages, positions)) : '',
      missing.length ? m.missingComparison(formatList(this.messages, missing), period) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<p class="comparison-heading" id="comparison-heading">${m.comparisonHeading(period)}</p>
      <ul class="comparisons" part="comparisons" aria-labelledby="comparison-heading">
        ${comparisons.map(
          (line) => html`<li><span class="region">${line.name}</span> <span class="value">${this.formatValue(indicator, valueAt(line, period))}</span></li>`,
        )}
      </ul>
      ${summary ? html`<p class="summary" part="summary">${summary}</p>` : nothing}`;
  }

  /** The table toggle, and the chart or the table. */
  protected _seriesTemplate(indicator: Indicator, lines: Line[]): TemplateResult {
    const m = this.ownTexts;
    return html`<div class="series-view">
      <button
        type="button"
        class="toggle bildung-button secondary"
        part="table-toggle"
        aria-pressed=${this.showTable ? 'true' : 'false'}
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${m.tableToggle}
      </button>
      ${this.showTable ? this._tableTemplate(indicator, lines) : this._chartTemplate(indicator, lines)}
    </div>`;
  }

  protected _chartTemplate(indicator: Indicator, lines: Line[]): TemplateResult | typeof nothing {
    const m = this.ownTexts;
    const view = this.currentView;
    const periods = allPeriods(lines);
    const chart = chartTemplate({
      lines,
      periods,
      width: Math.max(200, this.chartWidth),
      height: CHART_HEIGHT[view],
      compact: view === 'tile',
      title: m.chartTitle(indicator.name, periods[0] ?? '', periods.at(-1) ?? ''),
      formatTick: (v, decimals) => {
        const tick = formatNumber(this.messages, v, decimals);
        return indicator.unit?.trim() === '%' ? this.withUnit(indicator, tick) : tick;
      },
      pointLabel: (line, point) => `${line.name}, ${point.period}: ${this.formatValue(indicator, point.value)}`,
    });
    if (!chart) return nothing;
    return html`<figure class="chart" part="chart">
      ${chart}
      <figcaption>
        <ul class="legend" aria-label=${m.legend}>
          ${lines.map((line, i) => html`<li>${legendSwatch(i)}<span>${line.name}</span></li>`)}
        </ul>
        <p class="trend ${view === 'tile' ? 'visually-hidden' : ''}">${this.trendText(indicator, lines, periods)}</p>
      </figcaption>
    </figure>`;
  }

  /** The text alternative of the chart: each line's first and last value and its direction. */
  protected trendText(indicator: Indicator, lines: Line[], periods: string[]): string {
    const m = this.ownTexts;
    return lines
      .map((line) => {
        const t = trend(line, periods, indicator.decimals);
        const v = (p?: Point) => this.formatValue(indicator, p?.value);
        const text =
          t.kind === 'none'
            ? m.trend.none(line.name)
            : t.kind === 'single'
              ? m.trend.single(line.name, v(t.first), t.first!.period)
              : m.trend[t.kind](line.name, v(t.first), t.first!.period, v(t.last), t.last!.period);
        return t.gaps.length ? `${text} ${m.trend.gaps(formatList(this.messages, t.gaps))}` : text;
      })
      .join(' ');
  }

  protected _tableTemplate(indicator: Indicator, lines: Line[]): TemplateResult {
    const m = this.ownTexts;
    const periods = allPeriods(lines);
    const unit = this.unitLabel(indicator);
    return html`<div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
      <table part="table">
        <caption id="table-caption">${m.tableCaption(indicator.name, unit)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.period}</th>
            ${lines.map((line) => html`<th scope="col">${line.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${periods.map(
            (period) => html`<tr>
              <th scope="row">${period}</th>
              ${lines.map((line) => {
                const point = line.byPeriod.get(period);
                const value = typeof point?.value === 'number' ? formatNumber(this.messages, point.value, indicator.decimals) : m.noData;
                return html`<td>${value}${point?.note ? html` <span class="note">${point.note}</span>` : nothing}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected _metaTemplate(indicator: Indicator): TemplateResult {
    const m = this.ownTexts;
    const url = safeHref(indicator.source?.url);
    const polarity = indicator.polarity === 'higher-is-better' || indicator.polarity === 'lower-is-better' ? labelOf(m.polarities, indicator.polarity) : undefined;
    const rows: [string, unknown][] = [
      [m.definition, indicator.definition],
      [m.polarity, polarity],
      [m.notes, indicator.notes],
      [m.source, indicator.source ? (url ? html`<a href=${url}>${indicator.source.name}</a>` : indicator.source.name) : undefined],
    ];
    // Only what the feed has (a value is text, a link or undefined).
    const shown = rows.filter(([, value]) => value);
    if (!shown.length) return html``;
    return html`<dl class="meta" part="meta">
      ${shown.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  protected _downloadTemplate(indicator: Indicator): TemplateResult {
    const m = this.ownTexts;
    return html`<p class="download">
        <button type="button" class="bildung-button secondary" part="download" @click=${async () => (this.csvFailed = !(await this._download()))}>
          ${m.download}<span class="visually-hidden">${m.downloadOf(indicator.name)}</span>
        </button>
      </p>
      ${this.csvFailed ? html`<p class="file-failed" part="download-error" role="alert">${m.downloadFailed}</p>` : nothing}`;
  }
}

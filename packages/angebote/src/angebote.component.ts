import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  BildungFeedElement,
  commaList,
  SearchIndex,
  UrlStateController,
  FacetIndex,
  FacetValues,
  fold,
  foldPlain,
  yieldToMain,
  slicer,
  codeLabel,
  collator,
  formatAgeRange,
  formatCost,
  formatDayRange,
  formatNumber,
  highlight,
  languageName,
  mailHref,
  messagesFor,
  safeHref,
  telHref,
  type Feed,
  type Messages,
  type FeedError,
  type FeedState,
  type FacetResult,
  type Problem,
  type SplitOffers,
  type Offer,
  type SearchResult,
  type Searcher,
  type UrlValues,
} from '../../core/src/index.js';
import { angeboteMessages } from '../../core/src/i18n/angebote.js';
import { styles } from './angebote.styles.js';
import { checking } from '../../core/src/feed/validate.js';
import { fetchWithin, reportProblems } from '../../core/src/feed/loader.js';
import type { LandDeps, LandHost, OfferIntake, Presets, SplitSearch } from './angebote.land.js';
import {
  CODE_ORDER,
  FACET_KEYS,
  FACET_PARAMS,
  OFFER_FACETS,
  OFFER_SEARCH_FIELDS,
  parseFilterList,
  presetFilter,
  type FacetKey,
} from './angebote.facets.js';

/** Positions of `offers` in name order, by German collation (a big feed: see `OfferIntake.order`). */
function nameOrder(offers: readonly Offer[]): number[] {
  const names = collator(messagesFor('de'));
  return [...offers.keys()].sort((a, b) => names.compare(offers[a]!.name, offers[b]!.name));
}

/** From this many offers the index is built in slices while the first offers show. */
const LARGE_FEED = 5_000;

/** The finder's code for Land-scale feeds (angebote.land.ts), loaded on first use. */
const landCode = () => import('./angebote.land.js');
/** What that code uses from this file: it imports nothing from it (see rollup.config.mjs). */
const landDeps: LandDeps = {
  fields: OFFER_SEARCH_FIELDS,
  facets: OFFER_FACETS,
  largeFeed: LARGE_FEED,
  SearchIndex,
  FacetIndex,
  FacetValues,
  foldPlain,
  fold,
  nameOrder,
  yieldToMain,
  slicer,
  fetch: fetchWithin,
  checking,
  report: reportProblems,
};

export { OFFER_SEARCH_FIELDS };

/** Options shown per facet before "Alle anzeigen". */
const COLLAPSED_OPTIONS = 8;

type Selection = Partial<Record<FacetKey, string[]>>;

/** A copy of `set` with `item` added or, if there, removed: a new Set, so that Lit sees the change. */
function toggled<T>(set: Set<T>, item: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}

/**
 * @summary Offer finder: full-text search with typo tolerance and live facet counts over the
 * `offers` of a bildung-widgets feed.
 *
 * @slot - Fallback content shown until the feed has loaded (and when it cannot be loaded), e.g. a link to a PDF list.
 *
 * @event bildung-ready - The feed is loaded. `detail: { itemCount, problemCount }`.
 * @event bildung-error - The feed could not be loaded. `detail: { kind, detail }`.
 * @event bildung-change - The visitor changed the query or a filter. `detail: { query, filters, resultCount }`.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart search - The search form.
 * @csspart input - The search input.
 * @csspart filter-toggle - The button that opens the filters on narrow screens.
 * @csspart filter-panel - The filter panel.
 * @csspart facet - One group of filters (a fieldset).
 * @csspart chips - The list of active filters.
 * @csspart chip - One removable active filter.
 * @csspart reset - The "Alle Filter zurücksetzen" button.
 * @csspart status - The live result count.
 * @csspart list - The result list.
 * @csspart result - One result.
 * @csspart result-title - The name of a result.
 * @csspart details-toggle - The button that opens a result's details.
 * @csspart details - A result's details.
 * @csspart mark - A highlighted search match.
 * @csspart more - The "Weitere anzeigen" button.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The "Erneut versuchen" button.
 * @csspart debug-report - The editor's data report (with `debug`).
 *
 * @cssprop [--bildung-accent=#0b5394] - Colour of buttons, ticked boxes and chips.
 * @cssprop [--bildung-accent-contrast=#ffffff] - Text colour on the accent colour.
 * @cssprop [--bildung-border] - Border colour (default: the text colour, faded).
 * @cssprop [--bildung-radius=0.375rem] - Corner radius of inputs, buttons and cards.
 * @cssprop [--bildung-gap=1rem] - Space between the parts.
 * @cssprop [--bildung-muted] - Colour of secondary text.
 * @cssprop [--bildung-surface] - Background of cards and messages.
 * @cssprop [--bildung-mark=#fff3a3] - Background of highlighted matches.
 * @cssprop [--bildung-focus=#1a1a1a] - Colour of the focus ring.
 * @cssprop [--bildung-link=inherit] - Colour of links.
 */
export class BildungAngebote extends BildungFeedElement {
  static override styles = styles;

  // Reactive properties (see BildungFeedElement): attributes, then internal state.
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size', reflect: true },
    filters: { reflect: true },
    area: { reflect: true },
    audience: { reflect: true },
    municipality: { reflect: true },
    urlState: { attribute: 'url-state', reflect: true },
    searchText: { state: true },
    selectedFilters: { state: true },
    shownCount: { state: true },
    openDetails: { state: true },
    filtersOpen: { state: true },
    allOptions: { state: true },
  };

  /** Results shown at a time; "Weitere anzeigen" shows this many more. */
  pageSize = 20;

  /** Comma list of the filters to show, in order: `area, audience, age, municipality, free, mode, language, accessibility` (or the German `bereich, zielgruppe, alter, gemeinde, kostenlos, form, sprache, barrierefreiheit`). Empty: all. */
  filters?: string;

  /** Preset: only offers of these Bildungsbereich codes (comma list), e.g. `fruehkindlich`. */
  area?: string;

  /** Preset: only offers for these audience codes (comma list), e.g. `eltern,familien`. */
  audience?: string;

  /** Preset: only offers in these municipalities (comma list of names), e.g. `Schleswig`. */
  municipality?: string;

  /** `off` keeps query and filters out of the page URL. */
  urlState: 'on' | 'off' = 'on';

  // Private members have names used nowhere else in the sources, so that the build can shorten
  // them (see scripts/private-members.mjs).
  private searchText = '';
  private selectedFilters: Selection = {};
  private shownCount = 0;
  private openDetails = new Set<number>();
  private filtersOpen = false;
  private allOptions = new Set<FacetKey>();

  private listedOffers: Offer[] = [];
  /** A big feed's offers are being put in order: none is shown yet. */
  private ordering?: boolean;
  /** A split feed (`offerChunks`): offers come chunk by chunk, search and filters from its prebuilt index. */
  private chunkedOffers?: SplitOffers;
  private splitError?: FeedError;
  /** Split feed, once its prebuilt index is read: the presets as a filter selection, the offers and options they leave. */
  private splitSearch?: SplitSearch;
  private searcher: Searcher | undefined;
  private searchResult?: SearchResult;
  private facetResult?: FacetResult;
  private preparedFeed?: Feed;
  private preparedPresets?: string;
  private preparationRun = 0;
  private announcedFeed?: Feed;
  private facetIndex: FacetIndex<Offer> | FacetIndex<number> | undefined;
  /** The result to focus after the next render: the first one "Weitere anzeigen" added, or one whose chunk came while it had focus. */
  private focusIndex?: number;
  /** The offers of a big feed taken in while it downloads, and the list they come from. */
  private intake?: OfferIntake;
  private intakeList?: readonly unknown[];

  private readonly urlController = new UrlStateController(this, {
    keys: ['q', ...Object.values(FACET_PARAMS)],
    prefix: () => this.urlPrefix(),
    enabled: () => this.urlState !== 'off',
    onChange: (values) => this.applyUrl(values),
  });

  constructor() {
    super();
    this.feed.watchEntries((section, kept) => this.takeOffers(section, kept));
  }

  override connectedCallback() {
    super.connectedCallback();
    this.applyUrl(this.urlController.read());
  }

  /** The current search text. */
  get searchQuery(): string {
    return this.searchText;
  }

  /** Number of offers matching query and filters. */
  get resultCount(): number {
    return this.facetResult?.matches.length ?? 0;
  }

  private urlPrefix(): string {
    if (this.id) return `${this.id}-`;
    const all = [...document.querySelectorAll('bildung-angebote')];
    const position = all.indexOf(this);
    return position > 0 ? `angebote${position + 1}-` : '';
  }

  private applyUrl(values: UrlValues) {
    this.searchText = values.q ?? '';
    const selection: Selection = {};
    for (const key of FACET_KEYS) {
      const value = values[FACET_PARAMS[key]];
      if (value) selection[key] = key === 'age' ? [value] : commaList(value);
    }
    this.selectedFilters = selection;
    this.shownCount = 0;
    this.facetResult = undefined;
  }

  private writeUrl(mode: 'push' | 'replace') {
    const values: UrlValues = { q: this.searchText.trim() };
    for (const key of FACET_KEYS) values[FACET_PARAMS[key]] = (this.selectedFilters[key] ?? []).join(',');
    this.urlController.write(values, mode);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const state = this.feed.state;
    if (state?.status !== 'ready') return;
    if (changed.has('pageSize')) this.shownCount = 0;
    const presets = this.presetsKey();
    if (state.feed !== this.preparedFeed || presets !== this.preparedPresets) {
      this.prepare(state.feed);
      this.preparedPresets = presets;
      this.shownCount = 0;
    }
    // No result yet: search. A new query or filters clear the result (`noteChange`, `applyUrl`),
    // as do new presets or a new feed (`prepare`); opening details or paging does not search again.
    if (this.searcher && this.facetIndex && (!this.facetResult || changed.has('filters'))) {
      this.searchResult = this.searcher.search(this.searchText);
      // Filters the panel does not show (e.g. from an old link) do not narrow the results.
      const selection = Object.fromEntries(this.visibleFacets().map((key) => [key, this.selectedFilters[key]]));
      this.facetResult = this.facetIndex.apply(this.searchResult.matches, { ...selection, ...this.splitSearch?.presets });
    }
    this.shownCount ||= this.pageStep;
    if (this.chunkedOffers) this.loadChunks(this.facetResult ? this.facetResult.matches.slice(0, this.shownCount) : this.firstPositions());
  }

  /** Fetches the chunks of the offers about to be shown; shows them when they arrive, keeping focus. */
  private loadChunks(positions: number[]) {
    const split = this.chunkedOffers!;
    // Each chunk shows as soon as it is there: a slow one does not hold back the others.
    for (const chunk of split.missing(positions)) {
      void split.loadChunk(chunk).then(() => {
        if (split !== this.chunkedOffers) return;
        // A loading result that has focus (its title `t-…`) keeps it once it shows (see `updated`).
        const focused = (this.renderRoot as ShadowRoot).activeElement?.id;
        if (focused?.startsWith('t-')) this.focusIndex = Number(focused.slice(2));
        this.requestUpdate();
      });
    }
  }

  /** Results per page: `pageSize` (20 when it is 0 or no number), at least 1. */
  private get pageStep(): number {
    return Math.max(1, this.pageSize || 20);
  }

  /** Positions of the first page in list order (before any search). */
  private firstPositions(): number[] {
    return [...Array(Math.min(this.offerCount, this.pageStep)).keys()];
  }

  /** Offers the finder lists (after presets). */
  private get offerCount(): number {
    const spec = this.preparedFeed?.offerChunks;
    return spec ? (this.splitSearch?.count ?? spec.count) : this.listedOffers.length;
  }

  /** The presets (`area`, `audience`, `municipality` attributes) as lists. */
  private presetLists(): Presets {
    return Object.fromEntries((['area', 'audience', 'municipality'] as const).map((k) => [k, commaList(this[k])])) as Presets;
  }

  /** The presets as one text, to tell when they change. */
  private presetsKey(): string {
    return JSON.stringify(this.presetLists());
  }

  protected override _feedStateChanged(state: FeedState): void {
    super._feedStateChanged(state);
    // A feed that fails in the end (broken JSON, another version) leaves nothing to keep.
    if (state.status === 'error') this.intake = this.intakeList = undefined;
  }

  /** A big feed's offers, checked while it downloads: indexed meanwhile (see `OfferIntake`). */
  private takeOffers(section: string, kept: readonly unknown[]) {
    if (section !== 'offers') return;
    this.intakeList = kept;
    // (The Land-scale file came with the parser that calls this: it is there at once.)
    void landCode().then(({ OfferIntake }) => {
      if (this.intakeList !== kept) return;
      // A new list starts a new intake, which takes it from its start.
      if (this.intake?.list !== kept) this.intake = new OfferIntake(kept, this.presetsKey(), presetFilter(this.presetLists()), landDeps);
      this.intake.take();
    });
  }

  private prepare(feed: Feed) {
    this.preparedFeed = feed;
    this.openDetails = new Set();
    this.facetResult = this.chunkedOffers = this.splitError = this.splitSearch = this.searcher = this.facetIndex = undefined;
    const run = ++this.preparationRun;
    const intake = this.intake;
    this.intake = this.intakeList = undefined;
    const presets = this.presetLists();
    // Offers taken in while a big feed downloaded are already those the presets leave.
    const taken = intake?.covers(feed.offers, this.presetsKey()) ? intake : undefined;
    const offers = feed.offerChunks ? [] : (taken?.offers ?? (feed.offers ?? []).filter(presetFilter(presets)));
    if (!feed.offerChunks && !taken && offers.length < LARGE_FEED) return this.prepareAtOnce(offers);
    // A split feed, or a big one: by the Land-scale code. A big feed's offers are counted, but
    // none is shown until they are in order.
    this.listedOffers = offers;
    this.ordering = !feed.offerChunks;
    const current = () => run === this.preparationRun;
    const host: LandHost = {
      current,
      show: (sorted) => {
        this.listedOffers = sorted;
        this.ordering = false;
        this.requestUpdate();
      },
      chunks: (split) => {
        this.chunkedOffers = split;
        this.requestUpdate();
      },
      ready: (searcher, facets, split) => {
        this.splitSearch = split;
        this.indexReady(searcher, facets);
      },
      failed: (error) => {
        this.splitError = error;
        this.emit('bildung-error', error);
        this.requestUpdate();
      },
    };
    landCode().then(
      (land) => {
        if (current()) void land.prepareLand(feed, this.feed.url ?? document.baseURI, offers, taken, presets, host, landDeps);
      },
      (error: Error) => {
        if (!current()) return;
        // The Land-scale file is missing beside the bundle: a big feed all in one go (the page
        // waits a moment); a split feed cannot be read without it.
        if (!feed.offerChunks) return this.prepareAtOnce(offers);
        console.error(`bildung-angebote: ${error.message}`);
        host.failed({ kind: 'network' });
      },
    );
  }

  private prepareAtOnce(offers: Offer[]) {
    this.ordering = false;
    this.listedOffers = nameOrder(offers).map((i) => offers[i]!);
    this.indexReady(new SearchIndex(this.listedOffers, OFFER_SEARCH_FIELDS), new FacetIndex(this.listedOffers, OFFER_FACETS));
  }

  /** Search and filters are there. */
  private indexReady(searcher: Searcher, facetIndex: FacetIndex<Offer> | FacetIndex<number>) {
    this.searcher = searcher;
    this.facetIndex = facetIndex;
    this.requestUpdate();
  }

  protected override _retry(): void {
    if (!this.splitError) return super._retry();
    // The feed itself is fine: read the split feed's index (and failed chunks) again.
    this.preparedFeed = this.splitError = undefined;
    this.retryChunks();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // Ready once the first results are on screen, whichever way the feed was prepared, so
    // listeners can read the result count.
    const state = this.feed.state;
    if (state?.status === 'ready' && this.facetResult && this.announcedFeed !== state.feed) {
      this.announcedFeed = state.feed;
      this.emit('bildung-ready', { itemCount: state.feed.offerChunks?.count ?? state.feed.offers?.length ?? 0, problemCount: state.problems.length });
    }
    if (this.focusIndex !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(`#t-${this.focusIndex}`)?.focus();
      this.focusIndex = undefined;
    }
  }

  protected override _focusAfterRetry(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#q') ?? super._focusAfterRetry();
  }

  /** Facets the panel shows: the `filters` attribute, minus facets fixed by a preset. */
  protected visibleFacets(): FacetKey[] {
    const presets: Selection = this.presetLists();
    return parseFilterList(this.filters).filter((k) => !presets[k]?.length);
  }

  /** The ticked values (and the age) of the facets the panel shows: the chips. */
  private tickedFilters(): [FacetKey, string][] {
    return this.visibleFacets().flatMap((key) => (this.selectedFilters[key] ?? []).map((value): [FacetKey, string] => [key, value]));
  }

  private noteChange(mode: 'push' | 'replace') {
    this.shownCount = 0;
    this.facetResult = undefined;
    this.writeUrl(mode);
    void this.updateComplete.then(() =>
      this.emit('bildung-change', {
        query: this.searchText,
        filters: Object.fromEntries(Object.entries(this.selectedFilters).filter(([, v]) => v?.length)) as Record<string, string[]>,
        resultCount: this.resultCount,
      }),
    );
  }

  private onQueryInput(event: Event) {
    this.searchText = (event.target as HTMLInputElement).value;
    this.noteChange('replace');
  }

  private setFacet(key: FacetKey, values: string[]) {
    // An empty list stays (it narrows nothing, and the URL and the event leave it out).
    this.selectedFilters = { ...this.selectedFilters, [key]: values };
    this.noteChange('push');
  }

  private toggleValue(key: FacetKey, value: string, on: boolean) {
    const current = this.selectedFilters[key] ?? [];
    this.setFacet(key, on ? [...current, value] : current.filter((v) => v !== value));
  }

  private onAgeInput(event: Event) {
    // NaN when the field is empty or holds no number (the browser clears what is not one).
    const n = (event.target as HTMLInputElement).valueAsNumber;
    this.setFacet('age', n >= 0 ? [String(Math.floor(n))] : []);
  }

  private resetFilters() {
    const selection: Selection = {};
    this.selectedFilters = selection;
    this.noteChange('push');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  }

  private showMore() {
    this.focusIndex = this.facetResult?.matches[this.shownCount];
    this.shownCount += this.pageStep;
  }

  // ---- templates (protected: override to change one part) ----

  protected override _readyTemplate(): TemplateResult {
    const m = this.localized(angeboteMessages);
    if (this.splitError) return this._errorTemplate(this.splitError);
    if (!this.facetResult) return this._preparingTemplate();
    const result = this.facetResult;
    const total = result.matches.length;
    const active = this.tickedFilters().length;
    const facets = this.visibleFacets();
    return html`
      ${this._searchTemplate()}
      <div class="layout ${facets.length ? '' : 'no-filters'}">
        ${facets.length
          ? html`<div class="filter-column">
              <button
                type="button"
                class="filter-toggle bildung-button secondary"
                part="filter-toggle"
                aria-expanded=${String(this.filtersOpen)}
                aria-controls="filters"
                @click=${() => (this.filtersOpen = !this.filtersOpen)}
              >
                ${m.filtersToggle(active)}
              </button>
              <div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filter-panel" role="group" aria-label=${m.filtersHeading}>
                ${facets.map((key) => this._facetTemplate(key))}
              </div>
            </div>`
          : nothing}
        <div class="results">
          <p class="status" part="status" role="status">
            ${this.offerCount === 0 ? m.noOffers : total === 0 ? m.noResults : m.count(total, formatNumber(this.messages, total))}
          </p>
          ${this._chipsTemplate()}
          ${total === 0 && this.offerCount ? this._emptyTemplate(active > 0) : nothing}
          ${total ? this._listTemplate(result.matches.slice(0, this.shownCount)) : nothing}
          ${total > this.shownCount
            ? html`<button type="button" class="more bildung-button secondary" part="more" @click=${this.showMore}>
                ${m.showMore(formatNumber(this.messages, Math.min(this.shownCount, total)), formatNumber(this.messages, total))}
              </button>`
            : nothing}
        </div>
      </div>
    `;
  }

  /** A big feed while its index is built: the search field, a status and the first offers. */
  protected _preparingTemplate(): TemplateResult {
    const m = this.localized(angeboteMessages);
    return html`${this._searchTemplate()}
      <div class="layout no-filters">
        <div class="results">
          <p class="status" part="status" role="status">${m.preparing(formatNumber(this.messages, this.offerCount))}</p>
          ${this._listTemplate(this.ordering ? [] : this.firstPositions())}
        </div>
      </div>`;
  }

  protected _searchTemplate(): TemplateResult {
    const m = this.localized(angeboteMessages);
    return html`<form class="search" part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label for="q">${m.searchLabel}</label>
      <input
        id="q"
        part="input"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        spellcheck="false"
        aria-describedby="q-hint"
        .value=${this.searchText}
        @input=${this.onQueryInput}
      />
      <span id="q-hint" class="hint">${m.searchHint}</span>
    </form>`;
  }

  protected _facetTemplate(key: FacetKey): TemplateResult {
    const m = this.localized(angeboteMessages);
    const legend = m.facets[key];
    if (key === 'age') {
      return html`<fieldset class="facet" part="facet">
        <legend>${legend}</legend>
        <label for="age">${m.ageLabel}</label>
        <input
          id="age"
          type="number"
          inputmode="numeric"
          min="0"
          max="120"
          aria-describedby="age-hint"
          .value=${this.selectedFilters.age?.[0] ?? ''}
          @input=${this.onAgeInput}
        />
        <span id="age-hint" class="hint">${m.ageHint}</span>
      </fieldset>`;
    }
    const counts = this.facetResult!.counts[key];
    const count = (value: string) => counts?.get(value) ?? 0;
    const selected = this.selectedFilters[key] ?? [];
    // Every value the facet takes in this feed (a split feed: that the presets leave): options
    // stay in place while counts change.
    const values = this.splitSearch?.values[key]?.keys() ?? this.facetIndex!.valuesOf(key);
    let options = [...new Set([...values, ...selected])];
    // Codes in their fixed order (unknown ones last), other values by count; then by label
    // (an unknown code's label is the code).
    const order = CODE_ORDER[key];
    const rank = (value: string) => (order ? order.indexOf(value) + 1 || 99 : -count(value));
    const coll = collator(this.messages);
    options.sort((a, b) => rank(a) - rank(b) || coll.compare(this.optionLabel(key, a), this.optionLabel(key, b)));
    if (!options.length) return html``;
    const all = options.length;
    const collapsed = all > COLLAPSED_OPTIONS + 2 && !this.allOptions.has(key);
    if (collapsed) options = options.filter((v, i) => i < COLLAPSED_OPTIONS || selected.includes(v));
    return html`<fieldset class="facet" part="facet">
      <legend>${legend}</legend>
      <ul class="options" id="options-${key}">
        ${options.map((value) => {
          const id = `f-${key}-${value.replace(/[^\w-]/g, '_')}`;
          const on = selected.includes(value);
          return html`<li>
            <input
              type="checkbox"
              id=${id}
              .checked=${on}
              ?disabled=${!count(value) && !on}
              @change=${(e: Event) => this.toggleValue(key, value, (e.target as HTMLInputElement).checked)}
            />
            <label for=${id}>${this.optionLabel(key, value)} <span class="count">(${formatNumber(this.messages, count(value))})</span></label>
          </li>`;
        })}
      </ul>
      ${all > COLLAPSED_OPTIONS + 2
        ? html`<button
            type="button"
            class="link-button"
            aria-expanded=${String(!collapsed)}
            aria-controls="options-${key}"
            @click=${() => (this.allOptions = toggled(this.allOptions, key))}
          >
            ${collapsed ? m.showAllOptions(all) : m.showFewerOptions}
          </button>`
        : nothing}
    </fieldset>`;
  }

  /** How a facet's value reads: an option, a chip, a code in a result. */
  private optionLabel(key: FacetKey, value: string): string {
    const m = this.messages;
    const a = this.localized(angeboteMessages);
    return key === 'language'
      ? languageName(m, value)
      : key === 'free'
        ? a.freeOption
        : key === 'age'
          ? a.ageChip(value)
          : // The facets of codes are those with a fixed order.
            CODE_ORDER[key]
            ? codeLabel(m, key as keyof Messages['codes'], value)
            : value;
  }

  /** The labels of a facet's values (e.g. an offer's codes), or '' without any. */
  private optionLabels(key: FacetKey, values: string[] = [], separator = ', '): string {
    return values.map((v) => this.optionLabel(key, v)).join(separator);
  }

  protected _chipsTemplate(): TemplateResult | typeof nothing {
    const m = this.localized(angeboteMessages);
    const chips = this.tickedFilters();
    if (!chips.length) return nothing;
    return html`<div class="chips-bar">
      <ul class="chips" part="chips" aria-label=${m.activeFilters}>
        ${chips.map(([key, value]) => {
          const label = this.optionLabel(key, value);
          return html`<li>
            <button type="button" class="chip bildung-button" part="chip" aria-label=${m.removeFilter(label)} @click=${() => this.toggleValue(key, value, false)}>
              <span>${label}</span><span aria-hidden="true" class="x">×</span>
            </button>
          </li>`;
        })}
      </ul>
      <button type="button" class="link-button" part="reset" @click=${this.resetFilters}>${m.resetAll}</button>
    </div>`;
  }

  protected _emptyTemplate(filtersActive: boolean): TemplateResult {
    const m = this.localized(angeboteMessages);
    return html`<div class="empty">
      <p>${m.noResultsHint}</p>
      ${filtersActive
        ? html`<button type="button" class="bildung-button secondary" @click=${this.resetFilters}>${m.resetAll}</button>`
        : nothing}
    </div>`;
  }

  protected _listTemplate(indices: number[]): TemplateResult {
    return html`<ol class="list" part="list" aria-label=${this.localized(angeboteMessages).resultsLabel}>
      ${indices.map((i) => {
        // A split feed's offer is `undefined` while its chunk loads, `null` when that failed.
        const offer = this.chunkedOffers ? this.chunkedOffers.offer(i) : this.listedOffers[i];
        return offer ? this._resultTemplate(offer, i) : this._pendingTemplate(i, offer === null);
      })}
    </ol>`;
  }

  /** Debug mode: the feed's problems and, for a split feed, those of the chunks loaded so far. */
  protected override _debugTemplate(problems: Problem[]): TemplateResult {
    return super._debugTemplate(this.chunkedOffers ? [...problems, ...this.chunkedOffers.problems] : problems);
  }

  /** A result of a split feed whose chunk is still loading (or failed to load). */
  protected _pendingTemplate(i: number, failed: boolean): TemplateResult {
    const a = this.localized(angeboteMessages);
    return html`<li class="result pending" part="result" aria-busy=${String(!failed)}>
      <p class="title" id="t-${i}" tabindex="-1">${failed ? a.offerFailed : a.offerLoading}</p>
      ${failed ? html`<button type="button" class="link-button" @click=${this.retryChunks}>${this.messages.retry}</button>` : nothing}
    </li>`;
  }

  private retryChunks() {
    this.chunkedOffers?.retryFailed();
    this.requestUpdate();
  }

  /** Renders feed text with the matched words marked, as text only. */
  protected _highlight(text: string | undefined): unknown {
    if (!text) return nothing;
    const terms = this.searchResult?.terms;
    if (!terms?.size) return text;
    return highlight(text, terms).map((s) => (s.match ? html`<mark part="mark">${s.text}</mark>` : s.text));
  }

  protected _resultTemplate(offer: Offer, i: number): TemplateResult {
    const m = this.messages;
    const a = this.localized(angeboteMessages);
    const open = this.openDetails.has(i);
    // Locality and municipality, once when they are the same.
    const place = [...new Set([offer.location?.locality, offer.location?.municipality])].filter(Boolean).join(', ');
    const facts: [string, unknown][] = [
      [a.provider, this._highlight(offer.provider?.name)],
      [a.place, this._highlight(place)],
      [a.cost, formatCost(m, offer.cost)],
      [a.mode, offer.mode && codeLabel(m, 'mode', offer.mode)],
      [a.age, formatAgeRange(m, offer)],
    ];
    return html`<li class="result" part="result">
      <article aria-labelledby="t-${i}">
        <h3 class="title" id="t-${i}" tabindex="-1" part="result-title">${this._highlight(offer.name)}</h3>
        <p class="areas">${this.optionLabels('area', offer.area, ' · ')}</p>
        ${this._factsTemplate(facts)}
        <button
          type="button"
          class="details-toggle link-button"
          part="details-toggle"
          aria-expanded=${String(open)}
          aria-controls="d-${i}"
          @click=${() => (this.openDetails = toggled(this.openDetails, i))}
        >
          ${a.details}<span class="visually-hidden"> – ${offer.name}</span>
        </button>
        <div class="details" id="d-${i}" part="details" ?hidden=${!open}>${open ? this._detailsTemplate(offer) : nothing}</div>
      </article>
    </li>`;
  }

  /** A description list of the facts that have a value; nothing at all when none has. */
  protected _factsTemplate(rows: [string, unknown][], extra: unknown = nothing): unknown {
    const present = rows.filter(([, v]) => v !== undefined && v !== nothing && v !== '');
    if (!present.length && extra === nothing) return nothing;
    return html`<dl class="facts">
      ${present.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}${extra}
    </dl>`;
  }

  protected _detailsTemplate(offer: Offer): TemplateResult {
    const m = this.messages;
    const a = this.localized(angeboteMessages);
    const schedule = [formatDayRange(m, offer.schedule?.startDate, offer.schedule?.endDate), offer.schedule?.text]
      .filter(Boolean)
      .join(', ');
    const p = offer.provider;
    const web = safeHref(p?.url);
    const mail = mailHref(p?.email);
    const own = safeHref(offer.url);
    const l = offer.location;
    const address = [l?.name, l?.street, [l?.postalCode, l?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const rows: [string, unknown][] = [
      [a.place, address],
      [a.schedule, schedule],
      [a.languages, this.optionLabels('language', offer.languages)],
      [a.accessibility, this.optionLabels('accessibility', offer.accessibility)],
      [a.facets.audience, this.optionLabels('audience', offer.audience)],
    ];
    // A phone number or e-mail address: a link where it makes one, else as written.
    const reach = (label: string, text: string | undefined, href: string | undefined, linkText = text) =>
      text ? html`<li>${label}: ${href ? html`<a href=${href}>${linkText}</a>` : text}</li>` : nothing;
    return html`${offer.description ? html`<p class="description">${this._highlight(offer.description)}</p>` : nothing}
      ${this._factsTemplate(rows, p && (web || p.phone || p.email)
          ? html`<div>
              <dt>${a.contact}</dt>
              <dd>
                <ul class="contact">
                  ${reach(a.phone, p.phone, telHref(p.phone))}
                  ${reach(a.email, p.email, mail, mail?.slice(7))}
                  ${web ? html`<li><a href=${web}>${a.website}: ${p.name}</a></li>` : nothing}
                </ul>
              </dd>
            </div>`
          : nothing)}
      ${own ? html`<p><a class="offer-link" href=${own}>${a.moreInfo}<span class="visually-hidden">: ${offer.name}</span></a></p>` : nothing}`;
  }
}

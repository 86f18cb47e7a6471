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
  clock,
  codeLabel,
  labelOf,
  compareUpcoming,
  comparePast,
  downloadInfo,
  eventIsoDates,
  eventTimes,
  formatDay,
  formatEventTime,
  formatNumber,
  formatPlace,
  isDeadlinePassed,
  isPastEvent,
  mailHref,
  renderLightMicrodata,
  safeHref,
  telHref,
  type EventTimes,
  type Feed,
  type FeedEvent,
} from '../../core/src/index.js';
import { icalEnv, loadWriter, saveFile } from '../../core/src/writers.js';
import { termineMessages } from '../../core/src/i18n/termine.js';
import { styles } from './termine.styles.js';

/** One event of the feed with its normalised times; `index` is its place in the feed (stable ids). */
export interface TerminEntry {
  event: FeedEvent;
  times: EventTimes;
  index: number;
}

/** Only plain http(s) links for the editor's `more-href` (relative paths resolve against the page). */
function pageHref(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isOnline(event: FeedEvent): boolean {
  const l = event.location;
  return !!l && l.name?.trim().toLowerCase() === 'online' && !l.street && !l.locality;
}

/**
 * @summary Event list: upcoming Fachtage, Bildungskonferenzen and network meetings from the
 * `events` of a bildung-widgets feed, soonest first, each with "In den Kalender"; past events
 * with their documents behind "Vergangene Veranstaltungen".
 *
 * Dates and times are shown in Europe/Berlin whatever the visitor's time zone. Each event carries
 * schema.org `Event` microdata, in the shadow DOM and as a hidden copy in the light DOM (see
 * core/src/microdata.ts).
 *
 * @slot - Fallback content shown until the feed has loaded (and when it cannot be loaded), e.g. a link to the events page.
 *
 * @event bildung-ready - The feed is loaded. `detail: { itemCount, problemCount }` (`itemCount`: events after the `category` filter, upcoming and past).
 * @event bildung-error - The feed could not be loaded. `detail: { kind, detail }`.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart status - The line that says how many events are coming up (or that none are).
 * @csspart list - The list of upcoming events.
 * @csspart event - One event (upcoming or past).
 * @csspart event-title - The name of an event.
 * @csspart when - Date and time of an event.
 * @csspart labels - Category and audience of an event.
 * @csspart label - One category or audience label.
 * @csspart registration - Registration deadline and status of an upcoming event.
 * @csspart register - The "Zur Anmeldung" link.
 * @csspart documents - The downloads of an event.
 * @csspart calendar - The "In den Kalender" button of an event.
 * @csspart calendar-all - The button that downloads every upcoming event in one calendar file.
 * @csspart calendar-error - The message next to a calendar button when the file could not be made (the calendar writer `bildung-*.ical.js` is missing).
 * @csspart more - The link to all events (`more-href`) or the button that shows the events beyond `limit`.
 * @csspart past-toggle - The "Vergangene Veranstaltungen" button.
 * @csspart past - The list of past events.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The "Erneut versuchen" button.
 * @csspart debug-report - The editor's data report (with `debug`).
 *
 * @cssprop [--bildung-accent=#0b5394] - Colour of buttons and labels.
 * @cssprop [--bildung-accent-contrast=#ffffff] - Text colour on the accent colour.
 * @cssprop [--bildung-border] - Border colour (default: the text colour, faded).
 * @cssprop [--bildung-radius=0.375rem] - Corner radius of buttons and cards.
 * @cssprop [--bildung-gap=1rem] - Space between the parts.
 * @cssprop [--bildung-muted] - Colour of secondary text.
 * @cssprop [--bildung-surface] - Background of cards and messages.
 * @cssprop [--bildung-focus=#1a1a1a] - Colour of the focus ring.
 * @cssprop [--bildung-link=inherit] - Colour of links.
 */
export class BildungTermine extends BildungFeedElement {
  static override styles = styles;

  // Reactive properties (see BildungFeedElement): attributes, then internal state.
  static override properties: PropertyDeclarations = {
    category: { reflect: true },
    limit: { type: Number, reflect: true },
    moreHref: { attribute: 'more-href', reflect: true },
    pastOpen: { state: true },
    showingAll: { state: true },
    failedCalendar: { state: true },
  };

  /** Only events of these category codes (comma list), e.g. `fachtag,konferenz`. Empty: all. */
  category?: string;

  /** Shows only the next N upcoming events; the rest behind `more-href` or an "Alle anzeigen" button. */
  limit?: number;

  /** Link to the page with all events, e.g. `/bildung/termine` (shown below the list). */
  moreHref?: string;

  private pastOpen = false;
  private showingAll = false;
  /** The calendar button whose file could not be made (an event's index, or `all`): the message shows next to it. */
  private failedCalendar?: number | 'all';

  private upcomingEntries: TerminEntry[] = [];
  private pastEntries: TerminEntry[] = [];
  private readyFeed?: Feed;

  /** The upcoming events after the `category` filter, soonest first (also those beyond `limit`). */
  get upcomingEvents(): FeedEvent[] {
    return this.upcomingEntries.map((e) => e.event);
  }

  /** The past events after the `category` filter, newest first. */
  get pastEvents(): FeedEvent[] {
    return this.pastEntries.map((e) => e.event);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('limit')) this.showingAll = false;
    const state = this.feed.state;
    if (state?.status !== 'ready') return;
    // Upcoming and past depend on the clock, so they are sorted out on every render.
    const categories = commaList(this.category);
    const now = clock.now();
    const upcoming: TerminEntry[] = [];
    const past: TerminEntry[] = [];
    (state.feed.events ?? []).forEach((event, index) => {
      if (categories.length && !categories.includes(event.category ?? '')) return;
      const times = eventTimes(event);
      if (!times) return;
      (isPastEvent(times, now) ? past : upcoming).push({ event, times, index });
    });
    this.upcomingEntries = upcoming.sort((a, b) => compareUpcoming(a.times, b.times));
    this.pastEntries = past.sort((a, b) => comparePast(a.times, b.times));
    this.readyFeed = state.feed;
  }

  protected override _feedStateChanged(state: Parameters<BildungFeedElement['_feedStateChanged']>[0]) {
    super._feedStateChanged(state);
    if (state.status === 'ready') {
      // Render with the new data first, so listeners can read the lists.
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.emit('bildung-ready', { itemCount: this.upcomingEntries.length + this.pastEntries.length, problemCount: state.problems.length }),
      );
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // The light-DOM copy follows the data: made when it is there, removed when the feed fails.
    const status = this.feed.state?.status;
    if (status === 'ready') renderLightMicrodata(this, this._lightMicrodataTemplate());
    else if (status === 'error') renderLightMicrodata(this, null);
  }

  /** How many upcoming events are shown: all, or `limit` until the visitor asks for all. */
  private shownCount(): number {
    const limit = Math.floor(Number(this.limit));
    const all = this.upcomingEntries.length;
    return !this.showingAll && limit > 0 ? Math.min(limit, all) : all;
  }

  /** Shows every upcoming event; focus goes to the first one that was not shown before. */
  private async showAllUpcoming() {
    const first = this.upcomingEntries[this.shownCount()];
    this.showingAll = true;
    await this.updateComplete;
    if (first) this.renderRoot.querySelector<HTMLElement>(`#e-${first.index}`)?.focus();
  }

  // ---- calendar files ----

  /**
   * Downloads an iCalendar file named after `baseName` (safe characters, `.ics`): loads the writer
   * on first use, then Blob, object URL and `<a download>`, nothing else. Resolves to `false` when
   * the writer could not be loaded (its file is missing).
   */
  protected async _download(events: FeedEvent[], baseName: string, calendarName?: string): Promise<boolean> {
    const writer = await loadWriter('calendar', () => this._calendarWriter());
    if (!writer) return false;
    const lang = this.locale.lang;
    // UIDs name the host the feed comes from, so importing a file again updates its events. (The
    // feed's URL is absolute: resolved against the page when the feed was asked for.)
    const domain = new URL(this.feed.url ?? location.href).hostname || location.hostname;
    const text = writer.writeICalendar(events, { now: clock.now(), domain, lang, name: calendarName }, icalEnv(lang));
    saveFile(this.renderRoot, text, writer.ICALENDAR_TYPE, writer.icsFileName(baseName, this.localized(termineMessages).calendarFileOne));
    return true;
  }

  /** The iCalendar writer, loaded on first use (next to an editor bundle: `bildung-*.ical.js`). */
  protected _calendarWriter(): Promise<typeof import('../../core/src/ical-writer.js')> {
    return import('../../core/src/ical-writer.js');
  }

  /** Makes the file; when that fails, the message shows next to the button (`key`: an event's index, or `all`). */
  private async downloadFor(key: number | 'all', events: FeedEvent[], baseName: string, calendarName?: string) {
    this.failedCalendar = (await this._download(events, baseName, calendarName)) ? undefined : key;
  }

  private downloadAll() {
    const t = this.localized(termineMessages);
    const name = [t.upcomingLabel, this.readyFeed?.publisher?.name].filter(Boolean).join(' – ');
    void this.downloadFor('all', this.upcomingEvents, t.calendarFileAll, name);
  }

  /** In place of a calendar file that could not be made (its writer is missing): says so, next to the button. */
  protected _calendarFailedTemplate(key: number | 'all'): TemplateResult | typeof nothing {
    return this.failedCalendar === key ? html`<p class="file-failed" part="calendar-error" role="alert">${this.localized(termineMessages).calendarFailed}</p>` : nothing;
  }

  // ---- templates (protected: override to change one part) ----

  protected override _readyTemplate(): TemplateResult {
    const m = this.messages;
    const t = this.localized(termineMessages);
    const total = this.upcomingEntries.length;
    const shown = this.shownCount();
    const more = pageHref(this.moreHref);
    const n = (v: number) => formatNumber(m, v);
    // The lists are rendered by position, not keyed with repeat(): an entry keeps no state of its
    // own, so its elements may as well show the next event. (Only a focused title would then show
    // another event, when one has just moved from upcoming to past.) Fewer shown than there are
    // means there are at least two.
    return html`
      <p class="status" part="status">${total === 0 ? t.none : shown < total ? t.countLimited(n(shown), n(total)) : t.count(total, n(total))}</p>
      ${shown
        ? html`<ol class="list" part="list" aria-label=${t.upcomingLabel}>
            ${this.upcomingEntries.slice(0, shown).map((e) => this._eventTemplate(e, false))}
          </ol>`
        : nothing}
      ${total > 1 || more
        ? html`<div class="actions list-actions">
            ${shown < total && !more
              ? html`<button type="button" class="bildung-button secondary" part="more" @click=${this.showAllUpcoming}>${t.showAll(n(total))}</button>`
              : nothing}
            ${more ? html`<a class="more-link" part="more" href=${more}>${t.allEvents}</a>` : nothing}
            ${total > 1
              ? html`<button type="button" class="bildung-button secondary" part="calendar-all" @click=${this.downloadAll}>
                  ${t.addAllToCalendar(n(total))}
                </button>`
              : nothing}
            ${this._calendarFailedTemplate('all')}
          </div>`
        : nothing}
      ${this.pastEntries.length ? this._pastTemplate() : nothing}
    `;
  }

  /** The disclosure with the past events, newest first. */
  protected _pastTemplate(): TemplateResult {
    const t = this.localized(termineMessages);
    return html`<div class="past">
      <h3 class="past-heading">
        <button
          type="button"
          class="bildung-button secondary past-toggle"
          part="past-toggle"
          aria-expanded=${this.pastOpen ? 'true' : 'false'}
          aria-controls="past"
          @click=${() => (this.pastOpen = !this.pastOpen)}
        >
          <span class="chevron" aria-hidden="true"></span>${t.pastToggle(formatNumber(this.messages, this.pastEntries.length))}
        </button>
      </h3>
      <div id="past" ?hidden=${!this.pastOpen}>
        <ol class="list past-list" part="past" aria-label=${t.pastHeading}>
          ${this.pastEntries.map((e) => this._eventTemplate(e, true))}
        </ol>
      </div>
    </div>`;
  }

  protected _eventTemplate(entry: TerminEntry, past: boolean): TemplateResult {
    const { event, times, index } = entry;
    const m = this.messages;
    const t = this.localized(termineMessages);
    const id = `e-${index}`;
    const iso = eventIsoDates(times);
    const place = formatPlace(event.location);
    const link = safeHref(event.url);
    const title = past
      ? html`<h4 class="title" id=${id} tabindex="-1" part="event-title" itemprop="name">${event.name}</h4>`
      : html`<h3 class="title" id=${id} tabindex="-1" part="event-title" itemprop="name">${event.name}</h3>`;
    return html`<li part="event" itemscope itemtype="${SCHEMA}Event" itemid=${ifDefined(this.microdataItemId(event))}>
      <article aria-labelledby=${id}>
        ${title}
        <p class="when" part="when"><time datetime=${iso.start} itemprop="startDate">${formatEventTime(m, times)}</time></p>
        ${this._labelsTemplate(event)}
        ${event.description?.trim() ? html`<p class="description" itemprop="description">${event.description.trim()}</p>` : nothing}
        ${place || (!past && event.organizer) ? html`<dl class="facts">
              ${place ? html`<div><dt>${t.place}</dt><dd>${place}</dd></div>` : nothing}
              ${!past && event.organizer ? html`<div><dt>${t.organizer}</dt><dd>${this._organizerTemplate(event)}</dd></div>` : nothing}
            </dl>` : nothing}
        ${past ? nothing : this._registrationTemplate(event)}
        ${this._documentsTemplate(event, id)}
        ${link || !past
          ? html`<div class="actions">
              ${!past
                ? html`<button type="button" class="bildung-button secondary" part="calendar" @click=${() => this.downloadFor(index, [event], event.id)}>
                    ${t.addToCalendar}<span class="visually-hidden">: ${event.name}</span>
                  </button>`
                : nothing}
              ${link ? html`<a class="event-link" href=${link}>${t.moreInfo}<span class="visually-hidden">: ${event.name}</span></a>` : nothing}
              ${past ? nothing : this._calendarFailedTemplate(index)}
            </div>`
          : nothing}
        ${this._microdataTemplate(event, times, false)}
      </article>
    </li>`;
  }

  protected _labelsTemplate(event: FeedEvent): TemplateResult | typeof nothing {
    const m = this.messages;
    const t = this.localized(termineMessages);
    const label = (kind: string, prefix: string, text: string) =>
      html`<li class="label ${kind}" part="label"><span class="visually-hidden">${prefix}: </span>${text}</li>`;
    const labels = [
      ...(event.category ? [label('category', t.category, labelOf(t.categories, event.category))] : []),
      ...(event.audience ?? []).map((code) => label('audience', t.audience, codeLabel(m, 'audience', code))),
    ];
    return labels.length ? html`<ul class="labels" part="labels">${labels}</ul>` : nothing;
  }

  protected _organizerTemplate(event: FeedEvent): TemplateResult {
    const o = event.organizer!;
    const t = this.localized(termineMessages);
    const web = safeHref(o.url);
    const mail = mailHref(o.email);
    const tel = telHref(o.phone);
    return html`${web ? html`<a href=${web}>${o.name}</a>` : o.name}${mail
        ? html`, <span class="contact"><span class="visually-hidden">${t.email}: </span><a href=${mail}>${mail.slice(7)}</a></span>`
        : nothing}${o.phone
        ? html`, <span class="contact"><span class="visually-hidden">${t.phone}: </span>${tel ? html`<a href=${tel}>${o.phone}</a>` : o.phone}</span>`
        : nothing}`;
  }

  /** "Anmeldung bis 8. April 2027" with the link or address; "Anmeldeschluss vorbei", "Ausgebucht", "Anmeldung geschlossen". */
  protected _registrationTemplate(event: FeedEvent): TemplateResult | typeof nothing {
    const reg = event.registration;
    if (!reg) return nothing;
    const m = this.messages;
    const t = this.localized(termineMessages);
    const url = safeHref(reg.url);
    const mail = mailHref(reg.email);
    const closed =
      reg.status === 'full' ? t.full : reg.status === 'closed' ? t.closed : reg.deadline && isDeadlinePassed(reg.deadline) ? t.deadlinePassed : undefined;
    const status =
      closed ?? (reg.deadline ? t.registrationUntil(formatDay(m, reg.deadline)) : url || mail || reg.status === 'open' ? t.registrationOpen : undefined);
    if (!status) return nothing;
    return html`<p class="registration ${closed ? 'is-closed' : ''}" part="registration">
      <strong>${status}</strong>${!closed && url
        ? html` <a class="register" part="register" href=${url}>${t.registerOnline}<span class="visually-hidden">: ${event.name}</span></a>`
        : nothing}${!closed && mail ? html` <span>${url ? t.registerOrByEmail : t.registerByEmail} <a href=${mail}>${mail.slice(7)}</a></span>` : nothing}
    </p>`;
  }

  /** The downloads: "Dokumentation des Fachtags (PDF, 2,3 MB)"; only safe links. */
  protected _documentsTemplate(event: FeedEvent, titleId: string): TemplateResult | typeof nothing {
    const m = this.messages;
    const t = this.localized(termineMessages);
    const docs = (event.documents ?? []).map((d) => ({ ...d, href: safeHref(d.url) })).filter((d) => d.href && d.title?.trim());
    if (!docs.length) return nothing;
    return html`<div class="documents">
      <p class="documents-heading" id="${titleId}-docs">${t.documents}</p>
      <ul part="documents" aria-labelledby="${titleId}-docs">
        ${docs.map((d) => html`<li><a href=${d.href!} class="document">${t.document(d.title.trim(), downloadInfo(m, d))}</a></li>`)}
      </ul>
    </div>`;
  }

  // ---- schema.org microdata (see core/src/microdata.ts for why there are two copies) ----

  /** The same `itemid` on both copies: the feed's URL plus the event's id. */
  private microdataItemId(event: FeedEvent): string | undefined {
    return microdataId(this.feed.src, 'event', event.id);
  }

  /**
   * `<meta>`/`<link>` items of one event. In the shadow DOM (`full = false`) name, startDate and
   * description sit on the visible elements; the light-DOM copy (`full = true`) has them all.
   */
  protected _microdataTemplate(event: FeedEvent, times: EventTimes, full: boolean): TemplateResult {
    const iso = eventIsoDates(times);
    const l = event.location;
    const online = isOnline(event);
    const reg = event.registration;
    const url = safeHref(event.url);
    const regUrl = safeHref(reg?.url);
    const org = event.organizer;
    return html`${full
      ? [microdataMeta('name', event.name), microdataMeta('startDate', iso.start), microdataMeta('description', event.description?.trim())]
      : nothing}${microdataMeta('endDate', iso.end)}${microdataLink('eventStatus', `${SCHEMA}EventScheduled`)}${microdataLink(
      'eventAttendanceMode',
      `${SCHEMA}${online ? 'Online' : 'Offline'}EventAttendanceMode`,
    )}${microdataLink('url', url)}${l
      ? online
        ? microdataScope('VirtualLocation', [microdataLink('url', url ?? regUrl), microdataMeta('name', l.name)], 'location')
        : microdataScope(
            'Place',
            [
              microdataMeta('name', l.name ?? l.locality),
              microdataScope(
                'PostalAddress',
                [
                  microdataMeta('streetAddress', l.street),
                  microdataMeta('postalCode', l.postalCode),
                  microdataMeta('addressLocality', l.locality ?? l.municipality),
                  microdataMeta('addressCountry', 'DE'),
                ],
                'address',
              ),
              typeof l.lat === 'number' && typeof l.lon === 'number'
                ? microdataScope('GeoCoordinates', [microdataMeta('latitude', l.lat), microdataMeta('longitude', l.lon)], 'geo')
                : nothing,
            ],
            'location',
          )
      : nothing}${org
      ? microdataScope(
          'Organization',
          [
            microdataMeta('name', org.name),
            microdataLink('url', safeHref(org.url)),
            microdataMeta('email', mailHref(org.email)?.slice(7)),
            microdataMeta('telephone', org.phone),
          ],
          'organizer',
        )
      : nothing}${reg && (regUrl || reg.status)
      ? microdataScope(
          'Offer',
          [
            microdataLink('url', regUrl),
            microdataLink('availability', SCHEMA + (reg.status === 'full' ? 'SoldOut' : reg.status === 'closed' ? 'Discontinued' : 'InStock')),
            microdataMeta('validThrough', reg.deadline),
          ],
          'offers',
        )
      : nothing}`;
  }

  /** The light-DOM copy: every event the widget shows (upcoming as far as shown, and past). */
  protected _lightMicrodataTemplate(): TemplateResult {
    const entries = [...this.upcomingEntries.slice(0, this.shownCount()), ...this.pastEntries];
    return html`${entries.map(({ event, times }) => microdataScope('Event', this._microdataTemplate(event, times, true), undefined, this.microdataItemId(event)))}`;
  }
}

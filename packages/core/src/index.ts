// Public core API: feed loading and validation, search, formatting, i18n and the base classes
// every widget builds on.
export type * from './feed/feed.types.js';
export { feedSchema, validateFeed, isIsoDate, isIsoDateTime, type Problem, type ProblemCode, type ValidationResult } from './feed/validate.js';
export { formatProblem } from './feed/problems.js';
export { feedResource, clearFeedCache, feedOptions, FeedResource, type FeedState, type FeedError, type FeedErrorKind } from './feed/loader.js';
export { FeedController, type FeedHost } from './feed/feed-controller.js';
export { sourceContext, type SourceContext } from './feed/context.js';
export { isSafeUrl, safeHref, telHref, mailHref } from './url.js';
export * from './format.js';
export { clock } from './clock.js';
export { registerLocale, availableLocales, resolveLang, messagesFor, LocaleController, DEFAULT_LANG, type Messages } from './i18n/i18n.js';
export { fold, foldPlain, tokenize } from './search/normalize.js';
export { highlight, type Segment } from './search/highlight.js';
export { SearchIndex, allowedErrors, type SearchField, type SearchResult, type Searcher } from './search/search-index.js';
export { applyFacets, type Facet, type FacetResult, type Selection } from './search/facets.js';
export { UrlStateController, type UrlValues } from './url-state.js';
export { BildungElement, defineElement, type BildungEventMap } from './base/bildung-element.js';
export { BildungFeedElement } from './base/feed-element.js';
export { sharedStyles } from './base/shared.styles.js';
export { listStyles } from './base/list.styles.js';
export { BildungQuelle } from './quelle/quelle.component.js';
export { berlinWallTime, berlinOffsetMinutes, berlinInstant, berlinMidnight, berlinIso, isoDay, nextDay, eventTimes, isPastEvent, isDeadlinePassed, compareUpcoming, comparePast, formatDayLong, formatClock, formatEventTime, eventIsoDates, formatPlace, type EventTimes, type WallTime } from './event-time.js';
export { toICalendar, escapeText, foldLine, icsFileName, ICALENDAR_TYPE, type ICalendarOptions } from './ical.js';
export { downloadType, downloadInfo } from './download.js';
export { renderLightMicrodata, MICRODATA_ATTRIBUTE } from './microdata.js';
export { toCsv, csvField, csvNumber, indicatorCsv, csvFileName, comparePeriods, type CsvCell, type CsvOptions, type IndicatorCsvOptions } from './csv.js';

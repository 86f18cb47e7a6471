/* Generated from feed.schema.json by scripts/generate-types.mjs. Do not edit by hand. */

/**
 * Absolute URL; only http, https, mailto and tel may become links.
 *
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "AreaCode".
 */
export type AreaCode = string;
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "AudienceCode".
 */
export type AudienceCode = string;
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;
/**
 * A path relative to the feed's own URL (no scheme, no leading slash): the file lies beside the feed or below it.
 *
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "RelativePath".
 */
export type RelativePath = string;
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "IsoDateOrDateTime".
 */
export type IsoDateOrDateTime = string;

/**
 * bildung-widgets feed, version 1. Unknown fields are ignored. Keywords starting with x- are annotations of this project: x-codes lists the known codes of a field (an unknown code is reported, not rejected), x-unique names the key that must be unique within an array (a later duplicate is dropped).
 */
export interface Feed {
  version: 1;
  updated?: string;
  publisher?: Publisher;
  offers?: Offer[];
  offerChunks?: OfferChunks;
  events?: FeedEvent[];
  indicators?: Indicator[];
  reports?: Report[];
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Publisher".
 */
export interface Publisher {
  name?: string;
  ags?: string;
  url?: Url;
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Offer".
 */
export interface Offer {
  id: string;
  name: string;
  description?: string;
  /**
   * @minItems 1
   */
  area: [AreaCode, ...AreaCode[]];
  audience?: AudienceCode[];
  ageMin?: number;
  ageMax?: number;
  provider?: Contact;
  location?: Place;
  mode?: string;
  languages?: string[];
  cost?: {
    free: boolean;
    amount?: number;
    note?: string;
  };
  accessibility?: string[];
  schedule?: {
    startDate?: IsoDate;
    endDate?: IsoDate;
    text?: string;
  };
  url?: Url;
  keywords?: string[];
  updated?: IsoDate;
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  name: string;
  url?: Url;
  email?: string;
  phone?: string;
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Place".
 */
export interface Place {
  name?: string;
  street?: string;
  postalCode?: string;
  locality?: string;
  municipality?: string;
  lat?: number;
  lon?: number;
}
/**
 * A feed too big for one file: the offers are stored in chunk files (each a feed of its own with only `version` and `offers`), `chunkSize` offers each in the order the finder lists them, plus a prebuilt search index. `bildung-feed build-index` writes all of it; see docs/FEED.md.
 *
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "OfferChunks".
 */
export interface OfferChunks {
  /**
   * Number of offers in all chunks together.
   */
  count: number;
  /**
   * Offers per chunk; only the last chunk may hold fewer.
   */
  chunkSize: number;
  /**
   * The prebuilt search index (binary, see docs/FEED.md).
   */
  index: string;
  /**
   * The chunk files, in order: chunk i holds offers i × chunkSize onwards.
   */
  chunks: RelativePath[];
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface FeedEvent {
  id: string;
  name: string;
  description?: string;
  startDate: IsoDateOrDateTime;
  endDate?: IsoDateOrDateTime;
  allDay?: boolean;
  category?: string;
  audience?: AudienceCode[];
  location?: Place;
  organizer?: Contact;
  registration?: {
    url?: Url;
    email?: string;
    deadline?: IsoDate;
    status?: string;
  };
  documents?: {
    title: string;
    url: Url;
    type?: string;
    size?: number;
  }[];
  url?: Url;
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Indicator".
 */
export interface Indicator {
  id: string;
  name: string;
  unit?: string;
  decimals?: number;
  polarity?: string;
  definition?: string;
  source?: {
    name: string;
    url?: Url;
  };
  notes?: string;
  series: {
    region: {
      ags: string;
      name: string;
    };
    values: {
      period: string;
      value: number | null;
      note?: string;
    }[];
  }[];
}
/**
 * This interface was referenced by `Feed`'s JSON-Schema
 * via the `definition` "Report".
 */
export interface Report {
  id: string;
  name: string;
  description?: string;
  datePublished?: IsoDate;
  url: Url;
  type?: string;
  size?: number;
  area?: AreaCode[];
}

import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Structured data (schema.org) that search engines can read, under a strict CSP.
 *
 * Decision: every widget that publishes structured data writes it twice, as microdata
 * (`itemscope`/`itemtype`/`itemprop`), with the same `itemid` on both copies so that a consumer
 * that sees both knows they describe one item:
 *
 * 1. In the shadow DOM, on the visible elements (name, date, description) plus `<meta>`/`<link>`
 *    for values that are not shown as such. Googlebot renders pages and flattens shadow DOM for
 *    indexing text, but there is no promise that its structured-data extraction (or any other
 *    crawler's) looks into shadow roots, and none that do not run JavaScript will.
 * 2. In the light DOM, as a hidden copy made only of `<meta>`/`<link>` elements (the microdata way
 *    to give values that are not visible text), appended to the widget element itself: it is part
 *    of the rendered page's ordinary DOM, which every crawler that runs JavaScript serialises and
 *    reads. It is never slotted once the widget shows data, carries `hidden`, and holds no text
 *    nodes, so people and assistive technology never meet it.
 *
 * Why not JSON-LD: it would need a `<script type="application/ld+json">` whose text is set from
 * JavaScript. Data blocks are not executed, but with Trusted Types enforced (`require-trusted-
 * types-for 'script'`) setting a script element's text is a blocked sink. Microdata needs neither.
 *
 * Crawlers that do not run JavaScript see neither copy, only the editor's fallback content
 * between the tags.
 */

/** Marks the light-DOM container. */
export const MICRODATA_ATTRIBUTE = 'data-bildung-microdata';

/**
 * Renders `content` into the widget's hidden light-DOM microdata container (made on first use);
 * `null` removes the container.
 */
export function renderLightMicrodata(host: HTMLElement, content: TemplateResult | null): void {
  let box = host.querySelector<HTMLElement>(`:scope > [${MICRODATA_ATTRIBUTE}]`);
  if (!content) {
    box?.remove();
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.setAttribute(MICRODATA_ATTRIBUTE, '');
    box.hidden = true;
    host.append(box);
  }
  render(content, box);
}

/** The same `itemid` on both copies of an entry: the feed's URL plus `#<kind>-<id>`. */
export function microdataId(feedSrc: string | undefined, kind: string, id: string): string | undefined {
  if (!feedSrc) return undefined;
  try {
    const url = new URL(feedSrc, document.baseURI);
    url.hash = `${kind}-${encodeURIComponent(id)}`;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Where schema.org's types and the members of its enumerations (`SoldOut`) live. */
export const SCHEMA = 'https://schema.org/';

// The parts of an item that are not visible text. Empty values (`undefined`, '') give nothing, so
// callers pass optional feed fields as they are.

/** `<meta itemprop content>`: a text or number. */
export function microdataMeta(prop: string, value: string | number | undefined): TemplateResult | typeof nothing {
  return value === undefined || value === '' ? nothing : html`<meta itemprop=${prop} content=${value}>`;
}

/** `<link itemprop href>`: a URL (schema.org's enumeration members too: `https://schema.org/SoldOut`). */
export function microdataLink(prop: string, href: string | undefined): TemplateResult | typeof nothing {
  return href ? html`<link itemprop=${prop} href=${href}>` : nothing;
}

/**
 * An element of its own for an item of schema.org `type` around `content`: nested, it is the
 * value of property `prop`; at the top (the light-DOM copy of an entry) it carries the `itemid`.
 */
export function microdataScope(type: string, content: unknown, prop?: string, id?: string): TemplateResult {
  return html`<div itemprop=${ifDefined(prop)} itemscope itemtype=${SCHEMA + type} itemid=${ifDefined(id)}>${content}</div>`;
}

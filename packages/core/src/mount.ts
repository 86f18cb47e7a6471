/**
 * The second way to put a widget on a page, for CMS setups that strip unknown tags from what
 * editors write (WordPress for every user without `unfiltered_html`, TYPO3's rich-text editor,
 * Drupal's "Basic HTML"). A plain element with data attributes survives them:
 *
 * ```html
 * <div data-bildung-widget="angebote" data-src="/fileadmin/bildung/feed.json" data-page-size="5">
 *   <a href="/fileadmin/bildung/angebote.pdf">Alle Angebote als PDF</a>
 * </div>
 * ```
 *
 * becomes `<bildung-angebote src="…" page-size="5">` inside that element, with the element's
 * content moved into the widget as its fallback (shown while loading, when the feed cannot be
 * loaded, and, untouched, where JavaScript is off). Elements added later (by a CMS preview, a
 * tab, a lazy section) are found by one MutationObserver, and a changed `data-*` attribute
 * reaches the widget.
 *
 * Only the attributes each widget documents are taken over, by name, with their values as
 * plain attribute values: a data attribute can never add an event handler, a style or markup.
 */

/** Marks the element an editor writes. Its value names the widget. */
export const WIDGET_ATTRIBUTE = 'data-bildung-widget';
/** Set once the widget is inside, so that a second copy of the bundle does not mount it again. */
export const MOUNTED_ATTRIBUTE = 'data-bildung-mounted';

/** Boolean attributes: present unless written as false. */
const BOOLEAN = new Set(['debug']);
const FALSE = new Set(['false', '0', 'off', 'no', 'nein']);

/** The widgets an editor may name: `angebote` names `<bildung-angebote>`. */
const WIDGETS = ['angebote', 'termine', 'berichte', 'indikator', 'quelle'];

/**
 * The attributes a widget documents, taken over by name: those its class observes (its public
 * properties and `lang`), and `id`, which names it (the finder's URL parameter prefix). Read from
 * the defined class, so the list cannot drift from the widget's API; this module runs once every
 * widget is defined (see packages/all/editor.ts).
 */
export function mountableAttributes(tag: string): string[] {
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  return [...new Set(['id', 'lang', ...observed])];
}

/** `angebote`, `Angebote `, `bildung-angebote` all name the finder: its tag. */
function widgetFor(element: Element): string | undefined {
  const name = (element.getAttribute(WIDGET_ATTRIBUTE) ?? '').trim().toLowerCase().replace(/^bildung-/, '');
  return WIDGETS.includes(name) ? `bildung-${name}` : undefined;
}

/** Copies the element's `data-x` attributes to the widget's `x` (and removes those no longer there). */
function syncAttributes(source: Element, widget: Element) {
  for (const name of mountableAttributes(widget.localName)) {
    const value = source.getAttribute(`data-${name}`);
    if (value === null || (BOOLEAN.has(name) && FALSE.has(value.trim().toLowerCase()))) widget.removeAttribute(name);
    else widget.setAttribute(name, BOOLEAN.has(name) ? '' : value);
  }
}

const warned = new WeakSet<Element>();

/** Puts the widget into one editor's element; returns it, or `undefined` when there is nothing to do. */
function mountOne(element: Element): Element | undefined {
  if (element.hasAttribute(MOUNTED_ATTRIBUTE) || element.localName.startsWith('bildung-')) return undefined;
  const tag = widgetFor(element);
  if (!tag) {
    if (!warned.has(element)) {
      warned.add(element);
      console.warn(`bildung-widgets: unknown ${WIDGET_ATTRIBUTE}="${element.getAttribute(WIDGET_ATTRIBUTE)}"; known: ${WIDGETS.join(', ')}`);
    }
    return undefined;
  }
  const created = element.ownerDocument.createElement(tag);
  syncAttributes(element, created);
  // The editor's content becomes the widget's fallback (its default slot).
  created.append(...element.childNodes);
  element.setAttribute(MOUNTED_ATTRIBUTE, '');
  element.append(created);
  return created;
}

/** Mounts every editor's element in `root` (and `root` itself); returns the widgets created. */
export function mountWidgets(root: ParentNode = document): Element[] {
  const found = root instanceof Element && root.matches(`[${WIDGET_ATTRIBUTE}]`) ? [root] : [];
  found.push(...root.querySelectorAll(`[${WIDGET_ATTRIBUTE}]`));
  return found.flatMap((element) => mountOne(element) ?? []);
}

/** The widget inside a mounted editor's element. */
function widgetInside(element: Element): Element | undefined {
  const tag = widgetFor(element);
  return (tag && element.querySelector(`:scope>${tag}`)) || undefined;
}

const observed = new WeakSet<Document>();

/** Mounts what is there and, through one MutationObserver, everything added or changed later. */
export function observeWidgets(doc: Document = document): void {
  if (observed.has(doc)) return;
  observed.add(doc);
  mountWidgets(doc);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) if (node.nodeType === 1 /* Node.ELEMENT_NODE */) mountWidgets(node as Element);
        continue;
      }
      const element = record.target as Element;
      if (record.attributeName === WIDGET_ATTRIBUTE) mountWidgets(element);
      else if (element.hasAttribute(MOUNTED_ATTRIBUTE)) {
        const inside = widgetInside(element);
        if (inside) syncAttributes(element, inside);
      }
    }
  }).observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    // Every `data-*` attribute that maps to a widget attribute (a name twice does no harm).
    attributeFilter: [WIDGET_ATTRIBUTE, ...WIDGETS.flatMap((name) => mountableAttributes(`bildung-${name}`).map((a) => `data-${a}`))],
  });
}

// Importing the module (the all-in-one bundle does) is enough.
if (typeof document !== 'undefined') observeWidgets(document);

/**
 * The hostile-feed corpus: feeds written by an attacker who controls the JSON file (or by a very
 * unlucky export). Each case adds its attack to the valid base feed (base-feed.ts), so a test can
 * check both that the attack does nothing and that the valid entries around it still render.
 *
 * Sources: the OWASP "XSS Filter Evasion Cheat Sheet" (markup, event handlers, `javascript:` with
 * whitespace, case, entity and encoding tricks, `data:`/`vbscript:`, mutation XSS), the OWASP
 * "Prototype Pollution Prevention Cheat Sheet" (`__proto__`, `constructor`), and the feed format
 * itself (docs/FEED.md: wrong types at every level, duplicate ids, huge and strange text).
 *
 * Every payload that would run calls `alert(…)` or sets `window.__xss`; the runner traps both.
 * corpus.test.ts runs every case against all four widgets; tests/security/strict-page.test.ts
 * runs a selection under a strict CSP with Trusted Types.
 */
import type { ProblemCode } from '../../packages/core/src/index.js';
import { baseFeed, CARRIER_INDICATOR, type Json, type JsonObject } from './base-feed.js';
import { hostileFeed } from '../hostile-feed.js';

export type WidgetKey = 'angebote' | 'termine' | 'berichte' | 'indikator';

export interface HostileCase {
  /** Unique, shown in the test title. */
  name: string;
  /** Where the attack comes from. */
  source: string;
  /** The response body, exactly as the server sends it. */
  body: string;
  /**
   * What the validator must report, as `[JSON pointer, code]` (more may be reported).
   * `[]`: the feed is valid as written (plain text that merely looks dangerous); then nothing
   * at all may be reported, and the protection is that the text is shown as text.
   */
  reports: [string, ProblemCode][];
  /** Text that must be visible as text (not parsed as markup), per widget. */
  shows?: Partial<Record<WidgetKey, string[]>>;
  /** Text that must NOT be visible (a dropped entry), in any widget. */
  hides?: string[];
  /** Base entries that this case removes on purpose (so they need not render). */
  removes?: Partial<Record<WidgetKey, string[]>>;
  /** `error`: the document as a whole is unusable, every widget shows the German error with retry. */
  outcome?: 'render' | 'error';
  /** Megabytes of data: a longer time budget for loading (never for one long task). */
  heavy?: boolean;
  /**
   * A known gap, not yet fixed: why the main thread is still blocked for longer than the budget.
   * The long-task check of this case is then reported as pending, with this reason.
   */
  blocks?: string;
}

// ---- builders ----

const SAFE = 'https://www.example.org/sicher';

function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The base feed, changed by `mutate`. */
function feed(mutate: (f: JsonObject & { offers: JsonObject[]; events: JsonObject[]; reports: JsonObject[]; indicators: JsonObject[] }) => void): string {
  const f = clone(baseFeed()) as Parameters<typeof mutate>[0];
  mutate(f);
  return JSON.stringify(f);
}

/**
 * One valid entry per section with `p` in every text field, code field and label. They render,
 * so the payload reaches every template of every widget. Index: offers/events/reports 2,
 * indicators 1.
 */
function carriers(p: string, url = SAFE): Record<'offer' | 'event' | 'report' | 'indicator', JsonObject> {
  return {
    offer: {
      id: 'x-angebot',
      name: `Träger ${p}`,
      description: `${p}\nZweite Zeile ${p}`,
      area: ['weiterbildung', p],
      audience: [p],
      ageMin: 3,
      ageMax: 99,
      provider: { name: p, url, email: 'traeger@example.org', phone: p },
      location: { name: p, street: p, postalCode: p, locality: p, municipality: p },
      mode: p,
      languages: ['de', p],
      cost: { free: false, amount: 5, note: p },
      accessibility: [p],
      schedule: { startDate: '2099-01-01', endDate: '2099-12-31', text: p },
      url,
      keywords: [p],
    },
    event: {
      id: 'x-termin',
      name: `Träger ${p}`,
      description: p,
      startDate: '2099-05-01T09:00:00+02:00',
      endDate: '2099-05-01T12:00:00+02:00',
      category: p,
      audience: [p],
      location: { name: p, street: p, postalCode: p, locality: p, municipality: p },
      organizer: { name: p, url, email: p, phone: p },
      registration: { url, email: p, deadline: '2099-04-01', status: p },
      documents: [{ title: p, url, type: p, size: 10 }],
      url,
    },
    report: { id: 'x-bericht', name: `Träger ${p}`, description: p, datePublished: '2026-02-01', url, type: p, size: 10, area: [p] },
    indicator: {
      id: CARRIER_INDICATOR,
      name: `Träger ${p}`,
      unit: p,
      decimals: 1,
      polarity: p,
      definition: p,
      notes: p,
      source: { name: p, url },
      series: [
        { region: { ags: '01001', name: p }, values: [{ period: '2022', value: 1, note: p }, { period: p, value: 2 }] },
        { region: { ags: '01', name: `Land ${p}` }, values: [{ period: '2022', value: 1.5 }] },
      ],
    },
  };
}

/** The base feed plus the carriers of `p`. */
function carried(p: string, url = SAFE): string {
  const c = carriers(p, url);
  return feed((f) => {
    f.offers.push(c.offer);
    f.events.push(c.event);
    f.reports.push(c.report);
    f.indicators.push(c.indicator);
    f.publisher = { name: p, ags: '01001', url };
  });
}

/** The code fields a carrier fills with `p`: each is kept and reported as an unknown code. */
const CODE_WARNINGS: [string, ProblemCode][] = [
  ['/offers/2/area/1', 'unknown-code'],
  ['/offers/2/audience/0', 'unknown-code'],
  ['/offers/2/mode', 'unknown-code'],
  ['/offers/2/accessibility/0', 'unknown-code'],
  ['/events/2/category', 'unknown-code'],
  ['/events/2/audience/0', 'unknown-code'],
  ['/events/2/registration/status', 'unknown-code'],
  ['/reports/2/area/0', 'unknown-code'],
  ['/indicators/1/polarity', 'unknown-code'],
];

/** A markup case: the payload shows as text in every widget, and only the code fields are reported. */
function markup(name: string, source: string, p: string): HostileCase {
  const title = `Träger ${p}`;
  return {
    name,
    source,
    body: carried(p),
    reports: CODE_WARNINGS,
    shows: { angebote: [title], termine: [title], berichte: [title], indikator: [title] },
  };
}

/** The URL fields a carrier fills with `u`: dropped and reported; a report without URL is dropped whole. */
const URL_REPORTS: [string, ProblemCode][] = [
  ['/publisher/url', 'unsafe-url'],
  ['/offers/2/url', 'unsafe-url'],
  ['/offers/2/provider/url', 'unsafe-url'],
  ['/events/2/url', 'unsafe-url'],
  ['/events/2/organizer/url', 'unsafe-url'],
  ['/events/2/registration/url', 'unsafe-url'],
  ['/events/2/documents/0/url', 'unsafe-url'],
  ['/reports/2/url', 'unsafe-url'],
  ['/indicators/1/source/url', 'unsafe-url'],
];

/** A URL case: `urls` go into every URL field of the carriers (one carrier set per URL). */
function urls(name: string, source: string, list: string[]): HostileCase {
  const body = feed((f) => {
    list.forEach((u, i) => {
      const c = carriers(`Link ${i}`, u);
      const suffix = `-${i}`;
      f.offers.push({ ...c.offer, id: c.offer.id + suffix });
      f.events.push({ ...c.event, id: c.event.id + suffix });
      f.reports.push({ ...c.report, id: c.report.id + suffix });
      if (i === 0) f.indicators.push(c.indicator);
    });
    f.publisher = { name: 'Kreis', ags: '01001', url: list[0]! };
  });
  return {
    name,
    source,
    body,
    // The first carrier set sits at the indices URL_REPORTS names.
    reports: URL_REPORTS,
    // Offers and events stay (their URLs are optional); reports need a URL and are dropped.
    shows: { angebote: ['Träger Link 0'], termine: ['Träger Link 0'], indikator: ['Träger Link 0'] },
  };
}

/** Nested arrays `depth` deep, as JSON text (too deep for a recursive JSON.stringify to build nicely). */
function nestedArrays(depth: number, leaf = '"<script>alert(1)</script>"'): string {
  return '['.repeat(depth) + leaf + ']'.repeat(depth);
}

function nestedObjects(depth: number): string {
  return '{"a":'.repeat(depth) + '"<img src=x onerror=alert(1)>"' + '}'.repeat(depth);
}

/** Replaces the JSON string `"@@name@@"` (a placeholder value) in `body` with raw JSON text. */
function splice(body: string, name: string, raw: string): string {
  const placeholder = JSON.stringify(`@@${name}@@`);
  if (!body.includes(placeholder)) throw new Error(`placeholder ${name} not found`);
  return body.replace(placeholder, raw);
}

const long = (n: number, word = 'Lang') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
/** ~10 MB of text with line breaks, as a copy-pasted PDF would give. */
const TEN_MB = ('Beschreibung mit sehr viel Text. '.repeat(30) + '\n').repeat(10_500);

// ---- the corpus ----

export const corpus: HostileCase[] = [
  // Markup, script and event handlers in every text field (OWASP XSS Filter Evasion Cheat Sheet)
  markup('script element', 'OWASP: basic XSS test without filter evasion', '<script>alert(1)</script><SCRIPT>window.__xss=1</SCRIPT>'),
  markup('external script', 'OWASP: basic XSS test, script from another site', '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT><SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>'),
  markup('img onerror', 'OWASP: on error alert', '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img><img src=x:x onerror=window.__xss=1>'),
  markup(
    'polyglot',
    'OWASP: XSS locator (polyglot)',
    'javascript:/*--></title></style></textarea></script></xmp><svg/onload=\'+/"/+/onmouseover=1/+/[*/[]/+alert(1)//\'>',
  ),
  markup('malformed a tag', 'OWASP: malformed A tags', '\\<a onmouseover="alert(document.cookie)"\\>xxs link\\</a\\>'),
  markup('malformed img tag', 'OWASP: malformed IMG tags', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>'),
  markup('extraneous open brackets', 'OWASP: extraneous open brackets', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'),
  markup('non-alpha-non-digit attributes', 'OWASP: non-alpha-non-digit XSS', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")><SCRIPT/SRC="https://xss.example/x.js"></SCRIPT>'),
  markup('svg onload and animate', 'OWASP: SVG object tag / event handlers', '<svg/onload=alert(\'XSS\')><svg><animate onbegin=alert(1) attributeName=x dur=1s>'),
  markup('iframes', 'OWASP: IFRAME, IFRAME event based, srcdoc', '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME><iframe srcdoc="<script>alert(1)</script>"></iframe><IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>'),
  markup('meta refresh and base', 'OWASP: META, BASE tag', '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');"><BASE HREF="javascript:alert(\'XSS\');//">'),
  markup(
    'style, link and CSS urls',
    'OWASP: STYLE tags, remote style sheet, DIV background-image / expression',
    '<STYLE>@import\'https://xss.example/xss.css\';</STYLE><LINK REL="stylesheet" HREF="https://xss.example/xss.css"><DIV STYLE="background-image: url(javascript:alert(\'XSS\'))"><DIV STYLE="width: expression(alert(\'XSS\'));">',
  ),
  markup('object and embed', 'OWASP: OBJECT tag, EMBED SVG which contains XSS vector', '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT><EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>'),
  markup('autofocus and HTML5 events', 'OWASP: event handlers (onfocus with autofocus, ontoggle, source onerror)', '<input autofocus onfocus=alert(1)><details open ontoggle=alert(1)><video><source onerror=alert(1)></video><body onpageshow=alert(1)>'),
  markup('mutation XSS', 'mXSS: namespace confusion (math/style) and noscript parsing', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
  markup('entities and US-ASCII encoding', 'OWASP: US-ASCII encoding, HTML entities', '¼script¾alert(¢XSS¢)¼/script¾ &lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;'),
  markup('template injection', 'client-side template injection (AngularJS, template literals, ERB)', '{{constructor.constructor(\'alert(1)\')()}} ${alert(1)} #{alert(1)} <%= alert(1) %> [[${7*7}]]'),
  markup('Lit marker look-alikes', "Lit's own template markers in data (lit$…$, <?lit$…$>, comment markers)", 'lit$123456789$ <?lit$123456789$> <!--?lit$123456789$--> $lit$ <template><script>alert(1)</script></template>'),
  markup('closing tags and comment breakers', 'OWASP: end title/textarea/style/script tags; CDATA', '--></textarea></title></style></script></xmp><![CDATA[<script>alert(1)</script>]]><!--<img src=x onerror=alert(1)>-->'),

  {
    name: "the finder's first hostile feed",
    source: 'tests/hostile-feed.ts (the earlier finder test), here against all four widgets',
    body: feed((f) => {
      f.publisher = hostileFeed.publisher as unknown as JsonObject;
      f.offers.push(...(hostileFeed.offers as unknown as JsonObject[]));
    }),
    // Its offers follow the base feed's two: its index i is /offers/(i + 2) here.
    reports: [
      ['/publisher/url', 'unsafe-url'],
      ['/offers/2/url', 'unsafe-url'],
      ['/offers/10', 'type'],
      ['/offers/11', 'type'],
      ['/offers/14/area', 'required'],
      ['/offers/15/area', 'type'],
      ['/offers/16/id', 'type'],
      ['/offers/18/id', 'duplicate'],
    ],
    shows: { angebote: ['Kurs <img src=x onerror="window.__xss=1">', 'Kurs <script>window.__xss=1</script>', 'Gute Reste'] },
    hides: ['Doppelte ID', 'Ohne Bereich', 'ID als Zahl'],
  },

  // Dangerous URLs in every URL field
  urls('javascript: URLs', 'OWASP: image XSS using the JavaScript directive', ['javascript:alert(1)', 'javascript:window.__xss=1']),
  urls('javascript: in mixed case', 'OWASP: case insensitive XSS attack vector', ['JaVaScRiPt:alert(1)', 'JAVASCRIPT:alert(1)']),
  urls('javascript: with surrounding blanks', 'OWASP: spaces and meta chars before the JavaScript', ['  javascript:alert(1)', 'javascript:alert(1) ', ' \u000Ejavascript:alert(1)']),
  urls('javascript: with tab, newline and CR inside', 'OWASP: embedded tab, newline, carriage return', ['jav\tascript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)']),
  urls('javascript: with control characters', 'OWASP: null breaks up JavaScript directive', ['java\u0000script:alert(1)', '\u0001javascript:alert(1)', 'javascript\u0000:alert(1)']),
  urls('javascript: written with HTML entities', 'OWASP: decimal, long decimal, hex HTML character references', [
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
    '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    'jav&#x09;ascript:alert(1)',
  ]),
  urls('javascript: percent-encoded', 'OWASP: URL string evasion', ['%6A%61%76%61%73%63%72%69%70%74:alert(1)', 'javascript%3Aalert(1)']),
  urls('data: URLs', 'OWASP: data URI scheme', [
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:text/html,<script>alert(1)</script>',
  ]),
  urls('vbscript: and other schemes', 'OWASP: VBscript in an image; livescript (old browsers); local files', ['vbscript:msgbox("XSS")', 'livescript:alert(1)', 'mocha:alert(1)', 'file:///etc/passwd', 'ftp://example.org/x', 'blob:https://xss.example/uuid']),
  urls('scheme-less and protocol-relative URLs', 'OWASP: protocol resolution bypass; relative paths', ['//xss.example/x.js', '\\\\xss.example\\x', '/relativ/pfad', 'www.example.org', 'ｊａｖａｓｃｒｉｐｔ：alert(1)']),
  {
    name: 'attribute breakout in valid URLs',
    source: 'OWASP: quote and angle-bracket breakout in attribute values',
    body: feed((f) => {
      const c = carriers('Ausbruch', 'https://www.example.org/a" onmouseover="alert(1)');
      f.offers.push(c.offer);
      f.events.push(c.event);
      f.reports.push({ ...c.report, url: "https://www.example.org/b'><script>alert(1)</script>" });
      f.indicators.push(c.indicator);
    }),
    // Both are valid https URLs (the parser percent-encodes quotes and spaces): they become links,
    // as attribute values, never as attributes.
    reports: CODE_WARNINGS.filter(([p]) => !p.startsWith('/indicators')).concat([['/indicators/1/polarity', 'unknown-code']]),
    shows: { angebote: ['Träger Ausbruch'], termine: ['Träger Ausbruch'], berichte: ['Träger Ausbruch'] },
  },
  {
    name: 'unicode tricks in URLs',
    source: 'feed format: right-to-left override, homoglyphs and spaces in addresses',
    body: feed((f) => {
      const c = carriers('Unicode-Adresse', 'https://www.example.org/\u202Efdp.exe');
      f.offers.push(c.offer);
      f.events.push({ ...c.event, url: 'https://exаmple.org/kyrillisch' });
      f.reports.push({ ...c.report, url: 'https://www.example.org/mit leerzeichen.pdf' });
    }),
    // A blank inside a URL is refused (the whole report goes, it has no other address); the
    // right-to-left override and the Cyrillic "а" are valid URL characters and stay links.
    reports: [...CODE_WARNINGS.filter(([p]) => !p.startsWith('/indicators')), ['/reports/2/url', 'unsafe-url']],
    shows: { angebote: ['Träger Unicode-Adresse'], termine: ['Träger Unicode-Adresse'] },
  },
  {
    name: 'script in e-mail and phone fields',
    source: 'OWASP: javascript: and markup where the widget builds mailto:/tel: links',
    body: feed((f) => {
      f.offers.push({
        id: 'kontakt',
        name: 'Kontakt mit Tricks',
        area: ['schule'],
        provider: { name: 'Anbieter', email: 'javascript:alert(1)//@example.org', phone: 'javascript:alert(1)' },
      });
      f.events.push({
        id: 'kontakt',
        name: 'Termin mit Tricks',
        startDate: '2099-06-01',
        organizer: { name: 'Veranstalter', email: '"><img src=x onerror=alert(1)>@example.org', phone: '+49 <script>alert(1)</script>' },
        registration: { email: 'mailto:x@example.org?body=<script>alert(1)</script>', status: 'open' },
      });
    }),
    // Kept as text (no link is made of them) and flagged for the editor.
    reports: [
      ['/offers/2/provider/email', 'markup'],
      ['/offers/2/provider/phone', 'markup'],
      ['/events/2/organizer/email', 'markup'],
      ['/events/2/organizer/phone', 'markup'],
      ['/events/2/registration/email', 'markup'],
    ],
    shows: { angebote: ['Kontakt mit Tricks'], termine: ['Termin mit Tricks', '+49 <script>alert(1)</script>'] },
  },

  // Object keys
  {
    name: 'markup in object keys',
    source: 'feed format: unknown keys (ignored by design, so there is nothing to report)',
    body: feed((f) => {
      f['<img src=x onerror=alert(1)>'] = '<script>alert(1)</script>';
      f.offers[0]!['<script>alert(1)</script>'] = 'x';
      f.offers[0]!['onclick'] = 'alert(1)';
      f.events[0]!['" onmouseover="alert(1)'] = 1;
      f.reports[0]!['<svg onload=alert(1)>'] = { '<b>': '<i>' };
      f.indicators[0]!['style'] = 'background:url(javascript:alert(1))';
    }),
    reports: [],
  },
  {
    name: '__proto__ keys',
    source: 'OWASP Prototype Pollution Prevention Cheat Sheet: __proto__ in JSON',
    body: splice(
      splice(
        feed((f) => {
          f.polluter = '@@root@@';
          f.offers.push({ id: 'proto-angebot', name: 'Geerbter Bereich', polluter: '@@offer@@' } as JsonObject);
        }),
        'root',
        '{"x":1},"__proto__":{"polluted":"ja","offers":[{"id":"geerbt","name":"Geerbtes Angebot","area":["schule"]}]}',
      ),
      'offer',
      '1,"__proto__":{"area":["schule"],"polluted":"ja"}',
    ),
    // The offer tries to inherit its required `area` through __proto__: it must not.
    reports: [['/offers/2/area', 'required']],
    hides: ['Geerbter Bereich', 'Geerbtes Angebot'],
  },
  {
    name: 'constructor and prototype keys and codes',
    source: 'OWASP Prototype Pollution Prevention Cheat Sheet: constructor.prototype; codes named like Object.prototype members',
    body: feed((f) => {
      (f as Record<string, Json>)['constructor'] = { prototype: { polluted: 'ja' } };
      f.offers.push({
        id: 'constructor',
        name: 'Angebot constructor',
        area: ['constructor', '__proto__'],
        audience: ['toString', 'hasOwnProperty', 'valueOf'],
        mode: '__proto__',
        accessibility: ['isPrototypeOf'],
        languages: ['constructor', '__proto__'],
        constructor: { prototype: { polluted: 'ja' } },
      });
      f.events.push({ id: '__proto__', name: 'Termin __proto__', startDate: '2099-07-01', category: 'constructor', audience: ['__proto__'], registration: { status: 'toString' } });
      f.reports.push({ id: 'toString', name: 'Bericht toString', url: SAFE, area: ['valueOf', 'constructor'] });
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: 'Indikator __proto__',
        unit: 'constructor',
        polarity: 'toString',
        series: [{ region: { ags: '__proto__', name: 'Region constructor' }, values: [{ period: 'constructor', value: 1 }, { period: '__proto__', value: 2 }] }],
      });
    }),
    reports: [
      ['/offers/2/area/0', 'unknown-code'],
      ['/offers/2/area/1', 'unknown-code'],
      ['/offers/2/audience/0', 'unknown-code'],
      ['/offers/2/mode', 'unknown-code'],
      ['/events/2/category', 'unknown-code'],
      ['/reports/2/area/0', 'unknown-code'],
      ['/indicators/1/polarity', 'unknown-code'],
    ],
    // Codes are shown as written: never as "function Object() { [native code] }".
    shows: { angebote: ['Angebot constructor'], termine: ['Termin __proto__', 'constructor'], berichte: ['Bericht toString', 'valueOf'], indikator: ['Indikator __proto__'] },
    hides: ['native code', '[object Object]'],
  },

  // Wrong types at every level
  {
    name: 'document is an array',
    source: 'feed format: wrong type at the root',
    body: '[{"version":1,"offers":[]}]',
    reports: [['', 'type']],
    outcome: 'error',
  },
  {
    name: 'version as text',
    source: 'feed format: wrong type of version',
    body: feed((f) => {
      f.version = '1';
    }),
    reports: [['/version', 'version']],
    outcome: 'error',
  },
  {
    name: 'sections of the wrong type',
    source: 'feed format: wrong type at section level',
    body: feed((f) => {
      (f as JsonObject).offers = { 0: f.offers[0]! };
      (f as JsonObject).reports = 'Bildungsbericht';
      f.publisher = ['<script>alert(1)</script>'];
      f.updated = 20261102;
    }),
    reports: [
      ['/offers', 'type'],
      ['/reports', 'type'],
      ['/publisher', 'type'],
      ['/updated', 'type'],
    ],
    removes: { angebote: ['Gültiges Angebot Sprachkurs', 'Gültiges Angebot Kita'], berichte: ['Gültiger Bildungsbericht', 'Gültiges Datenblatt'] },
  },
  {
    name: 'entries of the wrong type',
    source: 'feed format: wrong type at entry level',
    body: feed((f) => {
      const junk: Json[] = [null, 42, '<script>alert(1)</script>', [], true, {}];
      f.offers.push(...(junk as JsonObject[]));
      f.events.push(...(junk as JsonObject[]));
      f.reports.push(...(junk as JsonObject[]));
      f.indicators.push(...(junk as JsonObject[]));
    }),
    reports: [
      ['/offers/2', 'type'],
      ['/offers/3', 'type'],
      ['/offers/4', 'type'],
      ['/offers/5', 'type'],
      ['/offers/6', 'type'],
      ['/offers/7/id', 'required'],
      ['/events/2', 'type'],
      ['/reports/4', 'type'],
      ['/indicators/6/series', 'required'],
    ],
  },
  {
    name: 'fields of the wrong type',
    source: 'feed format: wrong type at field level, in every section',
    body: feed((f) => {
      f.offers.push({
        id: 'falsche-felder',
        name: 'Falsche Felder',
        area: ['schule'],
        description: 42,
        audience: 'kinder',
        ageMin: '3',
        ageMax: -1,
        provider: '<b>Anbieter</b>',
        location: [],
        mode: 1,
        languages: 'de',
        cost: { free: 'ja' },
        accessibility: {},
        schedule: { startDate: 20240101, text: ['x'] },
        url: 42,
        keywords: [1, null, { x: 1 }],
        updated: 'gestern',
      });
      f.offers.push({ id: 7, name: 'ID als Zahl', area: ['schule'] }, { id: 'name-obj', name: { de: 'x' }, area: ['schule'] }, { id: 'leer', name: '   ', area: ['schule'] });
      f.events.push({
        id: 'falscher-termin',
        name: 'Falscher Termin',
        startDate: '2099-08-01',
        endDate: 20990801,
        allDay: 'ja',
        location: 'Schleswig',
        organizer: { url: SAFE },
        registration: { deadline: '01.08.2099', status: 1 },
        documents: [{ title: 'ohne url' }, { url: SAFE }, 'x', { title: 'ok', url: SAFE, size: '1 MB' }],
      });
      f.events.push({ id: 'ohne-start', name: 'Ohne Start' }, { id: 'datum-zahl', name: 'Datum als Zahl', startDate: 4102444800 });
      f.reports.push({ id: 'falscher-bericht', name: 'Falscher Bericht', url: SAFE, datePublished: true, size: '1 MB', type: [], area: 'schule' });
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: 'Falscher Indikator',
        unit: 1,
        decimals: 99,
        polarity: [],
        source: 'Amt',
        notes: {},
        series: [
          { region: 'Kreis' },
          { region: { ags: 1, name: 2 }, values: 'x' },
          { region: { ags: '01001', name: 'Kreis' }, values: [{ period: 2020, value: '1' }, { period: '2021', value: 'NaN' }, { period: '2022', value: true }, null, { period: '2023', value: 4 }] },
        ],
      });
    }),
    reports: [
      ['/offers/2/description', 'type'],
      ['/offers/2/audience', 'type'],
      ['/offers/2/ageMin', 'type'],
      ['/offers/2/ageMax', 'range'],
      ['/offers/2/provider', 'type'],
      ['/offers/2/location', 'type'],
      ['/offers/2/cost/free', 'type'],
      ['/offers/2/schedule/startDate', 'type'],
      ['/offers/2/url', 'type'],
      ['/offers/2/keywords/0', 'type'],
      ['/offers/2/updated', 'format'],
      ['/offers/3/id', 'type'],
      ['/offers/4/name', 'type'],
      ['/offers/5/name', 'empty'],
      ['/events/2/endDate', 'type'],
      ['/events/2/organizer/name', 'required'],
      ['/events/2/registration/deadline', 'format'],
      ['/events/2/documents/0/url', 'required'],
      ['/events/3/startDate', 'required'],
      ['/events/4/startDate', 'type'],
      ['/reports/2/datePublished', 'type'],
      ['/reports/2/size', 'type'],
      ['/indicators/1/decimals', 'range'],
      ['/indicators/1/series/0/region', 'type'],
      ['/indicators/1/series/2/values/0/period', 'type'],
      ['/indicators/1/series/2/values/1/value', 'type'],
    ],
    shows: { angebote: ['Falsche Felder'], termine: ['Falscher Termin'], berichte: ['Falscher Bericht'], indikator: ['Falscher Indikator'] },
    hides: ['ID als Zahl', 'Ohne Start', 'Datum als Zahl'],
  },
  {
    name: 'numbers at the edges',
    source: 'feed format: huge, tiny, negative and fractional numbers',
    body: feed((f) => {
      f.offers.push({ id: 'zahlen', name: 'Zahlenrand', area: ['schule'], ageMin: 1e308, ageMax: 1.5, cost: { free: false, amount: 1e308 }, location: { lat: 1000, lon: -1e308 } });
      f.reports.push({ id: 'riesig', name: 'Riesige Datei', url: SAFE, size: 1e308 });
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: 'Extreme Werte',
        decimals: 6,
        series: [
          { region: { ags: '01001', name: 'Kreis' }, values: [{ period: '2020', value: 1e308 }, { period: '2021', value: -1e308 }, { period: '2022', value: 5e-324 }, { period: '2023', value: 0 }] },
        ],
      });
    }),
    reports: [
      ['/offers/2/ageMax', 'type'],
      ['/offers/2/location/lat', 'range'],
      ['/offers/2/location/lon', 'range'],
    ],
    shows: { angebote: ['Zahlenrand'], berichte: ['Riesige Datei'], indikator: ['Extreme Werte'] },
  },
  {
    name: 'values closer than floating-point resolution',
    source: 'feed format: a series whose range is below the precision of its magnitude (chart axis)',
    body: feed((f) => {
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: 'Winzige Spanne',
        series: [{ region: { ags: '01001', name: 'Kreis' }, values: [{ period: '2022', value: 300000000000000000 }, { period: '2023', value: 300000000000000064 }] }],
      });
    }),
    reports: [],
    shows: { indikator: ['Winzige Spanne'] },
  },
  {
    name: 'duplicate ids',
    source: 'feed format: x-unique ids',
    body: feed((f) => {
      f.offers.push({ id: 'ok-kita', name: 'Doppeltes Angebot <script>alert(1)</script>', area: ['schule'] });
      f.events.push({ id: 'ok-fachtag', name: 'Doppelter Termin', startDate: '2099-01-01' });
      f.reports.push({ id: 'ok-bericht', name: 'Doppelter Bericht', url: SAFE });
      f.indicators.push({ id: 'OK1', name: 'Doppelter Indikator', series: [{ region: { ags: '01001', name: 'Kreis' }, values: [] }] });
      // Distinct ids that only look alike stay distinct.
      f.offers.push({ id: 'OK-KITA', name: 'Ähnliche ID groß', area: ['schule'] }, { id: 'ok-kita ', name: 'Ähnliche ID Leerzeichen', area: ['schule'] });
    }),
    reports: [
      ['/offers/2/id', 'duplicate'],
      ['/events/2/id', 'duplicate'],
      ['/reports/2/id', 'duplicate'],
      ['/indicators/1/id', 'duplicate'],
    ],
    shows: { angebote: ['Ähnliche ID groß', 'Ähnliche ID Leerzeichen'] },
    hides: ['Doppeltes Angebot', 'Doppelter Termin', 'Doppelter Bericht', 'Doppelter Indikator'],
  },
  {
    name: 'split-feed files on other origins and schemes',
    source: 'feed format: offerChunks (docs/FEED.md, "Große Feeds"): paths must stay beside the feed',
    body: feed((f) => {
      f.offerChunks = { count: 4, chunkSize: 1, index: 'https://evil.example/index.bin', chunks: ['//evil.example/a.json', 'javascript:alert(1)', '/etc/passwd', 'a\\..\\b.json'] };
    }),
    reports: [
      ['/offerChunks/index', 'format'],
      ['/offerChunks/chunks/0', 'format'],
      ['/offerChunks/chunks/1', 'format'],
      ['/offerChunks/chunks/2', 'format'],
      ['/offerChunks/chunks/3', 'format'],
    ],
  },
  {
    name: 'duplicate keys in one object',
    source: 'feed format: JSON with a key twice (the last one wins, as in every JSON parser)',
    body: feed((f) => {
      f.offers.push({ id: 'doppelter-schluessel', name: '@@name@@', area: ['schule'] } as JsonObject);
    }).replace('"@@name@@"', '"Erster Name","name":"Zweiter Name <img src=x onerror=alert(1)>"'),
    reports: [['/offers/2/name', 'markup']],
    shows: { angebote: ['Zweiter Name <img src=x onerror=alert(1)>'] },
    hides: ['Erster Name'],
  },

  // Size and strange text
  {
    name: '5,000-character values',
    source: 'feed format: very long values without spaces, in every section',
    body: feed((f) => {
      const l = long(5000, 'Überlang');
      f.offers.push({ id: long(5000, 'id'), name: `Lang ${l}`, description: l, area: ['schule'], keywords: [l], location: { name: l, locality: l, municipality: l }, provider: { name: l, url: `https://www.example.org/${l}` } });
      f.events.push({ id: long(5000, 'id'), name: `Lang ${l}`, description: l, startDate: '2099-02-01', location: { name: l }, documents: [{ title: l, url: SAFE, type: l }] });
      f.reports.push({ id: long(5000, 'id'), name: `Lang ${l}`, description: l, url: SAFE, type: l });
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: `Lang ${l}`,
        unit: l,
        definition: l,
        series: [
          { region: { ags: '01001', name: l }, values: [{ period: l, value: 1 }, { period: '2023', value: 2, note: l }] },
          { region: { ags: '01', name: l }, values: [{ period: '2023', value: 3 }] },
        ],
      });
    }),
    reports: [],
    shows: { angebote: ['Lang Überlang'], termine: ['Lang Überlang'], berichte: ['Lang Überlang'], indikator: ['Lang Überlang'] },
  },
  {
    name: 'deeply nested junk under unknown keys',
    source: 'feed format: 10,000 levels of arrays and objects where nothing is expected',
    body: splice(
      splice(
        feed((f) => {
          f.junk = '@@arrays@@';
          f.offers[0]!.extra = '@@objects@@';
        }),
        'arrays',
        nestedArrays(10_000),
      ),
      'objects',
      nestedObjects(10_000),
    ),
    reports: [],
  },
  {
    name: 'deeply nested junk in known fields',
    source: 'feed format: 5,000 levels where text or an object is expected',
    body: splice(
      splice(
        feed((f) => {
          f.offers.push({ id: 'tief', name: '@@name@@', area: ['schule'] } as JsonObject);
          f.events.push({ id: 'tief', name: 'Tiefer Ort', startDate: '2099-03-01', location: '@@location@@' } as JsonObject);
        }),
        'name',
        nestedArrays(5000),
      ),
      'location',
      nestedObjects(5000),
    ),
    reports: [
      ['/offers/2/name', 'type'],
    ],
    shows: { termine: ['Tiefer Ort'] },
  },
  {
    name: 'huge arrays',
    source: 'feed format: 20,000 broken entries, 10,000 keywords, 5,000 unknown codes',
    body: feed((f) => {
      for (let i = 0; i < 20_000; i++) f.offers.push(null as unknown as JsonObject);
      f.offers.push({
        id: 'viele',
        name: 'Viele Schlagwörter',
        area: ['schule'],
        keywords: Array.from({ length: 10_000 }, (_, i) => `wort${i}`),
        audience: Array.from({ length: 5000 }, (_, i) => `<b>code${i}</b>`),
      });
    }),
    reports: [
      ['/offers/2', 'type'],
      ['/offers/20001', 'type'],
      ['/offers/20002/audience/4999', 'unknown-code'],
    ],
    shows: { angebote: ['Viele Schlagwörter'] },
  },
  {
    name: 'right-to-left overrides',
    source: 'feed format: bidi controls (RLO, RLI, PDI, RLM) in names, ids and places',
    body: carried('\u202Egnirts desrever\u202C \u2067عربي\u2069 \u200Fمرحبا \u202Btext'),
    reports: CODE_WARNINGS,
    shows: { angebote: ['Träger \u202Egnirts desrever'], termine: ['Träger \u202Egnirts desrever'], berichte: ['Träger \u202Egnirts desrever'], indikator: ['Träger \u202Egnirts desrever'] },
  },
  {
    name: 'zero-width and invisible characters',
    source: 'feed format: ZWSP, ZWJ, ZWNJ, BOM, soft hyphen, line and paragraph separators',
    body: carried('Un\u200Bsicht\u200Cbar\u200D\uFEFF\u00AD \u2028Zeile\u2029Absatz\u0085'),
    reports: CODE_WARNINGS,
    shows: { angebote: ['Träger Un\u200Bsicht'], termine: ['Träger Un\u200Bsicht'], berichte: ['Träger Un\u200Bsicht'] },
  },
  {
    name: 'emoji',
    source: 'feed format: emoji, ZWJ sequences, flags, skin tones, keycaps',
    body: carried('🎓📚 👨‍👩‍👧‍👦 🇩🇪 👋🏽 1️⃣ 🏳️‍🌈'),
    reports: CODE_WARNINGS,
    shows: { angebote: ['Träger 🎓📚 👨‍👩‍👧‍👦'], termine: ['Träger 🎓📚'], berichte: ['Träger 🎓📚'], indikator: ['Träger 🎓📚'] },
  },
  {
    name: 'combining characters',
    source: 'feed format: "Zalgo" text, 500 combining marks on one letter',
    body: carried(`Z${'\u0336\u0317\u0301'.repeat(170)}algo`),
    reports: CODE_WARNINGS,
  },
  {
    name: 'lone surrogates',
    source: 'feed format: \\ud800 and \\udfff escapes (valid JSON, not valid UTF-16)',
    body: feed((f) => {
      f.offers.push({ id: 'halb\ud800', name: 'Halbes Zeichen \ud800 \udfff', description: '\udfff', area: ['schule'], keywords: ['\ud800'] });
      f.events.push({ id: 'halb\ud800', name: 'Termin halbes Zeichen \ud800', startDate: '2099-09-01', documents: [{ title: '\udfff', url: SAFE }] });
      f.reports.push({ id: 'halb\udfff', name: 'Bericht halbes Zeichen \ud800', url: SAFE });
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: 'Indikator halbes Zeichen \ud800',
        series: [{ region: { ags: '01001', name: 'Kreis \udfff' }, values: [{ period: '2023\ud800', value: 1 }] }],
      });
    }),
    reports: [],
    shows: { angebote: ['Halbes Zeichen'], termine: ['Termin halbes Zeichen'], berichte: ['Bericht halbes Zeichen'], indikator: ['Indikator halbes Zeichen'] },
  },
  {
    name: 'control characters',
    source: 'feed format: NUL, BEL, ESC sequences, DEL and C1 controls in text and ids',
    body: carried('Steuer\u0000zeichen\u0007 \u001b[31mrot\u001b[0m \u007f\u0085\u009b'),
    reports: CODE_WARNINGS,
    shows: { angebote: ['Träger Steuer'], termine: ['Träger Steuer'], berichte: ['Träger Steuer'] },
  },
  {
    name: 'JSON escapes hiding markup',
    source: 'OWASP: character escape sequences (\\u003c in JSON)',
    body: carried('@@p@@').replaceAll('@@p@@', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e'),
    reports: CODE_WARNINGS,
    shows: { angebote: ['Träger <script>alert(1)</script>'], termine: ['Träger <script>alert(1)</script>'], berichte: ['Träger <script>alert(1)</script>'] },
  },
  {
    name: 'byte order mark and blank lines around the document',
    source: 'feed format: a feed saved by Windows Notepad',
    body: `\uFEFF\n\n  ${feed(() => {})}  \n\n`,
    reports: [],
  },
  {
    name: '10 MB descriptions',
    source: 'feed format: a whole PDF pasted into the description of one entry per section',
    body: feed((f) => {
      f.offers.push({ id: 'riesig', name: 'Riesige Beschreibung', description: TEN_MB, area: ['schule'] });
      f.events.push({ id: 'riesig', name: 'Riesiger Termin', description: TEN_MB, startDate: '2099-10-01' });
      f.reports.push({ id: 'riesig', name: 'Riesiger Bericht', description: TEN_MB, url: SAFE });
      f.indicators.push({
        id: CARRIER_INDICATOR,
        name: 'Riesige Definition',
        definition: TEN_MB,
        series: [{ region: { ags: '01001', name: 'Kreis' }, values: [{ period: '2023', value: 1 }] }],
      });
    }),
    // The validator cuts free text at 50,000 characters and says so.
    reports: [
      ['/offers/2/description', 'too-long'],
      ['/events/2/description', 'too-long'],
      ['/reports/2/description', 'too-long'],
      ['/indicators/1/definition', 'too-long'],
    ],
    shows: { angebote: ['Riesige Beschreibung'], termine: ['Riesiger Termin'], berichte: ['Riesiger Bericht'], indikator: ['Riesige Definition'] },
    heavy: true,
  },
];

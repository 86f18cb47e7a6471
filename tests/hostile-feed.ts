/**
 * A feed written by an attacker (or a very unlucky export): markup and script in every text
 * field, dangerous URLs, wrong types, duplicates, huge and bidirectional text, null entries.
 * Shared by the widget tests; every widget must render its valid entries and nothing else.
 */
const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "'><iframe src=\"javascript:window.__xss=1\">",
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
];
const evil = (i: number) => `Kurs ${XSS[i % XSS.length]}`;

export const hostileFeed = {
  version: 1,
  publisher: { name: XSS[0], url: 'javascript:window.__xss=1' },
  offers: [
    // 0–5: valid offers whose every text carries markup: must render as visible text.
    ...XSS.map((x, i) => ({
      id: `xss-${i}`,
      name: evil(i),
      description: `${x}\nZweite Zeile ${x}`,
      area: ['weiterbildung'],
      audience: ['erwachsene', x],
      provider: { name: x, url: 'javascript:window.__xss=1', email: `"><img src=x onerror=window.__xss=1>@example.org`, phone: `javascript:window.__xss=1` },
      location: { name: x, street: x, locality: `Ort ${x}`, municipality: `Gemeinde ${x}` },
      mode: x,
      languages: [x],
      cost: { free: false, note: x },
      schedule: { text: x },
      keywords: [x],
      url: ['javascript:window.__xss=1', ' JaVaScRiPt:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>', 'vbscript:msgbox(1)', 'java\nscript:window.__xss=1', 'https://example.org/ok'][i],
      accessibility: [x],
    })),
    // 6: a long name, right-to-left and zero-width text.
    { id: 'long', name: 'Langer Name '.repeat(420), area: ['schule'] },
    { id: 'rtl', name: 'دورة اللغة الألمانية \u202Egnirts desrever\u202C', description: 'a\u200Bb\u200Dc', area: ['weiterbildung'], languages: ['ar'] },
    // Broken entries: each must be skipped and reported.
    null,
    'just a string',
    42,
    [],
    { id: 'no-area', name: 'Ohne Bereich' },
    { id: 'wrong-area', name: 'Bereich als Text', area: 'schule' },
    { id: 7, name: 'ID als Zahl', area: ['schule'] },
    { id: 'name-object', name: { de: 'x' }, area: ['schule'] },
    { id: 'xss-0', name: 'Doppelte ID', area: ['schule'] },
    { id: '', name: 'Leere ID', area: ['schule'] },
    // Valid again, with bad optional fields that are dropped but keep the entry.
    { id: 'bad-fields', name: 'Gute Reste', area: ['schule'], ageMin: 'drei', cost: { free: 'ja' }, url: 'ftp://example.org', keywords: 'kein array', location: null },
  ],
};

/** Offers of the hostile feed that must still be shown. */
export const hostileValidCount = 9;

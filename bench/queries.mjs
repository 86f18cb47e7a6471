// What a visitor types, and which offers they mean. Typo queries have one typo per word; the
// others test umlaut folding (ae/oe/ue, plain a/o/u, typed ü/ä, ß→ss) and multi-word AND.
// `target(offer)` decides whether an offer is what the visitor was looking for.

const has = (text, re) => re.test(text ?? '');
const kw = (o) => (o.keywords ?? []).join(' ');

export const QUERIES = [
  { q: 'integrazionskurs', kind: 'typo (t→z)', target: (o) => has(o.name, /integrationskurs/i) },
  { q: 'schwimen kinder', kind: 'typo + 2nd word', target: (o) => has(o.name, /schwimm|seepferdchen/i) && has(`${o.name} ${kw(o)}`, /kinder/i) },
  { q: 'fruehfoerderung', kind: 'umlaut ae/oe/ue', target: (o) => has(`${o.name} ${kw(o)}`, /frühförder/i) },
  { q: 'fruhforderung', kind: 'umlaut plain a/o/u', target: (o) => has(`${o.name} ${kw(o)}`, /frühförder/i) },
  { q: 'deutschkurs abend', kind: 'multi-word', target: (o) => has(o.name, /deutschkurs/i) && has(o.name, /abend/i) },
  { q: 'kindergarden', kind: 'typo (t→d)', target: (o) => has(`${o.name} ${kw(o)}`, /kindergarten/i) },
  { q: 'strasse', kind: 'ß as ss', target: (o) => has(o.name, /straße/i) },
  { q: 'musikschuhle', kind: 'typo (extra h)', target: (o) => has(`${o.name} ${o.provider?.name}`, /musikschule/i) },
  { q: 'volkshochschle englisch', kind: 'typo + 2nd word', target: (o) => has(o.provider?.name, /volkshochschule/i) && has(o.name, /englisch/i) },
  { q: 'seepferchen', kind: 'typo (missing d)', target: (o) => has(o.name, /seepferdchen/i) },
  { q: 'tagesmuter', kind: 'typo (missing t)', target: (o) => has(o.name, /tagesmutter/i) },
  { q: 'bewerbungstraning jugendliche', kind: 'typo + 2nd word', target: (o) => has(o.name, /bewerbungstraining/i) && has(o.name, /jugendliche/i) },
  { q: 'gebardensprache', kind: 'umlaut plain a', target: (o) => has(o.name, /gebärdensprach/i) },
  { q: 'sprachförderung', kind: 'umlaut typed (ö)', target: (o) => has(`${o.name} ${kw(o)}`, /sprachförderung/i) },
  { q: 'kita schleswig', kind: 'multi-word + place', target: (o) => has(o.name, /\bkita\b/i) && has(o.location?.locality, /^schleswig/i) },
];

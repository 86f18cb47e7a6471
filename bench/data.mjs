// Deterministic synthetic offers for the search benchmark (feed format v1, see FEED.md).
// Everything here is invented: names of institutions are generic, places are localities of the
// Kreis Schleswig-Flensburg, contact data uses example.org. Same seed + size → same feed.

import { prng } from './prng.mjs';

// [locality, municipality, postal code, lat, lon]
const PLACES = [
  ['Schleswig', 'Schleswig', '24837', 54.5153, 9.5663],
  ['Schleswig-Friedrichsberg', 'Schleswig', '24837', 54.508, 9.55],
  ['Kappeln', 'Kappeln', '24376', 54.6614, 9.9311],
  ['Ellenberg', 'Kappeln', '24376', 54.67, 9.945],
  ['Harrislee', 'Harrislee', '24955', 54.7995, 9.3896],
  ['Kupfermühle', 'Harrislee', '24955', 54.825, 9.4],
  ['Handewitt', 'Handewitt', '24983', 54.7612, 9.3265],
  ['Jarplund', 'Handewitt', '24976', 54.7391, 9.4372],
  ['Weding', 'Handewitt', '24976', 54.755, 9.41],
  ['Glücksburg', 'Glücksburg (Ostsee)', '24960', 54.8336, 9.5476],
  ['Tarp', 'Tarp', '24963', 54.6641, 9.4017],
  ['Süderbrarup', 'Süderbrarup', '24392', 54.6364, 9.7739],
  ['Satrup', 'Mittelangeln', '24986', 54.6905, 9.6009],
  ['Rüde', 'Mittelangeln', '24986', 54.7, 9.63],
  ['Sörup', 'Sörup', '24966', 54.718, 9.6655],
  ['Steinbergkirche', 'Steinbergkirche', '24972', 54.7704, 9.763],
  ['Gelting', 'Gelting', '24395', 54.7514, 9.9033],
  ['Langballig', 'Langballig', '24977', 54.8, 9.64],
  ['Böklund', 'Böklund', '24860', 54.6, 9.57],
  ['Kropp', 'Kropp', '24848', 54.4135, 9.5081],
  ['Busdorf', 'Busdorf', '24866', 54.4913, 9.5658],
  ['Haithabu', 'Busdorf', '24866', 54.4913, 9.5658],
  ['Fahrdorf', 'Fahrdorf', '24857', 54.5, 9.6],
  ['Silberstedt', 'Silberstedt', '24887', 54.5167, 9.3833],
  ['Jübek', 'Jübek', '24855', 54.5667, 9.4],
  ['Schuby', 'Schuby', '24850', 54.5167, 9.4833],
  ['Eggebek', 'Eggebek', '24852', 54.623, 9.368],
  ['Schafflund', 'Schafflund', '24980', 54.7583, 9.1833],
  ['Wanderup', 'Wanderup', '24997', 54.6833, 9.3333],
  ['Oeversee', 'Oeversee', '24988', 54.7, 9.43],
  ['Medelby', 'Medelby', '24994', 54.8167, 9.1667],
  ['Mohrkirch', 'Mohrkirch', '24405', 54.6667, 9.7167],
  ['Husby', 'Husby', '24975', 54.7667, 9.5833],
  ['Idstedt', 'Idstedt', '24879', 54.5833, 9.5167],
  ['Treia', 'Treia', '24896', 54.5, 9.3167],
  ['Hürup', 'Hürup', '24975', 54.75, 9.5333],
];

const STREETS = ['Hauptstraße', 'Schulstraße', 'Am Markt', 'Bahnhofstraße', 'Lindenallee', 'Mühlenweg', 'Kirchstraße', 'Am Sportplatz', 'Dorfstraße', 'Königstraße', 'Flensburger Straße', 'Süderstraße', 'Am Lehrschwimmbecken', 'Gartenweg'];

// Filler words for descriptions: everyday German of course descriptions, with umlauts and ß, but
// none of the benchmark's query words (so a query's targets are defined by names and keywords).
const FILLER = (
  'gemeinsam lernen Übungen Schülerinnen Schüler spielerisch Grundlagen Teilnehmende möglich Gebühr Anmeldung ' +
  'erforderlich wöchentlich Gruppe Kleingruppen Fähigkeiten Selbstvertrauen Nachbarschaft Zertifikat Prüfung ' +
  'Räume barrierefrei erreichbar Bushaltestelle Vorkenntnisse nötig Materialkosten enthalten Ermäßigung ' +
  'Bildungsgutschein Jobcenter Beratung persönlich Gespräch Termine nach Vereinbarung Ferien ausgenommen ' +
  'Freude Bewegung draußen Natur Wald Küste Ostsee Schlei Angeln Tradition Zukunft Medien Computer ' +
  'Tablet sicher Umgang Alltag Familie Großeltern Geschwister Begegnung Austausch Kultur Geschichte ' +
  'Gesundheit Ernährung gesund kochen backen Garten Werkstatt kreativ gestalten Farben Papier Holz ' +
  'Qualifikation Abschluss Weiterbildung Beruf Betrieb Praktikum Unterstützung Förderverein ehrenamtlich ' +
  'Mitarbeitende erfahren qualifiziert Lehrkraft Referentin Referent Leitung Team offen herzlich willkommen ' +
  'Anfängerinnen Anfänger Fortgeschrittene Niveau Lehrbuch Arbeitsblätter Hörübungen Gespräche Grammatik ' +
  'Wortschatz Aussprache Spaß Geduld Ruhe Atmung Entspannung Stärkung Rücken Körper Gleichgewicht ' +
  'Nähe Wohnort Parkplätze vorhanden Fahrrad Anreise Übernachtung Verpflegung Getränke mitbringen bequeme Kleidung'
).split(' ');

// Offer templates: names (with {place}/{kita} placeholders), codes, keywords, provider kinds,
// a description lead. `w` is the relative frequency.
const KITA_NAMES = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Löwenzahn', 'Arche Noah', 'Zwergenland', 'Wirbelwind', 'Spatzennest', 'Schatzkiste', 'Waldwichtel', 'Möwennest', 'Kleine Strolche', 'Sternschnuppe', 'Villa Kunterbunt', 'Rasselbande'];
const INSTRUMENTS = ['Gitarre', 'Klavier', 'Geige', 'Blockflöte', 'Schlagzeug', 'Querflöte', 'Akkordeon', 'Trompete', 'Cello', 'Ukulele'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'];

const T = [
  { w: 6, names: ['Deutschkurs {lvl} für Berufstätige', 'Deutschkurs {lvl} am Abend', 'Deutschkurs {lvl} am Vormittag', 'Deutschkurs {lvl} – Intensivkurs', 'Deutsch als Zweitsprache {lvl}'], area: ['weiterbildung'], audience: ['zugewanderte', 'erwachsene'], kw: ['Deutsch lernen', 'Sprachkurs', 'DaZ'], prov: 'vhs', age: [16], lead: 'Sprachkurs Deutsch auf dem Niveau {lvl} mit Lehrbuch und Gesprächen.' },
  { w: 4, names: ['Integrationskurs mit Alphabetisierung', 'Integrationskurs für Eltern', 'Integrationskurs {lvl}', 'Jugendintegrationskurs', 'Orientierungskurs Leben in Deutschland'], area: ['weiterbildung'], audience: ['zugewanderte'], kw: ['BAMF', 'Integration', 'Deutsch lernen'], prov: 'vhs', age: [16], lead: 'Kurs nach der Integrationskursverordnung mit Sprachteil und Orientierungsteil.' },
  { w: 4, names: ['Seepferdchen Schwimmkurs', 'Schwimmkurs für Kinder', 'Schwimmkurs für Kinder ab 5 Jahren', 'Wassergewöhnung für Kleinkinder', 'Aqua-Fitness für Seniorinnen und Senioren', 'Schwimmkurs für Erwachsene'], area: ['nonformal'], audience: ['kinder', 'familien'], kw: ['Schwimmen lernen', 'Kinder', 'Seepferdchen', 'Bad'], prov: 'sport', age: [4, 10], lead: 'Schwimmen lernen im Lehrschwimmbecken mit kleinen Gruppen.' },
  { w: 8, names: ['Kita {kita}', 'Ev. Kita {kita}', 'Kindergarten {kita}', 'Naturkindergarten {kita}', 'Krippe {kita}', 'DRK-Kita {kita}'], area: ['fruehkindlich'], audience: ['kinder', 'eltern'], kw: ['Kindergarten', 'Krippe', 'Ganztag', 'Elementargruppe'], prov: 'kitatraeger', age: [1, 6], lead: 'Betreuung von Kindern ab einem Jahr bis zur Einschulung, ganztags.' },
  { w: 2, names: ['Frühförderung für Kinder mit Entwicklungsverzögerung', 'Heilpädagogische Frühförderung', 'Interdisziplinäre Frühförderung', 'Frühförderung – Beratung für Eltern'], area: ['fruehkindlich'], audience: ['kinder', 'eltern', 'menschen-mit-behinderung'], kw: ['Frühförderstelle', 'Entwicklung', 'Heilpädagogik'], prov: 'fruehfoerderung', age: [0, 6], lead: 'Frühförderung und Beratung für Familien mit Kindern bis zur Einschulung.' },
  { w: 5, names: ['Instrumentalunterricht {instr}', 'Musikalische Früherziehung', '{instr} für Erwachsene', '{instr} für Kinder und Jugendliche', 'Bandcoaching für Jugendliche', 'Chor für Kinder'], area: ['nonformal'], audience: ['kinder', 'jugendliche'], kw: ['Musik', 'Instrument', 'Unterricht'], prov: 'musik', age: [5, 18], lead: 'Unterricht {instr} einzeln oder in kleinen Gruppen.' },
  { w: 4, names: ['Englisch für Anfänger {lvl}', 'Business English {lvl}', 'Englisch Konversation am Vormittag', 'Englisch auffrischen {lvl}', 'Dänisch für Anfänger', 'Plattdeutsch für Anfänger', 'Spanisch {lvl}'], area: ['weiterbildung'], audience: ['erwachsene'], kw: ['Fremdsprache', 'Sprachkurs'], prov: 'vhs', age: [16], lead: 'Sprachkurs auf dem Niveau {lvl} mit Grammatik und Wortschatz.' },
  { w: 4, names: ['Yoga für Einsteiger', 'Pilates am Abend', 'Rückenfit', 'Töpfern für Anfänger', 'Nähkurs für Einsteiger', 'Aquarellmalerei', 'Kochkurs Regionale Küche', 'Smartphone-Kurs für Ältere', 'Computerkurs für Seniorinnen und Senioren', 'Fotografie Grundkurs'], area: ['weiterbildung', 'nonformal'], audience: ['erwachsene', 'senioren'], kw: ['Freizeit', 'Kurs'], prov: 'vhs', age: [16], lead: 'Kurs für Erwachsene in entspannter Atmosphäre.' },
  { w: 3, names: ['Bewerbungstraining für Jugendliche', 'Berufsorientierung in der Schule', 'Bewerbungstraining für Erwachsene', 'Ausbildungsbörse Schleswig-Flensburg', 'Praktikumsbörse für Schülerinnen und Schüler'], area: ['ausbildung'], audience: ['jugendliche'], kw: ['Ausbildung', 'Bewerbung', 'Beruf'], prov: 'beruf', age: [14, 25], lead: 'Bewerbungsunterlagen erstellen und Vorstellungsgespräche üben.' },
  { w: 3, names: ['Hausaufgabenhilfe an der Grundschule {place}', 'Lernwerkstatt Mathematik', 'Nachhilfe Deutsch und Mathematik', 'Offene Ganztagsschule {place}', 'Grundschule {place}', 'Gemeinschaftsschule {place}'], area: ['schule'], audience: ['kinder', 'jugendliche'], kw: ['Schule', 'Hausaufgaben', 'Ganztag'], prov: 'schule', age: [6, 16], lead: 'Unterstützung am Nachmittag für Schülerinnen und Schüler.' },
  { w: 2, names: ['Vorlesestunde in der Bücherei', 'Bilderbuchkino', 'Lesesommer für Kinder und Jugendliche', 'Medienkompetenz für Eltern'], area: ['nonformal'], audience: ['kinder', 'familien'], kw: ['Lesen', 'Bücherei', 'Bücher'], prov: 'buecherei', age: [3, 12], lead: 'Vorlesen und Bücher entdecken in der Bücherei.' },
  { w: 3, names: ['Elterncafé', 'Eltern-Kind-Gruppe', 'Erste Hilfe am Kind', 'Geburtsvorbereitung', 'Babymassage', 'Familienfrühstück'], area: ['nonformal', 'fruehkindlich'], audience: ['eltern', 'familien'], kw: ['Familie', 'Eltern', 'Baby'], prov: 'familie', age: [0, 3], lead: 'Treffpunkt für Eltern mit Babys und Kleinkindern.' },
  { w: 2, names: ['Kindertagespflege: Tagesmutter in {place}', 'Qualifizierung zur Tagesmutter und zum Tagesvater', 'Tagesmutter {kita}'], area: ['fruehkindlich'], audience: ['kinder', 'eltern'], kw: ['Kindertagespflege', 'Tagespflege', 'Betreuung'], prov: 'tagespflege', age: [0, 3], lead: 'Betreuung in kleiner Gruppe im Haushalt der Tagespflegeperson.' },
  { w: 2, names: ['Verkehrserziehung: Sicher über die Straße', 'Straßenfußball für Toleranz', 'Spielstraße am Nachmittag', 'Fahrradtraining im Straßenverkehr'], area: ['nonformal', 'schule'], audience: ['kinder', 'jugendliche'], kw: ['Verkehr', 'Bewegung'], prov: 'sport', age: [6, 14], lead: 'Draußen unterwegs mit Trainerinnen und Trainern.' },
  { w: 1, names: ['Gebärdensprache für Anfänger', 'Gebärdensprachkurs Aufbaustufe', 'Deutsche Gebärdensprache im Alltag'], area: ['weiterbildung'], audience: ['erwachsene', 'menschen-mit-behinderung'], kw: ['DGS', 'Inklusion', 'Kommunikation'], prov: 'vhs', age: [16], lead: 'Grundlagen der Deutschen Gebärdensprache mit gehörloser Kursleitung.' },
  { w: 2, names: ['Sprachförderung in der Kita', 'Alltagsintegrierte Sprachförderung', 'Sprachförderung für Vorschulkinder'], area: ['fruehkindlich'], audience: ['kinder'], kw: ['Sprache', 'Vorschule', 'Sprachkita'], prov: 'kitatraeger', age: [3, 6], lead: 'Sprachliche Bildung im Alltag der Kita.' },
  { w: 2, names: ['Ausbildung zur Pflegefachkraft', 'Meistervorbereitung im Handwerk', 'Umschulung Kauffrau und Kaufmann für Büromanagement', 'Fortbildung für Fachkräfte in Kitas'], area: ['ausbildung', 'weiterbildung'], audience: ['erwachsene', 'fachkraefte'], kw: ['Ausbildung', 'Qualifizierung'], prov: 'beruf', age: [18], lead: 'Berufliche Qualifizierung mit anerkanntem Abschluss.' },
  { w: 2, names: ['Jugendtreff {place}', 'Ferienprogramm {place}', 'Zeltlager an der Schlei', 'Jugendfeuerwehr {place}', 'Theater-AG für Jugendliche'], area: ['nonformal'], audience: ['jugendliche', 'kinder'], kw: ['Freizeit', 'Ferien', 'Jugendarbeit'], prov: 'jugend', age: [8, 18], lead: 'Offenes Angebot für junge Menschen in den Ferien und am Nachmittag.' },
];

const PROVIDERS = {
  vhs: (p) => [`Volkshochschule ${p}`, `vhs ${p}`],
  sport: (p) => [`DLRG Ortsgruppe ${p}`, `TSV ${p} von 1920`, `Sportverein ${p}`, `Schwimmverein ${p}`],
  kitatraeger: (p) => [`Ev.-Luth. Kita-Werk Schleswig-Flensburg`, `DRK-Kreisverband Schleswig-Flensburg`, `AWO Kindertagesstätten ${p}`, `Gemeinde ${p}`],
  fruehfoerderung: (p) => [`Frühförderstelle ${p}`, `Lebenshilfe Schleswig-Flensburg`, `Interdisziplinäre Frühförderstelle ${p}`],
  musik: (p) => [`Kreismusikschule Schleswig-Flensburg`, `Musikschule ${p}`, `Musikschule Angeln`],
  beruf: () => [`Jugendberufsagentur Schleswig-Flensburg`, `Berufsbildungszentrum Schleswig`, `Handwerkskammer Flensburg`, `Agentur für Arbeit Flensburg`],
  schule: (p) => [`Grundschule ${p}`, `Gemeinschaftsschule ${p}`, `Förderverein der Schule ${p}`],
  buecherei: (p) => [`Stadtbücherei ${p}`, `Gemeindebücherei ${p}`, `Fahrbücherei Schleswig-Flensburg`],
  familie: (p) => [`Familienbildungsstätte ${p}`, `Familienzentrum ${p}`, `Mehrgenerationenhaus ${p}`],
  tagespflege: () => [`Kindertagespflege Schleswig-Flensburg e.V.`, `Familienservice Schleswig-Flensburg`],
  jugend: (p) => [`Jugendpflege ${p}`, `Kreisjugendring Schleswig-Flensburg`, `Gemeinde ${p}`],
};

const SCHEDULES = ['montags 18:00–19:30 Uhr', 'dienstags 9:00–12:00 Uhr', 'mittwochs 15:00–16:00 Uhr', 'donnerstags 19:00–21:00 Uhr', 'freitags 14:30–16:00 Uhr', 'Mo–Fr 7:00–16:00 Uhr', 'samstags 10:00–13:00 Uhr'];

function slug(s) {
  return s
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `size` offers. The first offers cycle once through every name variant of every template, so
 * every query target exists at every size; the rest is drawn by template weight.
 */
export function generateOffers(size, seed = 20260401) {
  const rnd = prng(seed ^ size);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const totalW = T.reduce((s, t) => s + t.w, 0);
  const drawTemplate = () => {
    let x = rnd() * totalW;
    for (const t of T) if ((x -= t.w) < 0) return t;
    return T[T.length - 1];
  };
  const plan = [];
  for (const t of T) t.names.forEach((name) => plan.push([t, name]));
  const offers = [];
  for (let i = 0; i < size; i++) {
    const [t, nameTpl] = i < plan.length ? plan[i] : ((t) => [t, pick(t.names)])(drawTemplate());
    const [locality, municipality, postalCode, lat, lon] = pick(PLACES);
    const vars = { lvl: pick(LEVELS), kita: pick(KITA_NAMES), instr: pick(INSTRUMENTS), place: locality };
    const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
    const name = fill(nameTpl);
    const providerName = pick(PROVIDERS[t.prov](municipality));
    const words = fill(t.lead).split(' ');
    while (words.length < 30) words.push(pick(FILLER));
    const description = words.join(' ').replace(/([^.])$/, '$1.');
    const kw = t.kw.filter(() => rnd() < 0.8);
    const id = `o${i}-${slug(name).slice(0, 40)}`;
    const offer = {
      id,
      name,
      description,
      area: [...t.area],
      audience: t.audience.filter((_, k) => k === 0 || rnd() < 0.6),
      provider: {
        name: providerName,
        url: `https://www.example.org/${slug(providerName)}`,
        email: `info-${slug(providerName).slice(0, 20)}@example.org`,
        phone: `04621 555-${100 + Math.floor(rnd() * 900)}`,
      },
      location: {
        name: `${pick(['Bürgerhaus', 'Gemeindehaus', 'Schulzentrum', 'Dörpshus', 'Kulturhaus'])} ${locality}`,
        street: `${pick(STREETS)} ${1 + Math.floor(rnd() * 60)}`,
        postalCode,
        locality,
        municipality,
        lat: +(lat + (rnd() - 0.5) * 0.01).toFixed(4),
        lon: +(lon + (rnd() - 0.5) * 0.01).toFixed(4),
      },
      mode: rnd() < 0.85 ? 'praesenz' : pick(['online', 'hybrid']),
      languages: rnd() < 0.8 ? ['de'] : ['de', pick(['en', 'da', 'ar', 'uk', 'tr'])],
      cost: rnd() < 0.3 ? { free: true } : { free: false, amount: 20 + Math.floor(rnd() * 30) * 5 },
      schedule: { startDate: `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`, text: pick(SCHEDULES) },
      url: `https://www.example.org/angebote/${id}`,
      keywords: kw,
      updated: '2026-03-01',
    };
    if (t.age.length === 2) [offer.ageMin, offer.ageMax] = t.age;
    else offer.ageMin = t.age[0];
    if (rnd() < 0.25) offer.accessibility = ['rollstuhlgerecht'];
    offers.push(offer);
  }
  return offers;
}

export function feedOf(offers) {
  return {
    version: 1,
    updated: '2026-03-01T08:00:00+01:00',
    publisher: { name: 'Kreis Schleswig-Flensburg (synthetische Benchmark-Daten)', ags: '01059', url: 'https://www.example.org/' },
    offers,
  };
}

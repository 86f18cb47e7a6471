import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, fixture, tempDir, lines, filesIn, assertNoStackTrace } from './helpers.mjs';

const byName = (feed) => Object.fromEntries(feed.events.map((e) => [e.name, e]));

test('import events: the Outlook fixture really has what it claims (VTIMEZONE, Windows TZID, CRLF folds, one inside a UTF-8 sequence)', () => {
  const bytes = readFileSync(fixture('outlook.ics'));
  const text = bytes.toString('latin1');
  assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:W\. Europe Standard Time\r\n/);
  assert.match(text, /DTSTART;TZID=W\. Europe Standard Time:20270422T093000/);
  const folds = [...text.matchAll(/\r\n /g)].length;
  assert.ok(folds >= 3, `${folds} folded lines`);
  const splitInside = bytes
    .toString('binary')
    .split('\r\n')
    .filter((l) => l.startsWith(' ') && l.charCodeAt(1) >= 0x80 && l.charCodeAt(1) <= 0xbf);
  assert.ok(splitInside.length >= 1, 'a fold splits a UTF-8 sequence, as Outlook does at 75 octets');
});

test('import events: Outlook export — time zones by Windows name and by VTIMEZONE rules, folded text, private events never', () => {
  const r = run(['import', 'events', fixture('outlook.ics')]);
  assert.equal(r.code, 0, r.stderr);
  assertNoStackTrace(r);
  const e = byName(r.json);
  assert.equal(r.json.events.length, 5);
  assert.equal(e.Zahnarzt, undefined, 'CLASS:PRIVATE is never published');
  assert.match(r.stderr, /Termin in Zeile \d+ nicht übernommen: privat oder vertraulich \(CLASS\) – wird nie veröffentlicht/);

  const fachtag = e['Fachtag „Übergänge gestalten“: Kita und Grundschule'];
  assert.ok(fachtag, 'SUMMARY;LANGUAGE=de with umlauts and typographic quotes');
  assert.equal(fachtag.startDate, '2027-04-22T09:30:00+02:00', 'W. Europe Standard Time in summer');
  assert.equal(fachtag.endDate, '2027-04-22T16:00:00+02:00');
  assert.equal(fachtag.category, 'fachtag');
  assert.match(fachtag.id, /^termin-[0-9a-f]{16}$/, "Outlook's long UID is hashed to a short stable id");
  assert.equal(
    fachtag.description,
    'Der Fachtag „Übergänge gestalten“ bringt Fachkräfte aus Kitas und Grundschulen zusammen. Ablauf:\n\n09:30 Begrüßung durch die Landrätin\n10:00 Vortrag: Übergänge als gemeinsame Aufgabe\n13:00 Workshops, Austausch und Abschluss; Ende gegen 16 Uhr.',
    'unfolded (also inside a UTF-8 sequence), \\n \\, \\; unescaped',
  );
  assert.deepEqual(fachtag.location, { name: 'Kreishaus Celle', street: 'Trift 26', postalCode: '29221', locality: 'Celle' });
  assert.deepEqual(fachtag.organizer, { name: 'Bildungsbüro Landkreis Celle', email: 'bildungsbuero@example.org' });

  const online = e['Netzwerktreffen Sprachförderung (online)'];
  assert.equal(online.startDate, '2027-11-18T14:00:00+01:00', 'winter time');
  assert.deepEqual(online.location, { name: 'Online' });
  assert.equal(online.category, 'netzwerktreffen', 'first CATEGORIES item that is a code');

  // "Customized Time Zone": only the VTIMEZONE rules in the file say what it is.
  assert.equal(e['Arbeitskreis Ganztag'].startDate, '2027-03-26T10:00:00+01:00', 'Friday before the spring switch');
  assert.equal(e['Informationsabend Schulwahl'].startDate, '2027-03-29T10:00:00+02:00', 'Monday after it');
  assert.equal(e['Arbeitskreis Ganztag'].id, 'arbeitskreis-ganztag-2027', 'a short UID is kept');
  assert.match(r.stderr, /Serientermin \(RRULE\): nur der erste Termin wird übernommen/);

  assert.deepEqual(
    { startDate: e['Aktionstag Lesen'].startDate, endDate: e['Aktionstag Lesen'].endDate, allDay: e['Aktionstag Lesen'].allDay },
    { startDate: '2027-06-15', endDate: undefined, allDay: true },
    'X-MICROSOFT-CDO-ALLDAYEVENT midnight to midnight is one whole day',
  );
  assert.deepEqual(
    r.json.events.map((x) => x.startDate.slice(0, 10)),
    ['2027-03-26', '2027-03-29', '2027-04-22', '2027-06-15', '2027-11-18'],
    'soonest first',
  );
});

test('import events: Nextcloud/Thunderbird export — all-day and multi-day (exclusive DTEND), DURATION, UTC, floating times, LF only', () => {
  const text = readFileSync(fixture('nextcloud.ics'), 'latin1');
  assert.ok(!text.includes('\r'), 'the fixture uses LF line ends only');
  const r = run(['import', 'events', fixture('nextcloud.ics'), '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  const e = byName(r.json);
  const konferenz = e['Bildungskonferenz 2027'];
  assert.deepEqual(
    { startDate: konferenz.startDate, endDate: konferenz.endDate, allDay: konferenz.allDay, category: konferenz.category },
    { startDate: '2027-07-02', endDate: undefined, allDay: true, category: 'konferenz' },
  );
  assert.equal(konferenz.id, '3f1c2a9e-7b5d-4c1e-9a2f-6d8e0b4c7a11');
  assert.equal(konferenz.url, 'https://www.example.org/bildungskonferenz');
  assert.deepEqual(konferenz.documents, [{ title: 'Programm Bildungskonferenz.pdf', url: 'https://www.example.org/programm-2027.pdf', type: 'pdf' }]);
  assert.equal(konferenz.description, 'Die jährliche Bildungskonferenz des Landkreises.\nAnmeldung bis 15. Juni.');
  const woche = e['Projektwoche MINT'];
  assert.deepEqual([woche.startDate, woche.endDate, woche.allDay], ['2027-09-13', '2027-09-15', true], 'DTEND 20270916 is exclusive: last day the 15th');
  assert.equal(woche.category, 'workshop', 'CATEGORIES in capitals');
  const abend = e['Elternabend Übergang weiterführende Schule'];
  assert.deepEqual([abend.startDate, abend.endDate], ['2027-03-10T18:00:00+01:00', '2027-03-10T20:00:00+01:00'], 'DURATION:PT2H');
  assert.deepEqual([e['Sprechstunde Bildungsberatung'].startDate], ['2027-10-27T10:00:00+02:00'], '08:00 UTC is 10:00 in Berlin in October');
  assert.deepEqual([e['Fortbildung Sprachbildung'].startDate], ['2027-12-01T09:00:00+01:00'], 'floating time read in X-WR-TIMEZONE');
  assert.equal(e['Sommerfest (abgesagt)'], undefined);
  assert.match(r.stderr, /not taken: cancelled \(STATUS:CANCELLED\)/);
  assert.match(r.stderr, /5 events taken, 1 left out on purpose/);
  assert.equal(run(['validate', '-'], { input: r.stdout }).code, 0);
});

test('import events: Windows and display-name TZIDs without VTIMEZONE, unknown zones, broken events (exit 1)', (t) => {
  const dir = tempDir(t);
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:a',
    'SUMMARY:Romance',
    'DTSTART;TZID=Romance Standard Time:20270115T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:b',
    'SUMMARY:Anzeigename',
    'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20270715T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:c',
    'SUMMARY:Mozilla',
    'DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20270715T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:d',
    'SUMMARY:Unbekannt',
    'DTSTART;TZID=Mars/Olympus:20270715T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:e',
    'DTSTART:20270715T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:f',
    'SUMMARY:Ohne Beginn',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:g',
    'SUMMARY:Kaputtes Datum',
    'DTSTART:2027-07-15',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:a',
    'SUMMARY:Gleiche UID',
    'DTSTART:20270801T100000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:h',
    'SUMMARY:Ende vor Beginn',
    'DTSTART;TZID=Europe/Berlin:20270801T100000',
    'DTEND;TZID=Europe/Berlin:20270801T090000',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const out = join(dir, 'termine.json');
  const r = run(['import', 'events', '-', '-o', out], { input: ics });
  assertNoStackTrace(r);
  assert.equal(r.code, 1);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const e = byName(feed);
  assert.equal(e.Romance.startDate, '2027-01-15T10:00:00+01:00');
  assert.equal(e.Anzeigename.startDate, '2027-07-15T10:00:00+02:00');
  assert.equal(e.Mozilla.startDate, '2027-07-15T10:00:00+02:00');
  assert.equal(e.Unbekannt.startDate, '2027-07-15T10:00:00+02:00', 'read as German time');
  assert.equal(e['Ende vor Beginn'].endDate, undefined);
  const err = lines(r.stderr);
  for (const expected of [
    /^Termin in Zeile \d+: unbekannte Zeitzone „Mars\/Olympus“ – als deutsche Zeit gelesen$/,
    /^Termin in Zeile 23 übersprungen: ohne Titel \(SUMMARY\)$/,
    /^Termin in Zeile 27 übersprungen: ohne Beginn \(DTSTART\)$/,
    /^Termin in Zeile 31 übersprungen: Datum „2027-07-15“ nicht lesbar$/,
    /^Termin in Zeile 36 übersprungen: doppelte ID „a“ \(schon in Zeile 3\)$/,
    /^Termin in Zeile \d+: Ende vor dem Beginn – Ende weggelassen$/,
  ]) {
    assert.ok(err.some((l) => expected.test(l)), `stderr lacks ${expected}\n${r.stderr}`);
  }
  assert.match(r.stderr, /5 Termine übernommen, 4 Termine übersprungen\./);
});

test('import events: a file that is no calendar writes nothing', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'termine.json');
  for (const input of ['', 'Hallo', '\x00\x01\x02binary', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n']) {
    const r = run(['import', 'events', '-', '-o', out], { input });
    assert.equal(r.code, 1, JSON.stringify(input));
    assertNoStackTrace(r);
  }
  assert.deepEqual(filesIn(dir), []);
  const r = run(['import', 'events', '-'], { input: 'Hallo' });
  assert.match(r.stderr, /-: keine iCalendar-Datei \(BEGIN:VCALENDAR fehlt\)\. Es wurde nichts geschrieben\./);
  writeFileSync(join(dir, 'x.ics'), 'BEGIN:VCALENDAR\nEND:VCALENDAR\n');
  const empty = run(['import', 'events', join(dir, 'x.ics')]);
  assert.match(empty.stderr, /kein verwendbarer Termin/);
});

/**
 * German strings of the command line tool `bildung-feed` (the default language). Messages for
 * people go to standard error; help texts to standard output. Problems in a feed come from the
 * widgets' own catalog (`problems` in de.ts) through formatProblem, so the CLI and the widgets'
 * debug report say the same thing.
 */

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;

const EXIT_CODES = `Exit-Code:
  0  in Ordnung (Hinweise möglich)
  1  Fehler in den Daten: nichts verwendbar (dann wird nichts geschrieben) oder
     Einträge/Zeilen übersprungen (dann wird der Rest geschrieben)
  2  falscher Aufruf (unbekannter Befehl, unbekannte Option, Datei fehlt)`;

const COMMON = `  -o, --output DATEI   Ergebnis in DATEI schreiben (sonst Standardausgabe). Die Datei wird
                       erst ersetzt, wenn alles fertig ist – nie halb geschrieben.
  --publisher NAME     Herausgeber des Feeds, z. B. "Landkreis Celle"
  --ags SCHLÜSSEL      Amtlicher Gemeindeschlüssel des Herausgebers, z. B. 03351
  --lang en            Meldungen auf Englisch
  -h, --help           diese Hilfe`;

export const cli = {
  help: {
    main: `bildung-feed – Werkzeuge für den Feed der bildung-widgets

Aufruf:
  bildung-feed validate FEED.json
      Feed prüfen: Fehler und Hinweise, je Zeile „JSON-Pointer: Meldung“.
  bildung-feed import offers TABELLE.csv [-o feed.json]
      Angebote aus einer Excel-Tabelle (CSV). Vorlage: templates/angebote-vorlage.csv
  bildung-feed import events KALENDER.ics [-o feed.json]
      Termine aus einem Kalender-Export (Outlook, Thunderbird, Nextcloud).
  bildung-feed import indicators TABELLE.csv --region AGS [--compare AGS,AGS]
      Indikatoren aus einer Tabelle des Regionalatlas / der Regionalstatistik.
  bildung-feed merge A.json B.json … -o feed.json
      Feeds zu einem zusammenführen, doppelte IDs melden.
  bildung-feed build-index FEED.json -o ORDNER [--chunk-size 100]
      Große Feeds (Land): Angebote in Teildateien mit fertigem Suchindex aufteilen.

Optionen:
  -h, --help      Hilfe zu einem Befehl, z. B. bildung-feed import offers --help
  --lang en       Meldungen auf Englisch (Standard: Deutsch)
  -V, --version   Version anzeigen

${EXIT_CODES}`,
    validate: `bildung-feed validate FEED.json [WEITERE.json …]

Prüft einen Feed mit demselben Prüfprogramm wie die Widgets (feed.schema.json).
Jedes Problem steht in einer Zeile: JSON-Pointer, Doppelpunkt, Meldung, z. B.
  /offers/4/name: Text erwartet, Zahl gefunden
Hinweise (z. B. unbekannter Code, Angebot seit über 12 Monaten nicht aktualisiert,
vergangene Veranstaltung mit offener Anmeldung, fehlende Kontaktangabe) beginnen mit
„Hinweis:“ und führen nicht zum Fehlschlag. Einträge mit Fehlern überspringen die Widgets.
„-“ statt einer Datei liest die Standardeingabe.

Optionen:
  --lang en    Meldungen auf Englisch
  -h, --help   diese Hilfe

Exit-Code: 0 gültig (Hinweise möglich) · 1 Fehler gefunden · 2 falscher Aufruf`,
    import: `bildung-feed import ART DATEI [Optionen]

Arten:
  offers       Angebote aus einer CSV-Tabelle (Excel)     bildung-feed import offers --help
  events       Termine aus einer iCalendar-Datei (.ics)   bildung-feed import events --help
  indicators   Indikatoren aus Regionalatlas/-statistik   bildung-feed import indicators --help`,
    importOffers: `bildung-feed import offers TABELLE.csv [-o feed.json]

Liest eine Tabelle, wie Excel sie als CSV speichert: Trennzeichen „;“ oder „,“,
UTF-8 mit oder ohne BOM oder Windows-1252 (wird erkannt). Die erste Zeile nennt die
Spalten: Feldnamen des Feeds (Punkt für verschachtelte Felder: provider.phone,
location.municipality, cost.free) oder die deutschen Namen der Vorlage (Name, Anbieter,
Gemeinde, kostenlos …). Listen mit Komma in einer Zelle („schule, weiterbildung“),
ja/nein, x oder 1/0 für Ja-Nein-Felder, Beträge mit Dezimalkomma („12,50“), Datum als
2026-03-01 oder 01.03.2026. Pflicht sind die Spalten Name und Bereich; fehlt die ID,
wird sie aus dem Namen gebildet.

Vorlage mit allen Spalten: templates/angebote-vorlage.csv im Paket
(node_modules/bildung-widgets/templates/), jede Spalte erklärt in templates/README.md.

Schreibt einen vollständigen Feed (Version 1) mit allen verwendbaren Zeilen und nennt
jede Zeile, die nicht verwendet werden konnte, mit ihrer Zeilennummer (wie in Excel).

Optionen:
${COMMON}
  --separator ZEICHEN  Trennzeichen erzwingen („;“, „,“ oder „tab“)

${EXIT_CODES}`,
    importEvents: `bildung-feed import events KALENDER.ics [-o feed.json]

Liest die Termine (VEVENT) eines iCalendar-Exports aus Outlook, Thunderbird, Nextcloud
oder Google Kalender: Zeitzonen (TZID mit VTIMEZONE, auch Windows-Namen wie
„W. Europe Standard Time“), ganztägige und mehrtägige Termine, gefaltete Zeilen.
Übernommen werden Titel, Beschreibung, Beginn und Ende (in deutscher Zeit), Ort,
Link, Veranstalter (ORGANIZER), Kategorie (wenn sie einem Code wie „Fachtag“
entspricht) und Anhänge mit http(s)-Adresse. Nicht übernommen werden private und
vertrauliche Termine (CLASS:PRIVATE/CONFIDENTIAL), abgesagte Termine und Teilnehmende.
Bei Serienterminen wird nur der erste Termin übernommen (mit Hinweis).

Optionen:
${COMMON}

${EXIT_CODES}`,
    importIndicators: `bildung-feed import indicators TABELLE.csv --region AGS [--compare AGS,AGS]

Liest eine Tabelle des Regionalatlas Deutschland oder der Regionaldatenbank
(regionalstatistik.de), so wie sie heruntergeladen wird: Kopfzeilen, „;“, Dezimalkomma,
Platzhalter „-“, „.“, „x“, „/“ (werden zu „keine Angabe“, nie zu 0), eingerückte
Regionsnamen, Lizenzhinweis am Ende. Jede Wertespalte wird ein Indikator mit Einheit,
Quelle und dem Lizenzhinweis (Datenlizenz Deutschland – Namensnennung – 2.0), der
überall mit angezeigt werden muss.

Optionen:
  --region AGS         die eigene Region, z. B. 03351 (Landkreis Celle) – Pflicht
  --compare AGS,AGS    Vergleichsregionen, z. B. 03,DG (Land, Bund). Standard: das Land
                       und Deutschland, soweit in der Tabelle; „--compare none“: keine
  --ids ID,ID          IDs der Indikatoren, eine je Wertespalte (Standard: Tabellencode-1 …)
  --region-name NAME   Name der eigenen Region, z. B. "Landkreis Celle"
                       (Standard: wie in der Tabelle, „Celle, Landkreis“)
${COMMON}

${EXIT_CODES}`,
    buildIndex: `bildung-feed build-index FEED.json -o ORDNER [--chunk-size 100]

Für sehr große Feeds (ab etwa 10.000 Angeboten, z. B. landesweit): teilt die Angebote
in Teildateien zu je --chunk-size Angeboten und schreibt einen fertigen Suchindex.
Der Angebotsfinder lädt dann zuerst nur den Index, zeigt Ergebnisse und Filterzahlen
sofort und holt nur die Teile, deren Angebote er gerade anzeigt.

Geschrieben wird in ORDNER:
  feed.json               der Feed ohne die Angebote, mit „offerChunks“ (Verweis auf die Teile)
  angebote/teil-0001.….json   die Angebote, nach Namen sortiert (je ein gültiger Feed)
  angebote/suchindex.….bin    der Suchindex (Format: docs/FEED.md, „Große Feeds“)
Die Dateinamen enthalten einen Prüfwert des Inhalts: Teile und Index dürfen unbegrenzt
zwischengespeichert werden (Cache-Control: immutable), nur feed.json nicht. feed.json
wird zuletzt geschrieben; alte Teile können nach einem Tag gelöscht werden.
Die Widgets binden ORDNER/feed.json ein wie einen gewöhnlichen Feed.

Optionen:
  -o, --output ORDNER   Zielordner (wird angelegt) – Pflicht
  --chunk-size N        Angebote je Teil (Standard 100)
  --lang en             Meldungen auf Englisch
  -h, --help            diese Hilfe

${EXIT_CODES}`,
    merge: `bildung-feed merge A.json B.json … -o feed.json

Führt Feeds zusammen: Angebote, Termine, Indikatoren und Berichte aller Dateien in
dieser Reihenfolge. Jede Datei wird zuerst geprüft (wie bei validate). Doppelte IDs
werden gemeldet: Ist der Eintrag gleich, wird er einmal übernommen (Hinweis); weicht er
ab, gilt der erste und die Zusammenführung meldet einen Fehler. Herausgeber: aus der
ersten Datei, die einen nennt (oder --publisher/--ags); Stand („updated“): der neueste.

Optionen:
${COMMON}

${EXIT_CODES}`,
  },
  usage: {
    unknownCommand: (command: string) => `Unbekannter Befehl „${command}“.`,
    noCommand: 'Bitte einen Befehl angeben: validate, import, merge, build-index.',
    unknownImport: (kind: string) => `Unbekannte Importart „${kind}“ – möglich sind offers, events und indicators.`,
    noImportKind: 'Was soll importiert werden? offers, events oder indicators.',
    unknownOption: (option: string) => `Unbekannte Option „${option}“.`,
    missingValue: (option: string) => `Die Option „${option}“ braucht einen Wert.`,
    unexpectedValue: (option: string) => `Die Option „${option}“ nimmt keinen Wert.`,
    noFile: 'Es fehlt die Datei.',
    oneFile: 'Bitte genau eine Datei angeben.',
    noRegion: 'Es fehlt die eigene Region: --region AGS, z. B. --region 03351.',
    badSeparator: (value: string) => `Unbekanntes Trennzeichen „${value}“ – möglich sind „;“, „,“ und „tab“.`,
    badLang: (value: string) => `Unbekannte Sprache „${value}“ – möglich sind de und en.`,
    seeHelp: (command: string) => `Hilfe: bildung-feed${command ? ` ${command}` : ''} --help`,
  },
  file: {
    notFound: (path: string) => `${path}: Datei nicht gefunden.`,
    isDirectory: (path: string) => `${path}: Das ist ein Ordner, keine Datei.`,
    noAccess: (path: string) => `${path}: keine Berechtigung, die Datei zu lesen.`,
    readFailed: (path: string, reason: string) => `${path}: Die Datei konnte nicht gelesen werden (${reason}).`,
    empty: (path: string) => `${path}: Die Datei ist leer.`,
    notUtf8: (path: string, encoding: string) =>
      `${path}: Die Datei ist nicht als UTF-8 gespeichert (erkannt: ${encoding}). Browser lesen Feeds als UTF-8, Umlaute würden falsch angezeigt. Bitte als UTF-8 speichern.`,
    notJson: (path: string, line: number, column: number) => `${path}: kein gültiges JSON (Zeile ${line}, Spalte ${column}).`,
    outputDirMissing: (path: string) => `${path}: Der Ordner für die Ausgabe existiert nicht. Es wurde nichts geschrieben.`,
    writeFailed: (path: string, reason: string) => `${path}: konnte nicht geschrieben werden (${reason}). Die Datei ist unverändert.`,
    noPermission: 'keine Schreibberechtigung',
    written: (path: string) => `Geschrieben: ${path}`,
    notWritten: 'Es wurde nichts geschrieben.',
  },
  validate: {
    /** Prefix of a line that does not fail the check. */
    hint: 'Hinweis',
    counts: (offers: number, events: number, indicators: number, reports: number) =>
      [
        offers ? plural(offers, 'Angebot', 'Angebote') : '',
        events ? plural(events, 'Termin', 'Termine') : '',
        indicators ? plural(indicators, 'Indikator', 'Indikatoren') : '',
        reports ? plural(reports, 'Bericht', 'Berichte') : '',
      ]
        .filter(Boolean)
        .join(', ') || 'keine Einträge',
    valid: (file: string, counts: string, hints: number) =>
      `${file}: gültig – ${counts}${hints ? `; ${plural(hints, 'Hinweis', 'Hinweise')}` : ''}.`,
    invalid: (file: string, errors: number, hints: number) =>
      `${file}: ${plural(errors, 'Fehler', 'Fehler')}${hints ? `, ${plural(hints, 'Hinweis', 'Hinweise')}` : ''}. Einträge mit Fehlern zeigen die Widgets nicht an.`,
    unusable: (file: string) => `${file}: Die Widgets können diesen Feed nicht anzeigen.`,
    splitFeed: (n: number) =>
      `${n.toLocaleString('de-DE')} Angebote in einer Datei: Jeder Besuch lädt und liest alle. Mit „bildung-feed build-index“ aufteilen – der Angebotsfinder lädt dann nur einen Suchindex und die Teile, die er zeigt.`,
    staleOffer: (date: string) => `seit über 12 Monaten nicht aktualisiert (zuletzt am ${date})`,
    pastEventOpen: (date: string) => `Die Veranstaltung ist vorbei (${date}), die Anmeldung ist aber noch als offen („open“) eingetragen`,
    offerWithoutContact: 'keine Kontaktangabe (weder url noch provider.url, provider.email oder provider.phone)',
    eventWithoutContact: 'keine Kontaktangabe (weder url noch organizer.url/email/phone oder registration.url/email)',
  },
  import: {
    encoding: (file: string, encoding: string, separator: string) => `${file}: gelesen als ${encoding}, Trennzeichen „${separator}“.`,
    rowSkipped: (row: number, reason: string) => `Zeile ${row} übersprungen: ${reason}`,
    cell: (row: number, column: string, message: string) => `Zeile ${row}, Spalte „${column}“: ${message}`,
    column: (column: string, message: string) => `Spalte „${column}“: ${message}`,
    fieldDropped: 'Feld weggelassen',
    objectDropped: (field: string) => `„${field}“ weggelassen`,
    unknownLanguage: (value: string) => `„${value}“ ist kein Sprachcode (ISO 639-1) und wird so übernommen, wie es dasteht`,
    unknownColumn: (column: string) => `Spalte „${column}“ ist unbekannt und wird nicht übernommen.`,
    duplicateColumn: (column: string, first: string, field: string) =>
      `Spalte „${column}“ meint wie „${first}“ das Feld ${field}; übernommen wird nur „${first}“.`,
    missingColumn: (field: string, aliases: string) => `Die Spalte „${field}“ fehlt (auch erkannt als: ${aliases}).`,
    noHeader: (file: string) => `${file}: Die Tabelle ist leer – die erste Zeile muss die Spaltennamen enthalten.`,
    unterminatedQuote: (file: string, line: number) =>
      `${file}: In Zeile ${line} beginnt ein Feld mit Anführungszeichen, das nie endet. Es wurde nichts geschrieben.`,
    tooManyCells: (row: number, n: number) => `Zeile ${row}: ${n} Zellen mehr als Spalten – der Überschuss wird ignoriert.`,
    notNumber: (value: string) => `„${value}“ ist keine Zahl`,
    notInteger: (value: string) => `„${value}“ ist keine ganze Zahl`,
    notBoolean: (value: string) => `„${value}“ ist weder ja noch nein (erlaubt: ja/nein, x, 1/0)`,
    notDate: (value: string) => `„${value}“ ist kein Datum (erlaubt: 2026-03-01 oder 01.03.2026)`,
    idFromName: (n: number) =>
      `${plural(n, 'ID wurde', 'IDs wurden')} aus dem Namen gebildet. Tragen Sie feste IDs in die Spalte „ID“ ein, damit Links auf Angebote gültig bleiben.`,
    duplicateId: (id: string, firstRow: number) => `doppelte ID „${id}“ (schon in Zeile ${firstRow})`,
    noOffers: (file: string) => `${file}: keine verwendbare Zeile. Es wurde nichts geschrieben.`,
    offersDone: (used: number, skipped: number) =>
      `${plural(used, 'Angebot', 'Angebote')} übernommen${skipped ? `, ${plural(skipped, 'Zeile', 'Zeilen')} übersprungen` : ''}.`,
    // events
    notCalendar: (file: string) => `${file}: keine iCalendar-Datei (BEGIN:VCALENDAR fehlt). Es wurde nichts geschrieben.`,
    eventSkipped: (line: number, reason: string) => `Termin in Zeile ${line} übersprungen: ${reason}`,
    eventExcluded: (line: number, reason: string) => `Termin in Zeile ${line} nicht übernommen: ${reason}`,
    eventNote: (line: number, message: string) => `Termin in Zeile ${line}: ${message}`,
    noSummary: 'ohne Titel (SUMMARY)',
    noStart: 'ohne Beginn (DTSTART)',
    badDate: (value: string) => `Datum „${value}“ nicht lesbar`,
    cancelled: 'abgesagt (STATUS:CANCELLED)',
    private: 'privat oder vertraulich (CLASS) – wird nie veröffentlicht',
    override: 'geänderter Einzeltermin einer Serie (RECURRENCE-ID) – nur der erste Termin einer Serie wird übernommen',
    recurring: 'Serientermin (RRULE): nur der erste Termin wird übernommen',
    unknownZone: (tzid: string) => `unbekannte Zeitzone „${tzid}“ – als deutsche Zeit gelesen`,
    endBeforeStart: 'Ende vor dem Beginn – Ende weggelassen',
    noEvents: (file: string) => `${file}: kein verwendbarer Termin. Es wurde nichts geschrieben.`,
    eventsDone: (used: number, skipped: number, excluded: number) =>
      `${plural(used, 'Termin', 'Termine')} übernommen${skipped ? `, ${plural(skipped, 'Termin', 'Termine')} übersprungen` : ''}${
        excluded ? `, ${excluded.toLocaleString('de-DE')} absichtlich nicht übernommen (privat, abgesagt, Serienänderung)` : ''
      }.`,
    // indicators
    notAtlas: (file: string, reason: string) => `${file}: keine Tabelle des Regionalatlas / der Regionalstatistik (${reason}). Es wurde nichts geschrieben.`,
    atlasReasons: {
      'not-genesis': 'die erste Zeile lautet nicht „GENESIS-Tabelle: …“',
      'no-header': 'keine Zeile mit Spaltennamen',
      'no-rows': 'keine Datenzeilen „Jahr;AGS;Name;Werte“',
      'duplicate-period': 'ein Jahr kommt für eine Region doppelt vor',
    } as Record<string, string>,
    badRow: (line: number, text: string) => `Zeile ${line} ist keine Datenzeile „Jahr;AGS;Name;Werte“ und wird übergangen: ${text}`,
    badCell: (line: number, column: string, value: string) => `Zeile ${line}, Spalte „${column}“: „${value}“ ist keine Zahl – als „keine Angabe“ übernommen`,
    regionMissing: (ags: string, file: string) => `Die Region ${ags} kommt in ${file} nicht vor. Es wurde nichts geschrieben.`,
    compareMissing: (ags: string) => `Die Vergleichsregion ${ags} kommt in der Tabelle nicht vor und wird weggelassen.`,
    noLicence:
      'Die Tabelle hat keinen Lizenzhinweis am Ende. Übernommen wird der Hinweis der Datenlizenz Deutschland – Namensnennung – 2.0; bitte Quelle und Jahr prüfen.',
    idsDuplicate: (id: string) => `--ids nennt „${id}“ zweimal.`,
    idsCount: (given: number, columns: number) => `--ids nennt ${given} IDs, die Tabelle hat ${columns} Wertespalten.`,
    indicatorsDone: (n: number, code: string, regions: string) =>
      `${plural(n, 'Indikator', 'Indikatoren')} aus Tabelle ${code} für ${regions}. Der Lizenzhinweis steht in „notes“ und muss mit angezeigt werden.`,
  },
  buildIndex: {
    noOutput: 'Bitte den Zielordner mit -o ORDNER angeben.',
    oneFile: 'build-index liest genau einen Feed (mehrere vorher mit merge zusammenführen).',
    badChunkSize: (value: string) => `--chunk-size „${value}“: bitte eine ganze Zahl von 1 bis 100000.`,
    unusable: (file: string) => `${file}: nicht verwendbar. Es wurde nichts geschrieben.`,
    alreadySplit: (file: string) => `${file} ist schon aufgeteilt (offerChunks). Bitte den ungeteilten Feed angeben.`,
    notAFolder: (path: string) => `${path} ist kein Ordner.`,
    done: (offers: number, chunks: number, size: number, largest: string, averageGzip: string, index: string, indexGzip: string, manifest: string) =>
      `${plural(offers, 'Angebot', 'Angebote')} in ${plural(chunks, 'Teil', 'Teilen')} zu je ${size} (größter Teil ${largest}, im Mittel ${averageGzip} gzip); Suchindex ${index} (${indexGzip} gzip). Einzubinden: ${manifest}`,
  },
  merge: {
    problem: (file: string, line: string) => `${file}#${line}`,
    sameDuplicate: (section: string, id: string, file: string, first: string) =>
      `${section}: ID „${id}“ aus ${file} steht gleich schon in ${first} – einmal übernommen`,
    conflict: (section: string, id: string, file: string, first: string) =>
      `${section}: doppelte ID „${id}“ – der Eintrag aus ${file} weicht von dem aus ${first} ab und wurde nicht übernommen`,
    publisherDiffers: (file: string) => `${file} nennt einen anderen Herausgeber; übernommen wird der erste.`,
    unusable: (file: string) => `${file}: nicht verwendbar. Es wurde nichts geschrieben.`,
    done: (files: number, counts: string, errors: number) =>
      `${plural(files, 'Datei', 'Dateien')} zusammengeführt: ${counts}${errors ? `; ${plural(errors, 'Fehler', 'Fehler')}, die betroffenen Einträge oder Felder fehlen` : ''}.`,
  },
  internal: (message: string) => `Interner Fehler: ${message}. Bitte melden Sie ihn mit dem Aufruf, der ihn ausgelöst hat.`,
};

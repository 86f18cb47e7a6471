import type { cli as de } from '../de/cli.js';

/** English strings of the command line tool `bildung-feed` (`--lang en`). */

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const EXIT_CODES = `Exit code:
  0  fine (there may be hints)
  1  bad data: nothing usable (then nothing is written) or entries/rows
     left out (then the rest is written)
  2  wrong call (unknown command or option, missing file)`;

const COMMON = `  -o, --output FILE    write the result to FILE (else standard output). The file is
                       replaced only when everything is done – never half written.
  --publisher NAME     publisher of the feed, e.g. "Landkreis Celle"
  --ags KEY            official municipality key of the publisher, e.g. 03351
  --lang en            messages in English
  -h, --help           this help`;

export const cli: typeof de = {
  help: {
    main: `bildung-feed – tools for the feed of bildung-widgets

Usage:
  bildung-feed validate FEED.json
      Check a feed: errors and hints, one per line as "JSON pointer: message".
  bildung-feed import offers TABLE.csv [-o feed.json]
      Offers from a spreadsheet (CSV). Template: templates/angebote-vorlage.csv
  bildung-feed import events CALENDAR.ics [-o feed.json]
      Events from a calendar export (Outlook, Thunderbird, Nextcloud).
  bildung-feed import indicators TABLE.csv --region AGS [--compare AGS,AGS]
      Indicators from a Regionalatlas / Regionalstatistik table.
  bildung-feed merge A.json B.json … -o feed.json
      Combine feeds into one, report duplicate ids.
  bildung-feed build-index FEED.json -o FOLDER [--chunk-size 100]
      Big feeds (Land scale): split the offers into chunk files with a prebuilt search index.

Options:
  -h, --help      help on a command, e.g. bildung-feed import offers --help
  --lang en       messages in English (default: German)
  -V, --version   show the version

${EXIT_CODES}`,
    validate: `bildung-feed validate FEED.json [MORE.json …]

Checks a feed with the same validator as the widgets (feed.schema.json).
Each problem is one line: JSON pointer, colon, message, e.g.
  /offers/4/name: expected string, found number
Hints (e.g. unknown code, offer not updated for over 12 months, past event with
registration still open, missing contact) start with "Hint:" and do not fail the check.
The widgets skip entries with errors. "-" instead of a file reads standard input.

Options:
  --lang en    messages in English
  -h, --help   this help

Exit code: 0 valid (there may be hints) · 1 errors found · 2 wrong call`,
    import: `bildung-feed import KIND FILE [options]

Kinds:
  offers       offers from a CSV table (Excel)               bildung-feed import offers --help
  events       events from an iCalendar file (.ics)          bildung-feed import events --help
  indicators   indicators from Regionalatlas/-statistik      bildung-feed import indicators --help`,
    importOffers: `bildung-feed import offers TABLE.csv [-o feed.json]

Reads a table as Excel saves it as CSV: separator ";" or ",", UTF-8 with or without
BOM or Windows-1252 (detected). The first row names the columns: field names of the
feed (a dot for nested fields: provider.phone, location.municipality, cost.free) or the
German names of the template (Name, Anbieter, Gemeinde, kostenlos …). Lists with commas
inside a cell ("schule, weiterbildung"), ja/nein, x or 1/0 for yes/no fields, amounts
with a decimal comma ("12,50"), dates as 2026-03-01 or 01.03.2026. The columns name
and area are required; without an id, one is made from the name.

Template with every column: templates/angebote-vorlage.csv in the package
(node_modules/bildung-widgets/templates/), every column explained in templates/README.md.

Writes a complete feed (version 1) with every usable row and names each row that could
not be used by its row number (as in Excel).

Options:
${COMMON}
  --separator CHAR     force the separator (";", "," or "tab")

${EXIT_CODES}`,
    importEvents: `bildung-feed import events CALENDAR.ics [-o feed.json]

Reads the events (VEVENT) of an iCalendar export from Outlook, Thunderbird, Nextcloud
or Google Calendar: time zones (TZID with VTIMEZONE, also Windows names such as
"W. Europe Standard Time"), all-day and multi-day events, folded lines.
Takes title, description, start and end (in German time), location, link, organizer
(ORGANIZER), category (when it matches a code such as "Fachtag") and attachments with
an http(s) address. Never takes private or confidential events (CLASS:PRIVATE/
CONFIDENTIAL), cancelled events or attendees. Of a recurring event only the first
occurrence is taken (with a hint).

Options:
${COMMON}

${EXIT_CODES}`,
    importIndicators: `bildung-feed import indicators TABLE.csv --region AGS [--compare AGS,AGS]

Reads a table of the Regionalatlas Deutschland or the Regionaldatenbank
(regionalstatistik.de) as downloaded: header lines, ";", decimal comma, placeholders
"-", ".", "x", "/" (become "no value", never 0), indented region names, licence footer.
Each value column becomes an indicator with unit, source and the licence notice
(Datenlizenz Deutschland – Namensnennung – 2.0), which must be shown with the data.

Options:
  --region AGS         your own region, e.g. 03351 (Landkreis Celle) – required
  --compare AGS,AGS    regions to compare with, e.g. 03,DG (Land, Germany). Default: the
                       Land and Germany where the table has them; "--compare none": none
  --ids ID,ID          ids of the indicators, one per value column (default: tablecode-1 …)
  --region-name NAME   name of your region, e.g. "Landkreis Celle"
                       (default: as in the table, "Celle, Landkreis")
${COMMON}

${EXIT_CODES}`,
    buildIndex: `bildung-feed build-index FEED.json -o FOLDER [--chunk-size 100]

For very big feeds (from about 10,000 offers, e.g. a whole Land): splits the offers
into chunk files of --chunk-size offers each and writes a prebuilt search index. The
offer finder then loads only the index first, shows results and filter counts at once,
and fetches just the chunks whose offers it shows.

Written to FOLDER:
  feed.json               the feed without its offers, with "offerChunks" (pointing to the chunks)
  angebote/teil-0001.….json   the offers, sorted by name (each a valid feed)
  angebote/suchindex.….bin    the search index (format: docs/FEED.md, "Große Feeds")
File names carry a hash of their content: chunks and index may be cached forever
(Cache-Control: immutable), feed.json may not. feed.json is written last; old chunks
can be deleted after a day.
Widgets embed FOLDER/feed.json like any other feed.

Options:
  -o, --output FOLDER   target folder (created) – required
  --chunk-size N        offers per chunk (default 100)
  --lang en             messages in English
  -h, --help            this help

${EXIT_CODES}`,
    merge: `bildung-feed merge A.json B.json … -o feed.json

Combines feeds: offers, events, indicators and reports of every file, in this order.
Each file is checked first (as by validate). Duplicate ids are reported: an identical
entry is taken once (hint); a different one is left out (the first wins) and the merge
reports an error. Publisher: from the first file that names one (or --publisher/--ags);
"updated": the newest.

Options:
${COMMON}

${EXIT_CODES}`,
  },
  usage: {
    unknownCommand: (command) => `Unknown command "${command}".`,
    noCommand: 'Please name a command: validate, import, merge, build-index.',
    unknownImport: (kind) => `Unknown import kind "${kind}" – use offers, events or indicators.`,
    noImportKind: 'What should be imported? offers, events or indicators.',
    unknownOption: (option) => `Unknown option "${option}".`,
    missingValue: (option) => `The option "${option}" needs a value.`,
    unexpectedValue: (option) => `The option "${option}" takes no value.`,
    noFile: 'The file is missing.',
    oneFile: 'Please name exactly one file.',
    noRegion: 'Your own region is missing: --region AGS, e.g. --region 03351.',
    badSeparator: (value) => `Unknown separator "${value}" – use ";", "," or "tab".`,
    badLang: (value) => `Unknown language "${value}" – use de or en.`,
    seeHelp: (command) => `Help: bildung-feed${command ? ` ${command}` : ''} --help`,
  },
  file: {
    notFound: (path) => `${path}: file not found.`,
    isDirectory: (path) => `${path}: this is a folder, not a file.`,
    noAccess: (path) => `${path}: no permission to read the file.`,
    readFailed: (path, reason) => `${path}: the file could not be read (${reason}).`,
    empty: (path) => `${path}: the file is empty.`,
    notUtf8: (path, encoding) =>
      `${path}: the file is not saved as UTF-8 (detected: ${encoding}). Browsers read feeds as UTF-8, umlauts would be garbled. Please save it as UTF-8.`,
    notJson: (path, line, column) => `${path}: not valid JSON (line ${line}, column ${column}).`,
    outputDirMissing: (path) => `${path}: the output folder does not exist. Nothing was written.`,
    writeFailed: (path, reason) => `${path}: could not be written (${reason}). The file is unchanged.`,
    noPermission: 'no permission to write',
    written: (path) => `Written: ${path}`,
    notWritten: 'Nothing was written.',
  },
  validate: {
    hint: 'Hint',
    counts: (offers, events, indicators, reports) =>
      [
        offers ? plural(offers, 'offer', 'offers') : '',
        events ? plural(events, 'event', 'events') : '',
        indicators ? plural(indicators, 'indicator', 'indicators') : '',
        reports ? plural(reports, 'report', 'reports') : '',
      ]
        .filter(Boolean)
        .join(', ') || 'no entries',
    valid: (file, counts, hints) => `${file}: valid – ${counts}${hints ? `; ${plural(hints, 'hint', 'hints')}` : ''}.`,
    invalid: (file, errors, hints) =>
      `${file}: ${plural(errors, 'error', 'errors')}${hints ? `, ${plural(hints, 'hint', 'hints')}` : ''}. The widgets do not show entries with errors.`,
    unusable: (file) => `${file}: the widgets cannot show this feed.`,
    splitFeed: (n) =>
      `${n.toLocaleString('en-GB')} offers in one file: every visit downloads and reads all of them. Split it with "bildung-feed build-index" – the offer finder then loads only a search index and the chunks it shows.`,
    staleOffer: (date) => `not updated for over 12 months (last on ${date})`,
    pastEventOpen: (date) => `the event is over (${date}) but registration is still marked open ("open")`,
    offerWithoutContact: 'no contact (neither url nor provider.url, provider.email or provider.phone)',
    eventWithoutContact: 'no contact (neither url nor organizer.url/email/phone or registration.url/email)',
  },
  import: {
    encoding: (file, encoding, separator) => `${file}: read as ${encoding}, separator "${separator}".`,
    rowSkipped: (row, reason) => `Row ${row} skipped: ${reason}`,
    cell: (row, column, message) => `Row ${row}, column "${column}": ${message}`,
    column: (column, message) => `Column "${column}": ${message}`,
    fieldDropped: 'field left out',
    objectDropped: (field) => `"${field}" left out`,
    unknownLanguage: (value) => `"${value}" is no language code (ISO 639-1) and is taken as written`,
    unknownColumn: (column) => `Column "${column}" is unknown and is not taken.`,
    duplicateColumn: (column, first, field) => `Column "${column}" means the field ${field} like "${first}"; only "${first}" is taken.`,
    missingColumn: (field, aliases) => `The column "${field}" is missing (also recognised as: ${aliases}).`,
    noHeader: (file) => `${file}: the table is empty – the first row must hold the column names.`,
    unterminatedQuote: (file, line) => `${file}: a quoted field starts in line ${line} and never ends. Nothing was written.`,
    tooManyCells: (row, n) => `Row ${row}: ${n} more cells than columns – the extra cells are ignored.`,
    notNumber: (value) => `"${value}" is not a number`,
    notInteger: (value) => `"${value}" is not a whole number`,
    notBoolean: (value) => `"${value}" is neither yes nor no (allowed: ja/nein, x, 1/0)`,
    notDate: (value) => `"${value}" is not a date (allowed: 2026-03-01 or 01.03.2026)`,
    idFromName: (n) =>
      `${plural(n, 'id was', 'ids were')} made from the name. Put fixed ids into the column "ID" so that links to offers stay valid.`,
    duplicateId: (id, firstRow) => `duplicate id "${id}" (already in row ${firstRow})`,
    noOffers: (file) => `${file}: no usable row. Nothing was written.`,
    offersDone: (used, skipped) => `${plural(used, 'offer', 'offers')} taken${skipped ? `, ${plural(skipped, 'row', 'rows')} skipped` : ''}.`,
    notCalendar: (file) => `${file}: not an iCalendar file (BEGIN:VCALENDAR is missing). Nothing was written.`,
    eventSkipped: (line, reason) => `Event in line ${line} skipped: ${reason}`,
    eventExcluded: (line, reason) => `Event in line ${line} not taken: ${reason}`,
    eventNote: (line, message) => `Event in line ${line}: ${message}`,
    noSummary: 'no title (SUMMARY)',
    noStart: 'no start (DTSTART)',
    badDate: (value) => `date "${value}" cannot be read`,
    cancelled: 'cancelled (STATUS:CANCELLED)',
    private: 'private or confidential (CLASS) – never published',
    override: 'changed occurrence of a series (RECURRENCE-ID) – only the first occurrence of a series is taken',
    recurring: 'recurring event (RRULE): only the first occurrence is taken',
    unknownZone: (tzid) => `unknown time zone "${tzid}" – read as German time`,
    endBeforeStart: 'end before start – end left out',
    noEvents: (file) => `${file}: no usable event. Nothing was written.`,
    eventsDone: (used, skipped, excluded) =>
      `${plural(used, 'event', 'events')} taken${skipped ? `, ${plural(skipped, 'event', 'events')} skipped` : ''}${
        excluded ? `, ${excluded.toLocaleString('en-GB')} left out on purpose (private, cancelled, changed occurrence)` : ''
      }.`,
    notAtlas: (file, reason) => `${file}: not a Regionalatlas / Regionalstatistik table (${reason}). Nothing was written.`,
    atlasReasons: {
      'not-genesis': 'the first line is not "GENESIS-Tabelle: …"',
      'no-header': 'no row with column names',
      'no-rows': 'no data rows "year;AGS;name;values"',
      'duplicate-period': 'a year occurs twice for one region',
    },
    badRow: (line, text) => `Line ${line} is not a data row "year;AGS;name;values" and is passed over: ${text}`,
    badCell: (line, column, value) => `Line ${line}, column "${column}": "${value}" is not a number – taken as "no value"`,
    regionMissing: (ags, file) => `The region ${ags} does not occur in ${file}. Nothing was written.`,
    compareMissing: (ags) => `The comparison region ${ags} does not occur in the table and is left out.`,
    noLicence:
      'The table has no licence footer. The notice of the Datenlizenz Deutschland – Namensnennung – 2.0 is used; please check source and year.',
    idsDuplicate: (id) => `--ids names "${id}" twice.`,
    idsCount: (given, columns) => `--ids names ${given} ids, the table has ${columns} value columns.`,
    indicatorsDone: (n, code, regions) =>
      `${plural(n, 'indicator', 'indicators')} from table ${code} for ${regions}. The licence notice is in "notes" and must be shown with the data.`,
  },
  buildIndex: {
    noOutput: 'Please name the target folder with -o FOLDER.',
    oneFile: 'build-index reads exactly one feed (combine several with merge first).',
    badChunkSize: (value) => `--chunk-size "${value}": please a whole number from 1 to 100000.`,
    unusable: (file) => `${file}: not usable. Nothing was written.`,
    alreadySplit: (file) => `${file} is split already (offerChunks). Please name the unsplit feed.`,
    notAFolder: (path) => `${path} is not a folder.`,
    done: (offers, chunks, size, largest, averageGzip, index, indexGzip, manifest) =>
      `${plural(offers, 'offer', 'offers')} in ${plural(chunks, 'chunk', 'chunks')} of ${size} (largest ${largest}, ${averageGzip} gzip on average); search index ${index} (${indexGzip} gzip). Embed: ${manifest}`,
  },
  merge: {
    problem: (file, line) => `${file}#${line}`,
    sameDuplicate: (section, id, file, first) => `${section}: id "${id}" from ${file} is already in ${first}, identical – taken once`,
    conflict: (section, id, file, first) =>
      `${section}: duplicate id "${id}" – the entry from ${file} differs from the one in ${first} and was not taken`,
    publisherDiffers: (file) => `${file} names another publisher; the first one is kept.`,
    unusable: (file) => `${file}: not usable. Nothing was written.`,
    done: (files, counts, errors) =>
      `${plural(files, 'file', 'files')} merged: ${counts}${errors ? `; ${plural(errors, 'error', 'errors')}, the entries or fields concerned are missing` : ''}.`,
  },
  internal: (message) => `Internal error: ${message}. Please report it with the command that caused it.`,
};

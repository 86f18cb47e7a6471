/** German strings of <bildung-termine> (the date and time patterns are also used by core/event-time.ts and core/ical.ts). */
export const termine = {
  /** Labels of the event categories (`category` codes; only this widget shows them). */
  categories: {
    fachtag: 'Fachtag',
    konferenz: 'Bildungskonferenz',
    netzwerktreffen: 'Netzwerktreffen',
    workshop: 'Workshop',
    informationsveranstaltung: 'Informationsveranstaltung',
  } as Record<string, string>,
  // ---- dates and times: Intl formats the day and the clock time, these put them together ----
  /** One clock time: "9:30 Uhr". */
  time: (time: string) => `${time} Uhr`,
  /** Two clock times on one day: "9:30–15:00 Uhr". */
  timeRange: (from: string, to: string) => `${from}–${to} Uhr`,
  /** A day and a time: "Donnerstag, 22. April 2027, 9:30–15:00 Uhr". */
  dateTime: (date: string, time: string) => `${date}, ${time}`,
  /** Start and end on different days: "2. Juli 2027, 9:00 Uhr – 3. Juli 2027, 16:00 Uhr". */
  range: (from: string, to: string) => `${from} – ${to}`,

  // ---- the list ----
  count: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'kommende Veranstaltung' : 'kommende Veranstaltungen'}`,
  countLimited: (shown: string, total: string) => `Die nächsten ${shown} von ${total} kommenden Veranstaltungen`,
  none: 'Derzeit sind keine Veranstaltungen geplant.',
  upcomingLabel: 'Kommende Veranstaltungen',
  showAll: (total: string) => `Alle ${total} Veranstaltungen anzeigen`,
  allEvents: 'Alle Veranstaltungen',
  pastHeading: 'Vergangene Veranstaltungen',
  /** The button that shows the past events: "Vergangene Veranstaltungen (3)". */
  pastToggle: (formatted: string) => `Vergangene Veranstaltungen (${formatted})`,
  addAllToCalendar: (formatted: string) => `Alle ${formatted} Termine in den Kalender`,
  /** File name (without .ics) of the calendar file with every upcoming event. */
  calendarFileAll: 'veranstaltungen',
  /** File name (without .ics) of one event's calendar file when its id has no usable characters. */
  calendarFileOne: 'veranstaltung',

  // ---- one event ----
  place: 'Ort',
  organizer: 'Veranstalter',
  category: 'Art',
  audience: 'Zielgruppe',
  phone: 'Telefon',
  email: 'E-Mail',
  registrationUntil: (date: string) => `Anmeldung bis ${date}`,
  registrationOpen: 'Anmeldung offen',
  deadlinePassed: 'Anmeldeschluss vorbei',
  full: 'Ausgebucht',
  closed: 'Anmeldung geschlossen',
  registerOnline: 'Zur Anmeldung',
  registerByEmail: 'per E-Mail an',
  registerOrByEmail: 'oder per E-Mail an',
  documents: 'Unterlagen',
  /** Link text of a download: "Dokumentation (PDF, 2,3 MB)". */
  document: (title: string, info: string | undefined) => (info ? `${title} (${info})` : title),
  moreInfo: 'Mehr zur Veranstaltung',
  addToCalendar: 'In den Kalender',
  /** Next to a calendar button when the file could not be made (its writer, `bildung-*.ical.js`, is missing). */
  calendarFailed: 'Die Kalenderdatei kann gerade nicht erstellt werden. Bitte versuchen Sie es später noch einmal.',

  // ---- inside the calendar file (DESCRIPTION) ----
  icalRegistration: (text: string) => `Anmeldung: ${text}`,
  icalOrganizer: (text: string) => `Veranstalter: ${text}`,
  icalMoreInfo: (url: string) => `Weitere Informationen: ${url}`,
};

/**
 * German, the default language: the strings every widget shares (states, errors, code labels,
 * formats). Each widget's own strings live beside this file (de/<widget>.ts) and are bundled
 * only with that widget. `Messages` is derived from this object, so another language must
 * translate all of it.
 */
export const de = {
  /** BCP 47 locale handed to Intl. */
  locale: 'de-DE',
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  errors: {
    http: (status: number) => `Die Daten konnten nicht geladen werden (Fehler ${status}).`,
    network: 'Die Daten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.',
    timeout: 'Der Server antwortet nicht. Die Daten konnten nicht geladen werden.',
    parse: 'Die Daten sind fehlerhaft und können nicht angezeigt werden.',
    version: (version: string) => `Dieses Datenformat (Version ${version}) wird nicht unterstützt.`,
    missingSrc: 'Es ist keine Datenquelle angegeben (Attribut „src“ fehlt).',
  },
  debug: {
    summary: (dropped: number, warnings: number) =>
      `Prüfung der Daten: ${dropped} ${dropped === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Hinweis' : 'Hinweise'}.`,
  },
  // In the order FEED.md lists the codes: the finder's filters show them in this order.
  codes: {
    area: {
      fruehkindlich: 'Frühkindliche Bildung',
      schule: 'Schule',
      ausbildung: 'Berufliche Bildung',
      hochschule: 'Hochschule',
      weiterbildung: 'Weiterbildung',
      nonformal: 'Non-formale Bildung und Freizeit',
    } as Record<string, string>,
    audience: {
      kinder: 'Kinder',
      jugendliche: 'Jugendliche',
      erwachsene: 'Erwachsene',
      senioren: 'Seniorinnen und Senioren',
      eltern: 'Eltern',
      familien: 'Familien',
      zugewanderte: 'Zugewanderte',
      fachkraefte: 'Fachkräfte',
      'menschen-mit-behinderung': 'Menschen mit Behinderung',
    } as Record<string, string>,
    mode: { praesenz: 'vor Ort', online: 'online', hybrid: 'hybrid' } as Record<string, string>,
    accessibility: {
      rollstuhlgerecht: 'rollstuhlgerecht',
      gebaerdensprache: 'mit Gebärdensprache',
      'leichte-sprache': 'in Leichter Sprache',
      induktionsschleife: 'mit Induktionsschleife',
    } as Record<string, string>,
  },
  format: {
    free: 'kostenlos',
    ageRange: (min: string, max: string) => `${min}–${max} Jahre`,
    ageFrom: (min: string) => `ab ${min} Jahren`,
    ageTo: (max: string) => `bis ${max} Jahre`,
    dateFrom: (date: string) => `ab ${date}`,
    dateTo: (date: string) => `bis ${date}`,
  },
};

export type Messages = typeof de;

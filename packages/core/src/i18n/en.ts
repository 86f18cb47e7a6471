import type { Messages } from './de.js';


/** English. Typed against the German messages, so nothing can be left untranslated. */
export const en: Messages = {
  locale: 'en-GB',
  loading: 'Loading …',
  retry: 'Try again',
  errors: {
    http: (status) => `The data could not be loaded (error ${status}).`,
    network: 'The data could not be loaded. Please check your internet connection.',
    timeout: 'The server does not respond. The data could not be loaded.',
    parse: 'The data is damaged and cannot be shown.',
    version: (version) => `This data format (version ${version}) is not supported.`,
    missingSrc: 'No data source given (the “src” attribute is missing).',
  },
  debug: {
    summary: (dropped, warnings) =>
      `Data check: ${dropped} ${dropped === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  },
  codes: {
    area: {
      fruehkindlich: 'Early childhood education',
      schule: 'School',
      ausbildung: 'Vocational education',
      hochschule: 'Higher education',
      weiterbildung: 'Further education',
      nonformal: 'Non-formal education and leisure',
    },
    audience: {
      kinder: 'Children',
      jugendliche: 'Young people',
      erwachsene: 'Adults',
      senioren: 'Older people',
      eltern: 'Parents',
      familien: 'Families',
      zugewanderte: 'Immigrants',
      fachkraefte: 'Professionals',
      'menschen-mit-behinderung': 'People with disabilities',
    },
    mode: { praesenz: 'in person', online: 'online', hybrid: 'hybrid' },
    accessibility: {
      rollstuhlgerecht: 'wheelchair accessible',
      gebaerdensprache: 'with sign language',
      'leichte-sprache': 'in easy-to-read language',
      induktionsschleife: 'with induction loop',
    },
  },
  format: {
    free: 'free of charge',
    ageRange: (min, max) => `${min}–${max} years`,
    ageFrom: (min) => `from ${min} years`,
    ageTo: (max) => `up to ${max} years`,
    dateFrom: (date) => `from ${date}`,
    dateTo: (date) => `until ${date}`,
  },
};

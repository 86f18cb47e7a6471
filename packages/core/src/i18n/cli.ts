import { defineCatalog } from './i18n.js';
import { cli as de } from './de/cli.js';
import { cli as en } from './en/cli.js';

/** The strings of the command line tool `bildung-feed`, by language; only the CLI bundle carries them. */
export const cliMessages = /* @__PURE__ */ defineCatalog('cli', de, en);
export type CliMessages = typeof de;

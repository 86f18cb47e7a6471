import type { CliMessages } from '../../core/src/i18n/cli.js';

/** Exit codes of every command (documented in the help and the README). */
export const EXIT = {
  /** Done; nothing was lost (there may be hints). */
  ok: 0,
  /** Bad data: the input is unusable (nothing written) or entries/rows were left out (written without them). */
  data: 1,
  /** Wrong call: unknown command or option, missing argument. */
  usage: 2,
} as const;

/** What a command needs from the outside world; `main` builds it, tests of the modules could fake it. */
export interface Context {
  lang: string;
  m: CliMessages;
  /** "Now" (BILDUNG_FEED_NOW overrides it, for reproducible tests). */
  now: Date;
  /** Writes the command's result (a feed, the problem list). */
  out(text: string): void;
  /** Writes one line of messages for people (summary, skipped rows, hints). */
  err(line: string): void;
}

/** A failure with a message for people, already in their language. Never shown with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.data,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A wrong call; `help` names the command whose `--help` explains it. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly help: string = '',
  ) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/**
 * `bildung-feed`: the command line tool for the feed of bildung-widgets (see `--help`).
 * Bundled by scripts/build-cli.mjs into dist/cli/bildung-feed.mjs (node built-ins only).
 *
 * Every failure ends with a message for people and a documented exit code (context.ts), never
 * with a stack trace: BILDUNG_FEED_DEBUG=1 adds the stack of an internal error for bug reports.
 * BILDUNG_FEED_NOW (an ISO date-time) fixes "now" for reproducible tests.
 */
import { localize, registerLocale, resolveLang } from '../../core/src/i18n/i18n.js';
import { en } from '../../core/src/i18n/en.js';
import { cliMessages } from '../../core/src/i18n/cli.js';
import { clock } from '../../core/src/clock.js';
import { ArgsError, type UsageProblem } from './args.js';
import { CliError, EXIT, UsageError, type Context } from './context.js';
import { runValidate } from './commands/validate.js';
import { runImportOffers } from './commands/import-offers.js';
import { runImportEvents } from './commands/import-events.js';
import { runImportIndicators } from './commands/import-indicators.js';
import { runMerge } from './commands/merge.js';
import { runBuildIndex } from './commands/build-index.js';

declare const __VERSION__: string;

// The widgets load their English on first use; the command line needs it at once (--lang en, and
// English code labels in a prebuilt index).
registerLocale('en', en);

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

/** `--lang X` / `--lang=X` taken out of argv (it may stand anywhere), and its value. */
function takeLang(argv: string[]): { rest: string[]; lang: string | undefined; missing: boolean } {
  const rest: string[] = [];
  let lang: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      lang = argv[i + 1];
      if (lang === undefined) missing = true;
      i++;
    } else if (arg.startsWith('--lang=')) lang = arg.slice(7);
    else rest.push(arg);
  }
  return { rest, lang, missing };
}

const wantsHelp = (argv: string[]) => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '-h' || a === '--help');
};

export function main(argv: string[], io: Io): number {
  const { rest, lang: requested, missing } = takeLang(argv);
  const lang = requested && resolveLang(requested) === 'en' ? 'en' : 'de';
  const m = localize(cliMessages, lang);
  const fixedNow = io.env.BILDUNG_FEED_NOW ? new Date(io.env.BILDUNG_FEED_NOW) : undefined;
  const now = fixedNow && !Number.isNaN(fixedNow.getTime()) ? fixedNow : new Date();
  clock.now = () => now;
  const ctx: Context = {
    lang,
    m,
    now,
    out: (text) => io.stdout(text),
    err: (line) => io.stderr(`${line}\n`),
  };

  let topic = '';
  try {
    if (missing) throw new UsageError(m.usage.missingValue('--lang'));
    if (requested !== undefined && !/^(de|en)(-[a-z0-9-]+)?$/i.test(requested)) throw new UsageError(m.usage.badLang(requested));
    const [command, ...args] = rest;
    if (command === undefined) {
      io.stderr(`${m.help.main}\n`);
      return EXIT.usage;
    }
    if (command === '-h' || command === '--help' || command === 'help') return help(args.length ? args : [], ctx);
    if (command === '-V' || command === '--version') {
      ctx.out(`${__VERSION__}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'validate':
        topic = 'validate';
        if (wantsHelp(args)) return help(['validate'], ctx);
        return runValidate(args, ctx);
      case 'merge':
        topic = 'merge';
        if (wantsHelp(args)) return help(['merge'], ctx);
        return runMerge(args, ctx);
      case 'build-index':
        topic = 'build-index';
        if (wantsHelp(args)) return help(['build-index'], ctx);
        return runBuildIndex(args, ctx);
      case 'import': {
        topic = 'import';
        const [kind, ...importArgs] = args;
        if (kind === undefined || kind.startsWith('-')) {
          if (wantsHelp(args)) return help(['import'], ctx);
          throw new UsageError(m.usage.noImportKind, 'import');
        }
        const run = { offers: runImportOffers, events: runImportEvents, indicators: runImportIndicators }[kind];
        if (!run) throw new UsageError(m.usage.unknownImport(kind), 'import');
        topic = `import ${kind}`;
        if (wantsHelp(importArgs)) return help(['import', kind], ctx);
        return run(importArgs, ctx);
      }
      default:
        throw new UsageError(m.usage.unknownCommand(command), '');
    }
  } catch (error) {
    return report(error, ctx, io, topic);
  }
}

function help(topic: string[], ctx: Context): number {
  const h = ctx.m.help;
  const key = topic.join(' ');
  const text =
    {
      validate: h.validate,
      merge: h.merge,
      'build-index': h.buildIndex,
      import: h.import,
      'import offers': h.importOffers,
      'import events': h.importEvents,
      'import indicators': h.importIndicators,
    }[key] ?? h.main;
  ctx.out(`${text}\n`);
  return EXIT.ok;
}

function usageMessage(problem: UsageProblem, ctx: Context): string {
  const u = ctx.m.usage;
  if (problem.kind === 'unknown-option') return u.unknownOption(problem.option);
  if (problem.kind === 'missing-value') return u.missingValue(problem.option);
  return u.unexpectedValue(problem.option);
}

function report(error: unknown, ctx: Context, io: Io, topic: string): number {
  if (error instanceof ArgsError) error = new UsageError(usageMessage(error.problem, ctx), topic);
  if (error instanceof UsageError) {
    ctx.err(`bildung-feed: ${error.message}`);
    ctx.err(ctx.m.usage.seeHelp(error.help || topic));
    return EXIT.usage;
  }
  if (error instanceof CliError) {
    ctx.err(error.message);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.err(ctx.m.internal(message));
  if (io.env.BILDUNG_FEED_DEBUG && error instanceof Error && error.stack) ctx.err(error.stack);
  return EXIT.data;
}

// ---- when run as the bin
const isBin = typeof process !== 'undefined' && process.argv[1] !== undefined && !process.env.BILDUNG_FEED_NO_MAIN;
if (isBin) {
  const argv = process.argv.slice(2);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `bildung-feed … | head`: the reader went away; nothing left to say.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.on('uncaughtException', (error) => {
    process.stderr.write(`${localize(cliMessages, 'de').internal(error?.message ?? String(error))}\n`);
    process.exit(EXIT.data);
  });
  process.exitCode = main(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
  });
}

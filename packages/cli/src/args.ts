/**
 * A small, strict argument parser: `--name value`, `--name=value`, `-o value`, boolean flags,
 * `--` ends the options, a lone `-` is a positional (standard input). Anything it does not know
 * is a usage error (exit code 2), never a guess.
 */

export interface OptionSpec {
  /** Long name without dashes, e.g. `output`. */
  name: string;
  /** One-letter short name, e.g. `o`. */
  short?: string;
  /** Takes a value (`--region 03351`); else a flag. */
  value?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

export type UsageProblem =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'unexpected-value'; option: string };

export class ArgsError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(`${problem.kind}: ${problem.option}`);
    this.name = 'ArgsError';
  }
}

/** Understood by every command (main answers `--help` before a command runs). */
const ALWAYS: OptionSpec[] = [{ name: 'help', short: 'h' }];

export function parseArgs(argv: readonly string[], commandSpecs: readonly OptionSpec[]): ParsedArgs {
  const specs = [...ALWAYS, ...commandSpecs];
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
      spec = byLong.get(name);
    } else if (arg.length === 2) {
      spec = byShort.get(arg[1]!);
    }
    const shown = inline === undefined ? arg : arg.slice(0, arg.indexOf('='));
    if (!spec) throw new ArgsError({ kind: 'unknown-option', option: shown });
    if (!spec.value) {
      if (inline !== undefined) throw new ArgsError({ kind: 'unexpected-value', option: shown });
      options[spec.name] = true;
      continue;
    }
    if (inline !== undefined) {
      options[spec.name] = inline;
      continue;
    }
    const next = argv[i + 1];
    // A value may be empty (`--compare ""`) but is never the next option.
    if (next === undefined || (next.startsWith('-') && next !== '-' && next.length > 1 && !/^-\d/.test(next))) {
      throw new ArgsError({ kind: 'missing-value', option: shown });
    }
    options[spec.name] = next;
    i++;
  }
  return { positionals, options };
}

/** The value of `--lang` anywhere in argv (also before the command), so even usage errors are localised. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice(7);
  }
  return undefined;
}

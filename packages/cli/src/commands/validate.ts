import { validateFeed, type Problem } from '../../../core/src/feed/validate.js';
import { formatProblem } from '../../../core/src/feed/problems.js';
import type { Feed } from '../../../core/src/feed/feed.types.js';
import { parseArgs } from '../args.js';
import { CliError, EXIT, UsageError, type Context } from '../context.js';
import { readJson } from '../files.js';
import { editorialHints } from '../lint.js';

/** One line of the report: where, how bad, what. */
export interface ReportLine {
  pointer: string;
  hint: boolean;
  text: string;
}

/**
 * Checks one parsed document: the widgets' validator (errors and unknown codes) plus the
 * editorial hints. Lines come in document order.
 */
export function checkDocument(doc: unknown, ctx: Context): { feed: Feed | null; lines: ReportLine[]; errors: number; hints: number } {
  const { feed, problems } = validateFeed(doc);
  const lines: ReportLine[] = problems.map((p) => ({ pointer: p.pointer || '/', hint: p.severity === 'warning', text: problemText(p, ctx.lang) }));
  for (const h of editorialHints(doc, problems, ctx.now, ctx.m.validate)) lines.push({ pointer: h.pointer, hint: true, text: h.message });
  sortByPointer(lines);
  const errors = lines.filter((l) => !l.hint).length;
  return { feed, lines, errors, hints: lines.length - errors };
}

/** The message of a problem without its pointer ("Text erwartet, Zahl gefunden"). */
export function problemText(p: Problem, lang: string): string {
  return formatProblem(p, lang).slice((p.pointer || '/').length + 2);
}

/** `/offers/4/name: Hinweis: …` */
export function formatLine(line: ReportLine, ctx: Context, prefix = ''): string {
  return `${prefix}${line.pointer}: ${line.hint ? `${ctx.m.validate.hint}: ` : ''}${line.text}`;
}

const SECTIONS = ['', 'version', 'updated', 'publisher', 'offers', 'events', 'indicators', 'reports'];

/**
 * Document order by section and entry index (`/offers/2/…` before `/offers/10/…`); lines of one
 * entry keep their order (the validator's, then the hints).
 */
export function sortByPointer<T extends { pointer: string }>(lines: T[]): T[] {
  const key = (p: string): [number, number] => {
    const [, section = '', index] = p.split('/');
    const s = SECTIONS.indexOf(section);
    return [s < 0 ? SECTIONS.length : s, index !== undefined && /^\d+$/.test(index) ? Number(index) : -1];
  };
  return lines.sort((a, b) => {
    const [sa, ia] = key(a.pointer);
    const [sb, ib] = key(b.pointer);
    return sa - sb || ia - ib;
  });
}

export function runValidate(argv: string[], ctx: Context): number {
  const { positionals } = parseArgs(argv, []);
  if (!positionals.length) throw new UsageError(ctx.m.usage.noFile, 'validate');
  let failed = false;
  for (const file of positionals) {
    const name = file === '-' ? 'stdin' : file;
    let doc: unknown;
    try {
      doc = readJson(ctx, file);
    } catch (error) {
      if (!(error instanceof CliError) || error.exitCode !== EXIT.data) throw error;
      ctx.err(error.message);
      failed = true;
      continue;
    }
    const { feed, lines, errors, hints } = checkDocument(doc, ctx);
    const prefix = positionals.length > 1 ? `${name}#` : '';
    ctx.out(lines.map((l) => `${formatLine(l, ctx, prefix)}\n`).join(''));
    if (!feed) {
      ctx.err(ctx.m.validate.unusable(name));
      failed = true;
    } else if (errors) {
      ctx.err(ctx.m.validate.invalid(name, errors, hints));
      failed = true;
    } else {
      const counts = ctx.m.validate.counts(feed.offers?.length ?? 0, feed.events?.length ?? 0, feed.indicators?.length ?? 0, feed.reports?.length ?? 0);
      ctx.err(ctx.m.validate.valid(name, counts, hints));
    }
  }
  return failed ? EXIT.data : EXIT.ok;
}

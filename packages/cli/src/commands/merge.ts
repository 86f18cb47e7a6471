import { validateFeed } from '../../../core/src/feed/validate.js';
import type { Feed } from '../../../core/src/feed/feed.types.js';
import { CliError, EXIT, UsageError, type Context } from '../context.js';
import { feedJson, readJson, writeOutput } from '../files.js';
import { feedHead, optionString, parseCommandArgs } from '../feed-doc.js';
import { checkDocument, formatLine } from './validate.js';

const SECTIONS = ['offers', 'events', 'indicators', 'reports'] as const;
type Section = (typeof SECTIONS)[number];
type Entry = { id: string };

/** Key order does not make two entries different. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function runMerge(argv: string[], ctx: Context): number {
  const { positionals, options } = parseCommandArgs(argv);
  if (!positionals.length) throw new UsageError(ctx.m.usage.noFile, 'merge');
  const m = ctx.m.merge;

  // Read and check every file before anything is written.
  const inputs: { file: string; feed: Feed }[] = [];
  let dropped = 0;
  for (const file of positionals) {
    const doc = readJson(ctx, file);
    const { feed, lines, errors } = checkDocument(doc, ctx);
    for (const line of lines) ctx.err(formatLine(line, ctx, `${file}#`));
    if (!feed) throw new CliError(m.unusable(file));
    dropped += errors;
    inputs.push({ file, feed });
  }

  const head = feedHead(options, ctx.now);
  // "updated": the newest of the inputs (when they say), else now.
  const stamps = inputs.map((i) => i.feed.updated).filter((u): u is string => typeof u === 'string');
  if (stamps.length) head.updated = stamps.reduce((a, b) => (new Date(b).getTime() > new Date(a).getTime() ? b : a));
  if (!head.publisher) {
    const first = inputs.find((i) => i.feed.publisher);
    if (first) {
      head.publisher = first.feed.publisher;
      for (const other of inputs) {
        if (other.feed.publisher && canonical(other.feed.publisher) !== canonical(first.feed.publisher)) ctx.err(`${ctx.m.validate.hint}: ${m.publisherDiffers(other.file)}`);
      }
    }
  }

  const merged: Feed = head;
  let conflicts = 0;
  for (const section of SECTIONS) {
    const seen = new Map<string, { file: string; key: string }>();
    const out: Entry[] = [];
    for (const { file, feed } of inputs) {
      const entries = (feed[section] ?? []) as Entry[];
      entries.forEach((entry) => {
        const key = canonical(entry);
        const first = seen.get(entry.id);
        if (!first) {
          seen.set(entry.id, { file, key });
          out.push(entry);
        } else if (first.key === key) {
          ctx.err(`${ctx.m.validate.hint}: ${m.sameDuplicate(section, entry.id, file, first.file)}`);
        } else {
          conflicts++;
          ctx.err(m.conflict(section, entry.id, file, first.file));
        }
      });
    }
    if (out.length) (merged as Record<Section, Entry[]>)[section] = out;
  }

  const { feed: clean, problems } = validateFeed(merged);
  if (!clean || problems.some((p) => p.severity === 'error')) throw new Error(`merged feed does not validate: ${problems[0]?.pointer ?? '/'}`);
  writeOutput(ctx, optionString(options.output), feedJson(clean));
  const counts = ctx.m.validate.counts(clean.offers?.length ?? 0, clean.events?.length ?? 0, clean.indicators?.length ?? 0, clean.reports?.length ?? 0);
  ctx.err(m.done(inputs.length, counts, dropped + conflicts));
  return dropped + conflicts ? EXIT.data : EXIT.ok;
}

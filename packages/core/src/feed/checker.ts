// Checking a big feed entry group by entry group, and a split feed's chunks: loaded on demand,
// with the big-feed parser and the split-feed code (`bildung-*.split.js` next to an editor
// bundle), so a district's feed never downloads it. It imports nothing from the main file at run
// time; what it needs from validate.ts comes in as `Checking` (`checking` there).
import type { Checking, Problem, SchemaNode, ValidationResult } from './validate.js';

type Check = ReturnType<ReturnType<Checking['compiledFor']>['build']>;

/** A section's entries checked so far. */
interface CheckedSection {
  check: Check;
  uniqueKey?: string;
  seen?: Set<unknown>;
  /** The entries kept, in order: the list the feed will hold. */
  kept: unknown[];
  /** Entries looked at. */
  count: number;
}

/**
 * Checks a feed's entries group by group, as they come (from a feed still downloading, see
 * `JsonFeedParser`), then the rest of the feed (`finish`): the same result and problems as
 * `validateFeed`, with most of the work done before the last byte. `onChecked` hears of the
 * entries kept from each group (`kept` is the section's list so far, `from` where the new ones
 * start), so a widget can index them meanwhile; the final feed holds that very list.
 */
export class FeedChecker {
  private readonly ctx: InstanceType<Checking['Context']>;
  private readonly sections = new Map<string, CheckedSection>();
  /** A section written twice, or entries out of order: the result is left to `validateFeed`. */
  private confused = false;

  constructor(
    private readonly onChecked: ((section: string, kept: readonly unknown[], from: number) => void) | undefined,
    private readonly deps: Checking,
    private readonly schema: SchemaNode = deps.feedSchema,
  ) {
    this.ctx = new deps.Context();
  }

  /** Checks `entries`, the entries of `section` from position `from` on. */
  entries(section: string, entries: readonly unknown[], from: number): void {
    const node = this.schema.properties?.[section];
    if (this.confused || node?.type !== 'array') return;
    let checked = this.sections.get(section);
    if (!checked) {
      const uniqueKey = node['x-unique'];
      checked = { check: this.deps.compiledFor(this.schema).build(node.items!), uniqueKey, seen: uniqueKey ? new Set() : undefined, kept: [], count: 0 };
      this.sections.set(section, checked);
    }
    // (JSON.parse keeps the last of a key written twice.)
    if (from !== checked.count) {
      this.confused = true;
      return;
    }
    const ctx = this.ctx;
    const before = checked.kept.length;
    ctx.path.push(section);
    for (let i = 0; i < entries.length; i++) {
      ctx.path.push(from + i);
      const clean = checked.check(entries[i], ctx);
      if (this.deps.keepEntry(clean, checked.uniqueKey, checked.seen, ctx)) checked.kept.push(clean);
      ctx.path.pop();
    }
    ctx.path.pop();
    checked.count += entries.length;
    if (checked.kept.length > before) this.onChecked?.(section, checked.kept, before);
  }

  /**
   * The result for the whole document, whose sections' entries have all been through `entries`;
   * `undefined` when they have not (the caller then validates the document as a whole).
   */
  finish(doc: unknown): ValidationResult | undefined {
    const record = this.deps.jsonType(doc) === 'object' ? (doc as Record<string, unknown>) : undefined;
    if (this.confused || !record) return undefined;
    for (const key of this.deps.sectionsOf(this.schema)) {
      const entries = record[key];
      if ((this.sections.get(key)?.count ?? 0) !== (Array.isArray(entries) ? entries.length : 0)) return undefined;
    }
    // Everything but the entries (version, publisher, wrong section types) …
    const head: Record<string, unknown> = { ...record };
    for (const key of this.sections.keys()) head[key] = [];
    const result = this.deps.validateFeed(head, this.schema);
    if (!result.feed) return result;
    // … and the entries as checked.
    for (const [key, { kept }] of this.sections) (result.feed as unknown as Record<string, unknown>)[key] = kept;
    result.problems.push(...this.ctx.problems);
    return result;
  }
}

/** `validateFeedInSlices` of validate.ts for a document with many entries in its sections `lists`. */
export async function checkInSlices(doc: Record<string, unknown>, lists: string[], sliceMs: number, schema: SchemaNode, deps: Checking): Promise<ValidationResult> {
  const checker = new FeedChecker(undefined, deps, schema);
  const turn = deps.slicer(sliceMs);
  for (const key of lists) {
    const entries = doc[key] as unknown[];
    for (let from = 0; from < entries.length; from += 64) {
      checker.entries(key, entries.slice(from, from + 64), from);
      await turn();
    }
  }
  return checker.finish(doc)!;
}

/**
 * Checks entries of one section (the offers of a chunk of a split feed) one by one and keeps
 * their positions: a dropped entry is `undefined` in its place. Problems point to `/section/i/…`.
 */
export function checkEntries(section: string, entries: readonly unknown[], deps: Checking, schema: SchemaNode = deps.feedSchema): { entries: unknown[]; problems: Problem[] } {
  const check = deps.compiledFor(schema).build(schema.properties![section]!.items!);
  const ctx = new deps.Context();
  ctx.path.push(section);
  const out = entries.map((entry, i) => {
    ctx.path.push(i);
    const clean = check(entry, ctx);
    ctx.path.pop();
    return clean;
  });
  return { entries: out, problems: ctx.problems };
}

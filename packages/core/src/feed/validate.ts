import schemaJson from './feed.schema.json' with { type: 'json' };
import type { Feed } from './feed.types.js';
import { isSafeUrl } from '../url.js';
import { slicer } from '../scheduling.js';

/**
 * The subset of JSON Schema that feed.schema.json uses. The validator interprets the schema
 * itself, so the schema stays the one source of truth for what a feed may hold.
 */
export interface SchemaNode {
  $ref?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  'x-codes'?: string[];
  'x-unique'?: string;
  $defs?: Record<string, SchemaNode>;
}
type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export const feedSchema = schemaJson as unknown as SchemaNode;

/** Why a value was dropped, or (severity `warning`) kept but worth a look. */
export type ProblemCode =
  | 'type'
  | 'required'
  | 'min-items'
  | 'empty'
  | 'range'
  | 'format'
  | 'unsafe-url'
  | 'duplicate'
  | 'unknown-code'
  | 'too-long'
  | 'markup'
  | 'version';

export interface Problem {
  /** JSON pointer of the offending value, e.g. `/offers/4/name`. */
  pointer: string;
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** Expected type or format, where there is one. */
  expected?: string;
  /** The JSON type found, or the offending code / id. */
  actual?: string;
}

export interface ValidationResult {
  /** The cleaned feed: only known fields, only valid values. `null` when the document is unusable. */
  feed: Feed | null;
  problems: Problem[];
}

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return t as JsonType;
}

/** `YYYY-MM-DD` that names a real calendar day (no 31 February). */
export function isIsoDate(value: string): boolean {
  // Read digit by digit: a feed has a date or two per entry, and this runs for each of them.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  // (Years before 100 are typos in a feed, not dates.)
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the month's last day: the calendar knows leap years (asked only
  // past the 28th, which every month has).
  return d < 29 || d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The number written by the ASCII digits `value[from, to)`, or -1. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DDThh:mm(:ss)?(Z|±hh:mm)` with a real day and time. */
export function isIsoDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!m || !isIsoDate(m[1]!)) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}

const formats: Record<string, (v: string) => boolean> = {
  date: isIsoDate,
  'date-time': isIsoDateTime,
  'date-or-date-time': (v) => isIsoDate(v) || isIsoDateTime(v),
  uri: isSafeUrl,
};

type Check = (value: unknown, ctx: Context) => unknown;

/** Whether a checked array entry stays: not dropped, and not a repeat of an earlier `uniqueKey`. */
export function keepEntry(clean: unknown, uniqueKey: string | undefined, seen: Set<unknown> | undefined, ctx: Context): boolean {
  if (clean === undefined) return false;
  if (uniqueKey) {
    const key = (clean as Record<string, unknown>)[uniqueKey];
    if (seen!.has(key)) {
      ctx.report('duplicate', { actual: String(key) }, uniqueKey);
      return false;
    }
    seen!.add(key);
  }
  return true;
}

/** Longest text a widget shows; longer free text is cut and reported. */
export const MAX_TEXT = 50_000;

/** Tags, comments, script URLs and event handlers: HTML that widgets show as plain text. */
const MARKUP = /<\/?[a-z][^>]*>|<!--|javascript\s*:|\bon[a-z]+\s*=/i;

/** Problems found so far and the path to the value being checked (a pointer is built only for a problem). */
export class Context {
  readonly problems: Problem[] = [];
  readonly path: (string | number)[] = [];

  report(code: ProblemCode, extra: Partial<Problem> = {}, ...tail: (string | number)[]) {
    const pointer = [...this.path, ...tail].map((part) => `/${escapePointer(String(part))}`).join('');
    this.problems.push({ pointer, code, severity: ['unknown-code', 'too-long', 'markup'].includes(code) ? 'warning' : 'error', ...extra });
  }
}

/**
 * Turns the schema into one checking function per node, once: a feed of 10,000 offers is then
 * checked without looking anything up in the schema again. Each check returns the cleaned
 * value, or `undefined` when the value must be dropped (already reported).
 */
function compile(root: SchemaNode): { check: Check; build: (node: SchemaNode) => Check } {
  const byRef = new Map<string, Check>();

  const build = (schemaNode: SchemaNode): Check => {
    if (schemaNode.$ref) {
      const ref = schemaNode.$ref;
      // Late binding: a definition may refer to itself.
      let check: Check | undefined;
      return (value, ctx) => {
        if (!check) {
          check = byRef.get(ref);
          if (!check) byRef.set(ref, (check = build(root.$defs![ref.replace('#/$defs/', '')]!)));
        }
        return check(value, ctx);
      };
    }
    // Everything read from the schema node is read here, once: schema nodes come in many
    // shapes, and reading one per value would be slow.
    const node = schemaNode;
    const types = [node.type ?? []].flat();
    const expected = types.join(' or ');
    // The JSON types a value may have (an integer is a number too); `undefined`: any.
    const accepted = types.length ? new Set<JsonType>(types.includes('number') ? [...types, 'integer'] : types) : undefined;
    const constant = node.const;
    const string = compileString(node);
    const number = compileNumber(node);
    const array = types.includes('array') ? compileArray(node) : undefined;
    const object = types.includes('object') ? compileObject(node) : undefined;
    return (value, ctx) => {
      if (accepted && !accepted.has(jsonType(value))) {
        ctx.report('type', { expected, actual: jsonType(value) });
        return undefined;
      }
      if (constant !== undefined && value !== constant) {
        ctx.report('version', { expected: String(constant), actual: String(value) });
        return undefined;
      }
      if (typeof value === 'string') return string(value, ctx);
      if (typeof value === 'number') return number(value, ctx);
      if (Array.isArray(value)) return array ? array(value, ctx) : value;
      if (value !== null && typeof value === 'object') return object ? object(value as Record<string, unknown>, ctx) : undefined;
      return value;
    };
  };

  const compileString = (node: SchemaNode) => {
    const pattern = node.pattern ? new RegExp(node.pattern, 'u') : undefined;
    const format = node.format ? formats[node.format] : undefined;
    const failure: ProblemCode = node.format === 'uri' ? 'unsafe-url' : 'format';
    const codes = node['x-codes'] ? new Set(node['x-codes']) : undefined;
    const plainText = !pattern && !format && !codes;
    const { minLength } = node;
    return (value: string, ctx: Context) => {
      if (value.length > MAX_TEXT) {
        // Laying out megabytes of text would freeze the page: free text is cut (a warning),
        // anything else of that length is nonsense and dropped.
        ctx.report('too-long', { actual: String(value.length), severity: plainText ? 'warning' : 'error' });
        if (!plainText) return undefined;
        value = `${value.slice(0, MAX_TEXT)} …`;
      }
      if (minLength !== undefined && value.trim().length < minLength) {
        ctx.report('empty');
        return undefined;
      }
      if ((pattern && !pattern.test(value)) || (format && !format(value))) {
        ctx.report(failure, { expected: node.format });
        return undefined;
      }
      if (codes && !codes.has(value)) ctx.report('unknown-code', { actual: value });
      // Shown as text anyway; an editor should still hear that HTML was pasted into the feed.
      else if (plainText && MARKUP.test(value)) ctx.report('markup');
      return value;
    };
  };

  const compileNumber = ({ minimum, maximum }: SchemaNode) => (value: number, ctx: Context) => {
    if (value < minimum! || value > maximum!) {
      ctx.report('range', { actual: String(value) });
      return undefined;
    }
    return value;
  };

  const compileArray = (node: SchemaNode) => {
    const item = node.items ? build(node.items) : undefined;
    const { minItems, 'x-unique': uniqueKey } = node;
    return (value: unknown[], ctx: Context) => {
      // Copied from the first entry dropped or changed on: a clean array is kept as it is (no garbage).
      let out: unknown[] | undefined;
      const seen = uniqueKey ? new Set<unknown>() : undefined;
      for (let i = 0; i < value.length; i++) {
        ctx.path.push(i);
        const clean = item ? item(value[i], ctx) : value[i];
        const keep = keepEntry(clean, uniqueKey, seen, ctx);
        if (!out && (!keep || clean !== value[i])) out = value.slice(0, i);
        if (keep) out?.push(clean);
        ctx.path.pop();
      }
      if ((out ?? value).length < minItems!) {
        ctx.report('min-items', { expected: String(minItems) });
        return undefined;
      }
      return out ?? value;
    };
  };

  const compileObject = (node: SchemaNode) => {
    const required = node.required ?? [];
    // `inherited`: a key that plain objects have anyway (`constructor`), read only when own.
    const properties = Object.entries(node.properties ?? {}).map(([key, child]) => ({ key, check: build(child), required: required.includes(key), inherited: key in {} }));
    return (value: Record<string, unknown>, ctx: Context) => {
      // Only known fields reach a widget (never an unknown key, `__proto__` included): an object
      // with unknown keys or a changed value is copied; a clean one is kept as it is, so a clean
      // feed of 10,000 offers is checked without copying it.
      let out: Record<string, unknown> | undefined;
      let ok = true;
      for (const key of required) {
        if (!Object.hasOwn(value, key) || value[key] === undefined) {
          ctx.report('required', {}, key);
          ok = false;
        }
      }
      let kept = 0;
      for (let i = 0; i < properties.length; i++) {
        const property = properties[i]!;
        const original = value[property.key];
        if ((original === undefined || property.inherited) && !Object.hasOwn(value, property.key)) continue;
        ctx.path.push(property.key);
        const clean = property.check(original, ctx);
        ctx.path.pop();
        if (clean === undefined) {
          if (property.required) ok = false;
          out ??= copyKnown(value, properties, i);
          continue;
        }
        kept++;
        if (clean !== original) out ??= copyKnown(value, properties, i);
        if (out) out[property.key] = clean;
      }
      if (!ok) return undefined;
      if (out) return out;
      // (A parsed object has no inherited enumerable keys: `for in` counts exactly its own.)
      let keys = 0;
      for (const _ in value) keys++;
      return keys === kept ? value : copyKnown(value, properties, properties.length);
    };
  };

  return { check: build(root), build };
}

/** A fresh object with the own keys of `value` among the first `end` known properties. */
function copyKnown(value: Record<string, unknown>, properties: readonly { key: string }[], end: number): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (let j = 0; j < end; j++) {
    const key = properties[j]!.key;
    if (Object.hasOwn(value, key)) copy[key] = value[key];
  }
  return copy;
}

const compiled = new WeakMap<SchemaNode, ReturnType<typeof compile>>();

function compiledFor(schema: SchemaNode) {
  let c = compiled.get(schema);
  if (!c) compiled.set(schema, (c = compile(schema)));
  return c;
}

/** Feeds with more entries than this are checked in slices (see `validateFeedInSlices`). */
export const SLICED_VALIDATION_FROM = 5_000;

/** The feed's sections: its top-level lists of entries (`offers`, `events` …). */
function sectionsOf(schema: SchemaNode): string[] {
  return Object.keys(schema.properties ?? {}).filter((key) => schema.properties![key]!.type === 'array');
}

/**
 * What checker.ts uses from here: it is loaded on demand, with the big-feed parser
 * (`bildung-*.split.js` next to an editor bundle), and imports nothing from the main file.
 */
export const checking = { Context, compiledFor, keepEntry, validateFeed, sectionsOf, jsonType, feedSchema, slicer };
export type Checking = typeof checking;

/**
 * `validateFeed` for big feeds: the same checks and problems, but the entries of each section are
 * checked a slice at a time, with a turn for the browser after every `sliceMs`, so that a feed of
 * 100,000 offers never blocks the page for long (by checker.ts; without that file in one go).
 */
export async function validateFeedInSlices(doc: unknown, sliceMs = 25, schema: SchemaNode = feedSchema): Promise<ValidationResult> {
  const record = jsonType(doc) === 'object' ? (doc as Record<string, unknown>) : undefined;
  const lists = record ? sectionsOf(schema).filter((key) => Array.isArray(record[key])) : [];
  if (lists.reduce((n, key) => n + (record![key] as unknown[]).length, 0) < SLICED_VALIDATION_FROM) return validateFeed(doc, schema);
  const checker = await import('./checker.js').catch(() => undefined);
  return checker ? checker.checkInSlices(record!, lists, sliceMs, schema, checking) : validateFeed(doc, schema);
}

function escapePointer(key: string) {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Validates a parsed feed against feed.schema.json. Bad entries and fields are dropped and
 * reported; the rest is returned. Only a document that is not an object or not version 1
 * yields `feed: null`.
 */
export function validateFeed(doc: unknown, schema: SchemaNode = feedSchema): ValidationResult {
  const { check } = compiledFor(schema);
  const ctx = new Context();
  let feed: Feed | null = null;
  // Not an object: the check names what it is instead.
  if (jsonType(doc) !== 'object') check(doc, ctx);
  else if ((doc as Feed).version !== 1) ctx.report('version', { expected: '1', actual: String((doc as Feed).version) }, 'version');
  else feed = check(doc, ctx) as Feed;
  return { feed, problems: ctx.problems };
}

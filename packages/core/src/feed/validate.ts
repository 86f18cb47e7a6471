import schemaJson from './feed.schema.json' with { type: 'json' };
import type { Feed } from './feed.types.js';
import { isSafeUrl } from '../url.js';

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

function typeMatches(value: unknown, type: JsonType): boolean {
  const actual = jsonType(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** `YYYY-MM-DD` that names a real calendar day (no 31 February). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
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

class Validator {
  readonly problems: Problem[] = [];
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: SchemaNode) {}

  private resolve(node: SchemaNode): SchemaNode {
    while (node.$ref) {
      const name = node.$ref.replace('#/$defs/', '');
      node = this.root.$defs![name]!;
    }
    return node;
  }

  private report(pointer: string, code: ProblemCode, extra: Partial<Problem> = {}) {
    this.problems.push({ pointer, code, severity: code === 'unknown-code' ? 'warning' : 'error', ...extra });
  }

  /** Returns the cleaned value, or `undefined` when the value must be dropped (already reported). */
  check(value: unknown, schemaNode: SchemaNode, pointer: string): unknown {
    const node = this.resolve(schemaNode);
    const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
    if (types.length && !types.some((t) => typeMatches(value, t))) {
      this.report(pointer, 'type', { expected: types.join(' or '), actual: jsonType(value) });
      return undefined;
    }
    if (node.const !== undefined && value !== node.const) {
      this.report(pointer, 'version', { expected: String(node.const), actual: String(value) });
      return undefined;
    }
    if (typeof value === 'string') return this.checkString(value, node, pointer);
    if (typeof value === 'number') {
      if ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum)) {
        this.report(pointer, 'range', { actual: String(value) });
        return undefined;
      }
      return value;
    }
    if (Array.isArray(value)) return this.checkArray(value, node, pointer);
    if (value !== null && typeof value === 'object') return this.checkObject(value as Record<string, unknown>, node, pointer);
    return value;
  }

  private checkString(value: string, node: SchemaNode, pointer: string): string | undefined {
    if (node.minLength !== undefined && value.trim().length < node.minLength) {
      this.report(pointer, 'empty');
      return undefined;
    }
    if (node.pattern) {
      let re = this.patterns.get(node.pattern);
      if (!re) this.patterns.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
      if (!re.test(value)) {
        this.report(pointer, node.format === 'uri' ? 'unsafe-url' : 'format', { expected: node.format });
        return undefined;
      }
    }
    if (node.format && formats[node.format] && !formats[node.format]!(value)) {
      this.report(pointer, node.format === 'uri' ? 'unsafe-url' : 'format', { expected: node.format });
      return undefined;
    }
    const codes = node['x-codes'];
    if (codes && !codes.includes(value)) this.report(pointer, 'unknown-code', { actual: value });
    return value;
  }

  private checkArray(value: unknown[], node: SchemaNode, pointer: string): unknown[] | undefined {
    const out: unknown[] = [];
    const seen = new Set<unknown>();
    const uniqueKey = node['x-unique'];
    value.forEach((item, i) => {
      const itemPointer = `${pointer}/${i}`;
      const clean = node.items ? this.check(item, node.items, itemPointer) : item;
      if (clean === undefined) return;
      if (uniqueKey) {
        const key = (clean as Record<string, unknown>)[uniqueKey];
        if (seen.has(key)) {
          this.report(`${itemPointer}/${uniqueKey}`, 'duplicate', { actual: String(key) });
          return;
        }
        seen.add(key);
      }
      out.push(clean);
    });
    if (node.minItems !== undefined && out.length < node.minItems) {
      this.report(pointer, 'min-items', { expected: String(node.minItems) });
      return undefined;
    }
    return out;
  }

  private checkObject(value: Record<string, unknown>, node: SchemaNode, pointer: string) {
    // Only known fields are copied, onto a fresh object: unknown keys (also `__proto__`)
    // never reach a widget.
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) {
        this.report(`${pointer}/${key}`, 'required');
        ok = false;
      }
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (!Object.hasOwn(value, key)) continue;
      const clean = this.check(value[key], child, `${pointer}/${escapePointer(key)}`);
      if (clean !== undefined) out[key] = clean;
      else if (node.required?.includes(key)) ok = false;
    }
    return ok ? out : undefined;
  }
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
  const v = new Validator(schema);
  if (jsonType(doc) !== 'object') {
    v.check(doc, schema, '');
    return { feed: null, problems: v.problems };
  }
  const version = (doc as Record<string, unknown>).version;
  if (version !== 1) {
    v.problems.push({ pointer: '/version', code: 'version', severity: 'error', expected: '1', actual: String(version) });
    return { feed: null, problems: v.problems };
  }
  const feed = v.check(doc, schema, '') as Feed;
  return { feed, problems: v.problems };
}

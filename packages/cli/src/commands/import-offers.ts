import { validateFeed, type Problem } from '../../../core/src/feed/validate.js';
import type { Offer } from '../../../core/src/feed/feed.types.js';
import { CsvError, detectSeparator, parseDelimited } from '../text.mjs';
import { CliError, EXIT, UsageError, type Context } from '../context.js';
import { feedJson, readText, writeOutput } from '../files.js';
import { feedHead, optionString, parseCommandArgs } from '../feed-doc.js';
import { columnFor, OFFER_COLUMNS, type Column } from '../offers/columns.js';
import { mapCode, mapLanguage, normaliseUrl, parseAmount, parseBoolean, parseDate, parseDecimal, parseInteger, slug, splitList } from '../offers/values.js';
import { problemText } from './validate.js';

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (mit BOM)',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
};

/** A column of this file: where it is, what it is called there, what it means. */
interface SourceColumn {
  index: number;
  header: string;
  column: Column;
}

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[keys.at(-1)!] = value;
}

export function runImportOffers(argv: string[], ctx: Context): number {
  const { positionals, options } = parseCommandArgs(argv, [{ name: 'separator', value: true }]);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? ctx.m.usage.oneFile : ctx.m.usage.noFile, 'import offers');
  const file = positionals[0]!;
  const forced = optionString(options.separator);
  let separator: string | undefined;
  if (forced !== undefined) {
    separator = { ';': ';', ',': ',', tab: '\t', '\\t': '\t', '\t': '\t' }[forced];
    if (!separator) throw new UsageError(ctx.m.usage.badSeparator(forced), 'import offers');
  }
  const m = ctx.m.import;

  const { text, encoding } = readText(ctx, file);
  const detected = detectSeparator(text);
  separator ??= detected.separator;
  const body = detected.skipFirstLine ? text.replace(/^[^\n]*\n/, '') : text;
  let records: string[][];
  try {
    records = parseDelimited(body, separator).records;
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(m.unterminatedQuote(file, error.line + (detected.skipFirstLine ? 1 : 0)));
    throw error;
  }
  ctx.err(m.encoding(file, ENCODING_NAMES[encoding] ?? encoding, separator === '\t' ? 'Tab' : separator));

  // ---- header: the first row that names the column "name" (a title row above it is passed
  // over), else the first row that is not empty
  const firstFilled = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (firstFilled < 0) throw new CliError(m.noHeader(file));
  const named = records.slice(0, 20).findIndex((r) => r.some((c) => columnFor(c.trim())?.field === 'name'));
  const headerIndex = named >= 0 ? named : firstFilled;
  const columns: SourceColumn[] = [];
  const byField = new Map<string, SourceColumn>();
  records[headerIndex]!.forEach((raw, index) => {
    const header = raw.trim();
    if (!header) return;
    const column = columnFor(header);
    if (!column) return ctx.err(m.unknownColumn(header));
    const first = byField.get(column.field);
    if (first) return ctx.err(m.duplicateColumn(header, first.header, column.field));
    const source = { index, header, column };
    columns.push(source);
    byField.set(column.field, source);
  });
  const missing = OFFER_COLUMNS.filter((c) => c.required && !byField.has(c.field));
  if (missing.length) {
    throw new CliError(missing.map((c) => m.missingColumn(c.field, c.aliases.join(', '))).join('\n') + `\n${ctx.m.file.notWritten}`);
  }
  const headerOf = (field: string) => byField.get(field)?.header ?? field;

  // ---- rows
  interface Row {
    row: number;
    offer: Json;
    generatedId: boolean;
  }
  const rows: Row[] = [];
  let skipped = 0;
  const skip = (row: number, reason: string) => {
    skipped++;
    ctx.err(m.rowSkipped(row, reason));
  };

  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1; // as Excel numbers its rows: the header is row 1
    if (cells.every((c) => c.trim() === '')) continue;
    const extra = cells.slice(records[headerIndex]!.length).filter((c) => c.trim() !== '').length;
    if (extra) ctx.err(m.tooManyCells(row, extra));
    const offer: Json = {};
    for (const { index, header, column } of columns) {
      const raw = cells[index] ?? '';
      if (raw.trim() === '') continue;
      const value = readCell(
        raw,
        column,
        (message) => ctx.err(m.cell(row, header, `${message} – ${m.fieldDropped}`)),
        (message) => ctx.err(m.cell(row, header, `${ctx.m.validate.hint}: ${message}`)),
        ctx,
      );
      if (value !== undefined) setPath(offer, column.field, value);
    }
    completeCost(offer);
    rows.push({ row, offer, generatedId: false });
  }

  // ---- ids: the column's, else one from the name, unique in the file
  const used = new Map<string, number>();
  for (const r of rows) if (typeof r.offer.id === 'string') used.set(r.offer.id as string, used.get(r.offer.id as string) ?? r.row);
  let generated = 0;
  const taken = new Set(used.keys());
  for (const r of rows) {
    if (typeof r.offer.id === 'string' || typeof r.offer.name !== 'string') continue;
    const base = slug(r.offer.name as string);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    r.offer.id = id;
    r.generatedId = true;
    generated++;
  }

  // ---- each row through the widgets' validator; then duplicates
  const offers: Offer[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    const { feed, problems } = validateFeed({ version: 1, offers: [reorder(r.offer)] });
    const offer = feed?.offers?.[0];
    const messages = problems.map((p) => describeProblem(p, headerOf, ctx));
    if (!offer) {
      skip(r.row, messages.filter((x) => !x.hint).map((x) => m.column(x.column, x.message)).join('; '));
      continue;
    }
    for (const x of messages) {
      ctx.err(m.cell(r.row, x.column, x.hint ? `${ctx.m.validate.hint}: ${x.message}` : `${x.message} – ${x.dropped}`));
    }
    const first = firstRowOf.get(offer.id);
    if (first !== undefined) {
      skip(r.row, m.duplicateId(offer.id, first));
      continue;
    }
    firstRowOf.set(offer.id, r.row);
    offers.push(offer);
  }
  if (generated) ctx.err(m.idFromName(generated));
  if (!offers.length) throw new CliError(m.noOffers(file));

  const feed = { ...feedHead(options, ctx.now), offers };
  // The whole document once more: what is written is always a valid feed.
  const final = validateFeed(feed);
  if (final.problems.some((p) => p.severity === 'error')) throw new Error(`generated feed does not validate: ${final.problems[0]!.pointer}`);
  writeOutput(ctx, optionString(options.output), feedJson(final.feed));
  ctx.err(m.offersDone(offers.length, skipped));
  return skipped ? EXIT.data : EXIT.ok;
}

/**
 * A problem of one row in words that name the spreadsheet's column, and what was left out
 * because of it: the field, or for a missing required field the object that needs it
 * (`provider` without `provider.name`).
 */
function describeProblem(p: Problem, headerOf: (field: string) => string, ctx: Context) {
  const path = p.pointer
    .split('/')
    .slice(3)
    .filter((s) => !/^\d+$/.test(s))
    .join('.');
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  return {
    hint: p.severity === 'warning',
    column: headerOf(path),
    message: problemText(p, ctx.lang),
    dropped: p.code === 'required' && parent ? ctx.m.import.objectDropped(parent) : ctx.m.import.fieldDropped,
  };
}

/** Fields in the order of FEED.md, so the written feed reads like the documentation. */
function reorder(offer: Json): Json {
  const out: Json = {};
  for (const key of ['id', 'name', 'description', 'area', 'audience', 'ageMin', 'ageMax', 'provider', 'location', 'mode', 'languages', 'cost', 'accessibility', 'schedule', 'url', 'keywords', 'updated']) {
    if (offer[key] !== undefined) out[key] = offer[key];
  }
  return out;
}

/** `cost.free` follows from the amount when the sheet does not say; a free offer has no amount. */
function completeCost(offer: Json) {
  const cost = offer.cost as Json | undefined;
  if (!cost) return;
  if (cost.amount === 'free') {
    delete cost.amount;
    cost.free ??= true;
  }
  if (cost.free === undefined && typeof cost.amount === 'number') cost.free = cost.amount === 0;
  if (cost.free === true && cost.amount === 0) delete cost.amount;
}

function readCell(raw: string, column: Column, problem: (message: string) => void, hint: (message: string) => void, ctx: Context): unknown {
  const m = ctx.m.import;
  const cell = raw.trim();
  const one = () => cell.replace(/\s+/g, ' ');
  switch (column.kind) {
    case 'text':
      return one();
    case 'multiline':
      return cell.replace(/\r\n?/g, '\n');
    case 'email':
      return one().replace(/^mailto:/i, '');
    case 'url':
      return normaliseUrl(one());
    case 'list':
      return splitList(cell);
    case 'codes':
      return splitList(cell).map((item) => mapCode(column.codes!, item) ?? item);
    case 'code': {
      return mapCode(column.codes!, one()) ?? one();
    }
    case 'languages':
      return splitList(cell).map((item) => {
        const code = mapLanguage(item);
        if (!code) hint(m.unknownLanguage(item));
        return code ?? item;
      });
    case 'integer': {
      const n = parseInteger(cell);
      if (n === undefined) problem(m.notInteger(one()));
      return n;
    }
    case 'number': {
      const n = parseDecimal(cell);
      if (n === undefined) problem(m.notNumber(one()));
      return n;
    }
    case 'amount': {
      const n = parseAmount(cell);
      if (n === undefined) problem(m.notNumber(one()));
      return n;
    }
    case 'boolean': {
      const b = parseBoolean(cell);
      if (b === undefined) problem(m.notBoolean(one()));
      return b;
    }
    case 'date': {
      const d = parseDate(cell);
      if (d === undefined) problem(m.notDate(one()));
      return d;
    }
  }
}

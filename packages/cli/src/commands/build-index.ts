import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feed, Offer } from '../../../core/src/feed/feed.types.js';
import { collator } from '../../../core/src/format.js';
import { messagesFor } from '../../../core/src/i18n/i18n.js';
import { writePrebuiltIndex } from '../../../core/src/search/prebuilt-write.js';
import { OFFER_FACETS, OFFER_NUMBERS, OFFER_SEARCH_FIELDS } from '../../../angebote/src/angebote.facets.js';
import { parseArgs } from '../args.js';
import { CliError, EXIT, UsageError, type Context } from '../context.js';
import { feedJson, readJson, writeFileAtomic } from '../files.js';
import { checkDocument, formatLine } from './validate.js';

/** Offers per chunk by default: a page of 20 results scattered over the list fetches at most 20 small files. */
export const DEFAULT_CHUNK_SIZE = 100;
/** Folder (below the output folder) for chunks and index. */
const FILES_DIR = 'angebote';

/** The first 12 hex digits of the SHA-256 of the content: a changed file gets a new name, so caches never mix versions. */
const contentName = (prefix: string, data: string | Uint8Array, ext: string) =>
  `${prefix}.${createHash('sha256').update(data).digest('hex').slice(0, 12)}.${ext}`;

/**
 * `bildung-feed build-index FEED.json -o FOLDER`: splits the offers of a feed into chunk files
 * with a prebuilt search index and writes the manifest `FOLDER/feed.json` (everything else of the
 * feed stays in it). Chunks and index are written first, the manifest last: a site serving the
 * folder switches from the old to the new version in one step.
 */
export function runBuildIndex(argv: string[], ctx: Context): number {
  const { positionals, options } = parseArgs(argv, [
    { name: 'output', short: 'o', value: true },
    { name: 'chunk-size', value: true },
  ]);
  const m = ctx.m.buildIndex;
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(ctx.m.usage.noFile, 'build-index');
  if (extra.length) throw new UsageError(m.oneFile, 'build-index');
  const out = typeof options.output === 'string' ? options.output : undefined;
  if (!out) throw new UsageError(m.noOutput, 'build-index');
  const chunkSize = options['chunk-size'] === undefined ? DEFAULT_CHUNK_SIZE : Number(options['chunk-size']);
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 100_000) throw new UsageError(m.badChunkSize(String(options['chunk-size'])), 'build-index');

  const doc = readJson(ctx, file);
  const { feed, lines, errors } = checkDocument(doc, ctx);
  // (Not the hint to split the feed: that is what this command does.)
  for (const line of lines) if (!(line.hint && line.pointer === '/offers')) ctx.err(formatLine(line, ctx));
  if (!feed) throw new CliError(m.unusable(file));
  if (feed.offerChunks) throw new CliError(m.alreadySplit(file));
  try {
    if (!statSync(out).isDirectory()) throw new CliError(m.notAFolder(out));
  } catch (error) {
    if (error instanceof CliError) throw error;
    mkdirSync(out, { recursive: true });
  }
  mkdirSync(join(out, FILES_DIR), { recursive: true });

  // The finder's list order (by name, German collation), so list position = index position.
  const byName = collator(messagesFor('de'));
  const offers: Offer[] = [...(feed.offers ?? [])].sort((a, b) => byName.compare(a.name, b.name));
  const chunks: string[] = [];
  let largest = 0;
  let gzipTotal = 0;
  for (let from = 0; from < offers.length; from += chunkSize) {
    const text = `${JSON.stringify({ version: 1, offers: offers.slice(from, from + chunkSize) })}\n`;
    const name = `${FILES_DIR}/${contentName(`teil-${String(from / chunkSize + 1).padStart(4, '0')}`, text, 'json')}`;
    writeFileAtomic(ctx, join(out, name), text);
    chunks.push(name);
    const bytes = Buffer.byteLength(text);
    largest = Math.max(largest, bytes);
    gzipTotal += gzipSync(text).length;
  }
  const index = writePrebuiltIndex(offers, OFFER_SEARCH_FIELDS, OFFER_FACETS, OFFER_NUMBERS);
  const indexName = `${FILES_DIR}/${contentName('suchindex', index, 'bin')}`;
  writeFileAtomic(ctx, join(out, indexName), index);

  const { offers: _inline, ...rest } = feed;
  const manifest: Feed = { ...rest, offerChunks: { count: offers.length, chunkSize, index: indexName, chunks } };
  const manifestPath = join(out, 'feed.json');
  writeFileAtomic(ctx, manifestPath, feedJson(manifest));
  ctx.err(
    m.done(
      offers.length,
      chunks.length,
      chunkSize,
      kilobytes(ctx, largest),
      kilobytes(ctx, offers.length ? gzipTotal / chunks.length : 0),
      kilobytes(ctx, index.length),
      kilobytes(ctx, gzipSync(index).length),
      manifestPath,
    ),
  );
  return errors ? EXIT.data : EXIT.ok;
}

/** "116,5 kB", "7,4 MB" */
const kilobytes = (ctx: Context, bytes: number) => {
  const mega = bytes >= 1024 * 1024;
  const value = (bytes / (mega ? 1024 * 1024 : 1024)).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  return `${value} ${mega ? 'MB' : 'kB'}`;
};

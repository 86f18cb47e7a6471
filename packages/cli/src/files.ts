import { readFileSync, writeFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeText, type TextEncoding } from './text.mjs';
import { jsonErrorPosition } from './json-position.js';
import { CliError, type Context } from './context.js';

/** The bytes of `path` (`-`: standard input), or a CliError that says why not in plain words. */
export function readBytes(ctx: Context, path: string): Buffer {
  try {
    if (path === '-') return readFileSync(0);
    if (statSync(path).isDirectory()) throw new CliError(ctx.m.file.isDirectory(path));
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fileProblem(ctx, path, error));
  }
}

function fileProblem(ctx: Context, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return ctx.m.file.notFound(path);
  if (code === 'EISDIR') return ctx.m.file.isDirectory(path);
  if (code === 'EACCES' || code === 'EPERM') return ctx.m.file.noAccess(path);
  return ctx.m.file.readFailed(path, code ?? String((error as Error)?.message ?? error));
}

/** Text of `path` with the encoding it was detected in. */
export function readText(ctx: Context, path: string): { text: string; encoding: TextEncoding } {
  return decodeText(readBytes(ctx, path));
}

/**
 * A JSON document (a feed). Feeds are fetched by browsers as UTF-8, so a file in another
 * encoding is refused with the reason, not read with broken umlauts.
 */
export function readJson(ctx: Context, path: string): unknown {
  const { text, encoding } = readText(ctx, path);
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') throw new CliError(ctx.m.file.notUtf8(path, encoding));
  if (!text.trim()) throw new CliError(ctx.m.file.empty(path));
  try {
    return JSON.parse(text);
  } catch {
    const { line, column } = jsonErrorPosition(text);
    throw new CliError(ctx.m.file.notJson(path, line, column));
  }
}

/**
 * Writes the result: to standard output, or to `path` all at once — into a temporary file in the
 * same folder, then renamed over the target, so a reader never sees half a file and a failure
 * leaves the old file as it was.
 */
export function writeOutput(ctx: Context, path: string | undefined, text: string): void {
  if (path === undefined || path === '-') {
    ctx.out(text);
    return;
  }
  const target = resolve(path);
  const dir = dirname(target);
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(ctx.m.file.outputDirMissing(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(ctx.m.file.outputDirMissing(path));
  }
  try {
    if (statSync(target).isDirectory()) throw new CliError(ctx.m.file.isDirectory(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    // The target does not exist yet: fine.
  }
  writeFileAtomic(ctx, path, text);
  ctx.err(ctx.m.file.written(path));
}

/** Writes `data` to `path` through a temporary file in the same folder and a rename: never half a file. */
export function writeFileAtomic(ctx: Context, path: string, data: string | Uint8Array): void {
  const target = resolve(path);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException)?.code;
    throw new CliError(ctx.m.file.writeFailed(path, code === 'EACCES' || code === 'EPERM' ? ctx.m.file.noPermission : (code ?? String(error))));
  }
}

/** A feed as the commands write it: two-space indentation, UTF-8, final newline. */
export function feedJson(feed: unknown): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

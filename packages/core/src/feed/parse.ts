// Loaded only for a big feed, in the file of the split-feed code (`bildung-*.split.js` next to an
// editor bundle): it imports nothing from the main file (see `readJson` in loader.ts, which loads
// it). The checker of the entries it parses comes along.
export { FeedChecker } from './checker.js';

/** Entries parsed per `JSON.parse` call of a list (a few ms each). */
const ENTRIES_PER_PARSE = 1000;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;

/**
 * `JSON.parse` for a feed that arrives in pieces, without one long block of the page: a feed of
 * 100,000 offers is about 100 MB of text, and `response.text()` plus one `JSON.parse` hold the main
 * thread for several stretches of 0.2–0.7 s. Push the text piece by piece, then call `end()`.
 * The lists that are values of the top-level object (`offers`, `events` …) are parsed a thousand
 * entries at a time as soon as those have arrived, while the rest still downloads; what lies
 * around them (version, publisher …) is parsed at the end, with the lists left empty. Every
 * character still goes through `JSON.parse`, so a broken document throws a `SyntaxError` as
 * before, and the result is the same value.
 *
 * `onEntries` hears of each group of a list's entries once parsed (`from`: the position of the
 * first of them in the list), so the entries can be checked and indexed while the rest of the
 * feed still downloads.
 */
export class JsonFeedParser {
  constructor(private readonly onEntries?: (key: string, entries: readonly unknown[], from: number) => void) {}

  private depth = 0;
  /** Inside a string; `escaped`: its last character so far is an escaping backslash. */
  private inString = false;
  private escaped = false;
  /** The text of a top-level key while it is read, and the key once read (its value comes next). */
  private keyText: string | undefined;
  private key: string | undefined;
  /** The top-level list being read: entries so far, the text of the next ones, how many separators that holds. */
  private list: { key: string; entries: unknown[]; text: string[]; separators: number } | undefined;
  private readonly skeleton: string[] = [];
  private readonly lists = new Map<string, unknown[]>();

  /** Takes the next piece of text and parses every group of entries that is complete. */
  push(piece: string): void {
    let from = 0; // start of the part of `piece` not yet handed on to the skeleton or the list
    let keyFrom = this.keyText === undefined ? -1 : 0;
    for (let i = 0; i < piece.length; i++) {
      if (this.inString) {
        const end = this.closingQuote(piece, i);
        if (end < 0) break;
        this.inString = false;
        if (keyFrom >= 0) {
          this.key = JSON.parse(`"${this.keyText}${piece.slice(keyFrom, end)}"`) as string;
          this.keyText = undefined;
          keyFrom = -1;
        }
        i = end;
        continue;
      }
      const c = piece.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = true;
        this.escaped = false;
        // A key of the top-level object (its value is read by JSON.parse, not here).
        if (this.depth === 1 && this.key === undefined) {
          this.keyText = '';
          keyFrom = i + 1;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
        this.depth++;
        if (this.depth === 2 && c === OPEN_LIST && this.key !== undefined) {
          this.skeleton.push(piece.slice(from, i + 1));
          from = i + 1;
          this.list = { key: this.key, entries: [], text: [], separators: 0 };
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
        if (this.depth === 2) {
          const list = this.list;
          if (list) {
            list.text.push(piece.slice(from, i));
            from = i;
            // An empty list has no entries; anything else ends with one.
            if (list.separators || list.text.join('').trim()) this.parseGroup(list.separators + 1);
            this.lists.delete(list.key); // a key written twice counts the last time, as with JSON.parse
            this.lists.set(list.key, list.entries);
            this.list = undefined;
          }
          this.key = undefined;
        }
        this.depth--;
      } else if (c === COMMA) {
        const list = this.list;
        if (this.depth === 2 && list) {
          if (++list.separators === ENTRIES_PER_PARSE) {
            list.text.push(piece.slice(from, i));
            from = i + 1;
            this.parseGroup(ENTRIES_PER_PARSE); // the entries before this separator
          }
        } else if (this.depth === 1) this.key = undefined;
      }
    }
    if (keyFrom >= 0) this.keyText += piece.slice(keyFrom);
    (this.list ? this.list.text : this.skeleton).push(piece.slice(from));
  }

  /** The document, once all text is in. Throws a `SyntaxError` where `JSON.parse` would. */
  end(): unknown {
    if (this.list || this.inString) throw new SyntaxError('Unexpected end of JSON input');
    const doc = JSON.parse(this.skeleton.join('')) as unknown;
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) for (const [key, entries] of this.lists) (doc as Record<string, unknown>)[key] = entries;
    return doc;
  }

  /** Parses the list's text gathered so far, which must hold `count` entries. */
  private parseGroup(count: number) {
    const list = this.list!;
    const where = `(in "${list.key}" after entry ${list.entries.length})`;
    let part: unknown[];
    try {
      part = JSON.parse(`[${list.text.join('')}]`) as unknown[];
    } catch (error) {
      throw new SyntaxError(`${(error as Error).message} ${where}`);
    }
    // Fewer values than separators: an empty entry (`[1, 2, ]`), which JSON does not allow.
    if (part.length !== count) throw new SyntaxError(`Unexpected token ']' in JSON ${where}`);
    const from = list.entries.length;
    for (const entry of part) list.entries.push(entry);
    list.text = [];
    list.separators = 0;
    this.onEntries?.(list.key, part, from);
  }

  /** Index of the quote in `piece` that ends the current string, or -1 when the string goes on. */
  private closingQuote(piece: string, from: number): number {
    for (let i = from; ; i++) {
      const quote = piece.indexOf('"', i);
      // A backslash escapes the next character, which may be this piece's first.
      const run = quote < 0 ? piece.length : quote;
      let backslashes = 0;
      while (run - 1 - backslashes >= i && piece.charCodeAt(run - 1 - backslashes) === BACKSLASH) backslashes++;
      const reachesStart = run - backslashes === i;
      const escaped = (backslashes % 2 === 1) !== (reachesStart && this.escaped);
      if (quote < 0) {
        this.escaped = escaped;
        return -1;
      }
      this.escaped = false;
      if (!escaped) return quote;
      i = quote;
    }
  }
}

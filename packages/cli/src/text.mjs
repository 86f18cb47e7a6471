// Reading text files as offices produce them: Excel CSV exports (UTF-8 with or without byte order
// mark, Windows-1252, "Unicode text" in UTF-16), GENESIS table downloads (ISO-8859-1 or UTF-8).
// Plain JavaScript with node built-ins only, so both the CLI (bundled by esbuild) and the
// node scripts in scripts/ import the very same code. Types: text.d.mts.

/** Why a text could not be read as delimited records. */
export class CsvError extends Error {
  /**
   * @param {'unterminated-quote'} code
   * @param {number} line 1-based line where the problem starts
   */
  constructor(code, line) {
    super(`CSV: unterminated quoted field starting in line ${line}`);
    this.name = 'CsvError';
    this.code = code;
    this.line = line;
  }
}

/**
 * Decodes file bytes and says how: a byte order mark decides first (UTF-8, UTF-16 LE/BE); else
 * bytes that are valid UTF-8 are UTF-8; anything else is Windows-1252 (what Excel writes with
 * "CSV (Trennzeichen-getrennt)" on a German Windows, a superset of ISO-8859-1 for text).
 * @param {Uint8Array} bytes
 * @returns {{ text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' }}
 */
export function decodeText(bytes) {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 in 0x80–0x9F (€ „ “ – … and friends); the rest is Latin-1. Decoded by hand:
 * Node 20's TextDecoder('windows-1252') decodes these bytes as Latin-1 control characters.
 */
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/**
 * The field separator of a delimited text: Excel's `sep=;` first line if there is one, else the
 * one of `;`, `,` and tab that occurs most often (outside quotes) in the first non-empty line.
 * German Excel writes `;`, English Excel `,`, "Unicode text" tabs.
 * @param {string} text
 * @returns {{ separator: string, skipFirstLine: boolean }}
 */
export function detectSeparator(text) {
  const sep = /^sep=(.)\r?(?:\n|$)/i.exec(text);
  if (sep) return { separator: sep[1], skipFirstLine: true };
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) break;
    } else if (!quoted && c in counts) {
      counts[c]++;
      seen = true;
    } else if (!quoted && c.trim()) seen = true;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return { separator: best[1] > 0 ? best[0] : ';', skipFirstLine: false };
}

/**
 * Splits delimited text into records of fields (RFC 4180 as Excel and GENESIS write it). A field
 * that starts with a double quote may hold the separator, doubled quotes and line breaks. CRLF,
 * LF and CR end a record. An empty line is a record with one empty field.
 * @param {string} text
 * @param {string} separator
 * @returns {{ records: string[][], lines: number[] }} `lines[i]`: the 1-based line record i starts on
 */
export function parseDelimited(text, separator) {
  const records = [];
  const lines = [];
  let record = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      lines.push(recordLine);
      record = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  if (quoted) throw new CsvError('unterminated-quote', quoteLine);
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
    lines.push(recordLine);
  }
  return { records, lines };
}

/** Whitespace runs → one space, trimmed; anything but a string → ''. */
export function cleanText(value) {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

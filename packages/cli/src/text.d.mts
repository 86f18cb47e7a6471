// Types of text.mjs (plain JavaScript shared by the CLI and scripts/build-demo-feed.mjs).

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export declare class CsvError extends Error {
  constructor(code: 'unterminated-quote', line: number);
  readonly code: 'unterminated-quote';
  /** 1-based line where the unterminated quoted field starts. */
  readonly line: number;
}

export declare function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding };

export declare function detectSeparator(text: string): { separator: string; skipFirstLine: boolean };

export declare function parseDelimited(text: string, separator: string): { records: string[][]; lines: number[] };

export declare function cleanText(value: unknown): string;

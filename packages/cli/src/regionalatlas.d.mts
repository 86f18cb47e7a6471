// Types of regionalatlas.mjs (plain JavaScript shared by the CLI and scripts/build-demo-feed.mjs).

export declare const PLACEHOLDERS: Set<string>;
export declare const DL_DE_BY_2_0: string;
export declare const REGIONALSTATISTIK_URL: string;
export declare const ATLAS_UNITS: Record<string, string>;

export type AtlasErrorCode = 'not-genesis' | 'no-header' | 'no-rows' | 'duplicate-period';

export declare class AtlasError extends Error {
  constructor(code: AtlasErrorCode, details?: Record<string, string | number>);
  readonly code: AtlasErrorCode;
  readonly details: Record<string, string | number>;
}

export interface AtlasRow {
  /** `2016`, `2016/17`; a reference date `31.12.2016` becomes `2016`. */
  period: string;
  ags: string;
  /** The region's name, indentation removed. */
  name: string;
  /** One per column; null for placeholders and for cells that are no number. */
  values: (number | null)[];
  /** The cells as written (trimmed). */
  cells: string[];
  /** 1-based line of the row in the text. */
  line: number;
}

export interface AtlasTable {
  code: string;
  title: string[];
  kind: 'regionalatlas' | 'regionalstatistik';
  columns: { name: string; unit: string }[];
  rows: AtlasRow[];
  invalidRows: { line: number; text: string }[];
  invalidCells: { line: number; column: string; value: string }[];
  licence: string | undefined;
  dlDeBy20: boolean;
  copyrightYear: string | undefined;
  /** `dd.mm.yyyy` of the footer's "Stand". */
  stand: string | undefined;
}

export declare function atlasValue(cell: string): number | null | undefined;
export declare function readAtlasTable(text: string): AtlasTable;
export declare function atlasSourceName(table: AtlasTable): string;
export declare function atlasAttribution(table: AtlasTable): string;
export declare function atlasSeries(
  table: AtlasTable,
  col: number,
  ags: string,
): { name: string; values: { period: string; value: number | null }[] } | undefined;
export declare function atlasDecimals(table: AtlasTable, col: number, regions?: string[]): number;

// Reader for table exports of the Regionalatlas Deutschland and the Regionaldatenbank
// (regionalstatistik.de, GENESIS) of the Statistische Ämter des Bundes und der Länder.
// The one implementation: `bildung-feed import indicators` bundles it, scripts/build-demo-feed.mjs
// imports it. Plain JavaScript with no dependencies beyond text.mjs. Types: regionalatlas.d.mts.
//
// The layout, as published (see data/SOURCES.md):
//
//   GENESIS-Tabelle: AI003-3                         ← table code
//   Regionalatlas Deutschland;;;;                     ← title lines (a quoted title may span lines)
//   ;;;Betreuungsquote 0 bis 2 Jahre;…               ← column names: three empty fields first
//   ;;;Prozent;…                                      ← units (optional)
//   2016;03351;      Celle, Landkreis;27,3;90,7       ← period;AGS;name (indented);values
//   __________                                        ← footer: licence text, "Stand: dd.mm.yyyy"
//   "© Statistische Ämter des Bundes und der Länder, Deutschland, 2017.
//   Dieses Werk ist lizensiert unter der Datenlizenz Deutschland
//   - Namensnennung - Version 2.0."
//   Stand: 10.10.2017 / 16:11:23
//
// Values use a decimal comma; the placeholders `-` (nothing), `.` (unknown or secret), `x`
// (blocked), `/` (not reliable enough) and `...` (not yet available) become null, never 0.

import { cleanText, parseDelimited } from './text.mjs';

/** GENESIS placeholders that stand for "no value". */
export const PLACEHOLDERS = new Set(['-', '.', 'x', '/', '...']);

/** The licence of the Statistische Ämter's data, as it must be credited. */
export const DL_DE_BY_2_0 = 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (www.govdata.de/dl-de/by-2-0)';

/** Where the tables are published. */
export const REGIONALSTATISTIK_URL = 'https://www.regionalstatistik.de';

/** Units of the tables → the feed's `unit`. Anything else is kept as written. */
export const ATLAS_UNITS = { Prozent: '%', Anzahl: 'Anzahl', EUR: '€', Euro: '€', Jahre: 'Jahre' };

/** A table that cannot be read at all. */
export class AtlasError extends Error {
  /**
   * @param {'not-genesis' | 'no-header' | 'no-rows' | 'duplicate-period'} code
   * @param {Record<string, string | number>} [details]
   */
  constructor(code, details = {}) {
    const text = {
      'not-genesis': 'first line is not "GENESIS-Tabelle: <code>"',
      'no-header': 'no column-name row (a row starting with three empty fields)',
      'no-rows': 'no data rows "period;AGS;name;values"',
      'duplicate-period': `region ${details.ags} has period ${details.period} twice`,
    }[code];
    super(`Regionalatlas table: ${text}`);
    this.name = 'AtlasError';
    this.code = code;
    this.details = details;
  }
}

/** A period cell: `2016`, `2016/17`, or a reference date `31.12.2016` (→ `2016`); else undefined. */
function period(cell) {
  const v = cell.trim();
  if (/^\d{4}(?:\/\d{2}(?:\d{2})?)?$/.test(v)) return v;
  const date = /^\d{2}\.\d{2}\.(\d{4})$/.exec(v);
  return date ? date[1] : undefined;
}

/**
 * A value cell: decimal comma → number, placeholder → null, anything else → undefined (invalid).
 * A thousands point (`1.234,5`) is accepted.
 */
export function atlasValue(cell) {
  const v = cell.trim();
  if (PLACEHOLDERS.has(v)) return null;
  if (/^-?\d+(?:,\d+)?$/.test(v)) return Number(v.replace(',', '.'));
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(v)) return Number(v.replace(/\./g, '').replace(',', '.'));
  return undefined;
}

/**
 * Reads one table export (text already decoded). Throws AtlasError only when the text is no
 * such table; cells and rows it cannot read are listed in `invalidCells` / `invalidRows` (their
 * values are null / the rows left out), so the caller decides whether that is fatal.
 * @param {string} text
 */
export function readAtlasTable(text) {
  const { records, lines } = parseDelimited(text, ';');
  const code = /^GENESIS-Tabelle: (\S+)\s*$/.exec(records[0]?.[0] ?? '')?.[1];
  if (!code) throw new AtlasError('not-genesis');
  const headerAt = records.findIndex((r) => r.length > 3 && r[0] === '' && r[1] === '' && r[2] === '' && r[3] !== '');
  if (headerAt < 0) throw new AtlasError('no-header');
  const title = records
    .slice(1, headerAt)
    .map((r) => cleanText(r.filter(Boolean).join(' ')))
    .filter(Boolean);
  const names = records[headerAt].slice(3);
  const unitRow = records[headerAt + 1];
  const hasUnits = !!unitRow && unitRow.length === records[headerAt].length && unitRow[0] === '' && unitRow[1] === '' && unitRow[2] === '';
  const units = hasUnits ? unitRow.slice(3) : names.map(() => '');
  let footerAt = records.findIndex((r, i) => i > headerAt && r.length === 1 && /^_{5,}$/.test(r[0].trim()));
  const end = footerAt < 0 ? records.length : footerAt;
  const columns = names.map((name, j) => ({ name: cleanText(name), unit: cleanText(units[j]) }));

  const rows = [];
  const invalidRows = [];
  const invalidCells = [];
  for (let i = headerAt + (hasUnits ? 2 : 1); i < end; i++) {
    const r = records[i];
    if (r.every((c) => c.trim() === '')) continue;
    const p = period(r[0] ?? '');
    const ags = (r[1] ?? '').trim();
    if (r.length !== 3 + names.length || !p || !ags) {
      invalidRows.push({ line: lines[i], text: r.join(';') });
      continue;
    }
    const values = r.slice(3).map((cell, j) => {
      const value = atlasValue(cell);
      if (value !== undefined) return value;
      invalidCells.push({ line: lines[i], column: columns[j].name, value: cell });
      return null;
    });
    rows.push({ period: p, ags, name: cleanText(r[2]), values, cells: r.slice(3).map((c) => c.trim()), line: lines[i] });
  }
  if (!rows.length) throw new AtlasError('no-rows');

  let licence;
  let copyrightYear;
  let stand;
  if (footerAt >= 0) {
    const footer = records.slice(footerAt + 1).map((r) => cleanText(r.join(' ')));
    licence = footer.find((l) => /Lizenz|lizens|licen/i.test(l));
    copyrightYear = /Deutschland, (\d{4})\./.exec(licence ?? '')?.[1];
    const s = footer.map((l) => /^Stand: (\d{2})\.(\d{2})\.(\d{4})/.exec(l)).find(Boolean);
    if (s) stand = `${s[1]}.${s[2]}.${s[3]}`;
  }
  return {
    code,
    title,
    /** `regionalatlas` when the title says so, else `regionalstatistik` (the Regionaldatenbank). */
    kind: title.some((t) => /Regionalatlas/i.test(t)) ? 'regionalatlas' : 'regionalstatistik',
    columns,
    rows,
    invalidRows,
    invalidCells,
    licence,
    /** Whether the footer names the Datenlizenz Deutschland – Namensnennung – 2.0. */
    dlDeBy20: /Datenlizenz Deutschland\s*[-–]\s*Namensnennung\s*[-–]\s*Version 2\.0/.test(licence ?? ''),
    copyrightYear,
    stand,
  };
}

/** "Regionalatlas Deutschland" or "Regionaldatenbank Deutschland". */
function portal(table) {
  return table.kind === 'regionalatlas' ? 'Regionalatlas Deutschland' : 'Regionaldatenbank Deutschland';
}

/** The feed's `source.name` of an indicator from this table. */
export function atlasSourceName(table) {
  const stand = table.stand ? `, Stand ${table.stand}` : '';
  return `${portal(table)}, Tabelle ${table.code} (Statistische Ämter des Bundes und der Länder)${stand}`;
}

/** The attribution dl-de/by-2-0 requires wherever the data is shown or passed on. */
export function atlasAttribution(table) {
  const year = table.copyrightYear ? `, ${table.copyrightYear}` : '';
  return (
    `© Statistische Ämter des Bundes und der Länder, Deutschland${year}. ${DL_DE_BY_2_0}. ` +
    `Quelle: ${portal(table)} / regionalstatistik.de, Tabelle ${table.code}.`
  );
}

/**
 * One region's values of column `col`, oldest period first, or undefined when the table has no
 * row for `ags`. Throws AtlasError `duplicate-period` when a period occurs twice.
 */
export function atlasSeries(table, col, ags) {
  const rows = table.rows.filter((r) => r.ags === ags).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  if (!rows.length) return undefined;
  const seen = new Set();
  for (const r of rows) {
    if (seen.has(r.period)) throw new AtlasError('duplicate-period', { ags, period: r.period });
    seen.add(r.period);
  }
  return { name: rows[0].name, values: rows.map((r) => ({ period: r.period, value: r.values[col] })) };
}

/** Most decimals written in column `col` (the table's own precision), over the given regions or all. */
export function atlasDecimals(table, col, regions) {
  let max = 0;
  for (const r of table.rows) {
    if (regions && !regions.includes(r.ags)) continue;
    const cell = r.cells[col] ?? '';
    if (atlasValue(cell) === null) continue;
    const d = /,(\d+)$/.exec(cell)?.[1]?.length ?? 0;
    if (d > max) max = d;
  }
  return max;
}

import { validateFeed } from '../../../core/src/feed/validate.js';
import type { Indicator } from '../../../core/src/feed/feed.types.js';
import { CsvError } from '../text.mjs';
import {
  AtlasError,
  ATLAS_UNITS,
  REGIONALSTATISTIK_URL,
  atlasAttribution,
  atlasDecimals,
  atlasSeries,
  atlasSourceName,
  readAtlasTable,
  type AtlasTable,
} from '../regionalatlas.mjs';
import { CliError, EXIT, UsageError, type Context } from '../context.js';
import { feedJson, readText, writeOutput } from '../files.js';
import { feedHead, optionString, parseCommandArgs } from '../feed-doc.js';

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function runImportIndicators(argv: string[], ctx: Context): number {
  const { positionals, options } = parseCommandArgs(argv, [
    { name: 'region', value: true },
    { name: 'compare', value: true },
    { name: 'ids', value: true },
    { name: 'region-name', value: true },
  ]);
  const help = 'import indicators';
  if (positionals.length !== 1) throw new UsageError(positionals.length ? ctx.m.usage.oneFile : ctx.m.usage.noFile, help);
  const region = optionString(options.region)?.trim();
  if (!region) throw new UsageError(ctx.m.usage.noRegion, help);
  const file = positionals[0]!;
  const m = ctx.m.import;

  const { text } = readText(ctx, file);
  let table: AtlasTable;
  try {
    table = readAtlasTable(text);
  } catch (error) {
    if (error instanceof AtlasError) throw new CliError(m.notAtlas(file, m.atlasReasons[error.code] ?? error.code));
    if (error instanceof CsvError) throw new CliError(m.unterminatedQuote(file, error.line));
    throw error;
  }
  const present = new Set(table.rows.map((r) => r.ags));
  if (!present.has(region)) throw new CliError(m.regionMissing(region, file));

  const compareOption = optionString(options.compare);
  let compare: string[];
  if (compareOption !== undefined) {
    compare = /^(none|keine)$/i.test(compareOption.trim()) ? [] : list(compareOption).filter((a) => a !== region);
    for (const ags of compare.filter((a) => !present.has(a))) ctx.err(m.compareMissing(ags));
    compare = compare.filter((a) => present.has(a));
  } else {
    // The Land (first two digits of the AGS) and Germany, as far as the table has them.
    compare = [region.slice(0, 2), 'DG'].filter((a, i, all) => a !== region && present.has(a) && all.indexOf(a) === i);
  }
  const regions = [region, ...compare];

  const ids = list(optionString(options.ids));
  if (ids.length && ids.length !== table.columns.length) throw new UsageError(m.idsCount(ids.length, table.columns.length), help);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new UsageError(m.idsDuplicate(twice), help);

  let lost = 0;
  for (const r of table.invalidRows) ctx.err(`${ctx.m.validate.hint}: ${m.badRow(r.line, r.text.slice(0, 80))}`);
  const selectedLines = new Set(table.rows.filter((r) => regions.includes(r.ags)).map((r) => r.line));
  for (const c of table.invalidCells) {
    if (!selectedLines.has(c.line)) continue;
    lost++;
    ctx.err(m.badCell(c.line, c.column, c.value));
  }
  if (!table.dlDeBy20) ctx.err(`${ctx.m.validate.hint}: ${m.noLicence}`);

  const regionName = optionString(options['region-name'])?.trim();
  const attribution = atlasAttribution(table);
  let indicators: Indicator[];
  try {
    indicators = table.columns.map((column, j) => {
      const series = regions.map((ags) => {
        const s = atlasSeries(table, j, ags)!;
        return { region: { ags, name: ags === region && regionName ? regionName : s.name }, values: s.values };
      });
      const indicator: Indicator = { id: ids[j] ?? `${table.code}-${j + 1}`, name: column.name || `${table.code} ${j + 1}`, series: [] };
      const unit = ATLAS_UNITS[column.unit] ?? column.unit;
      if (unit) indicator.unit = unit;
      indicator.decimals = Math.min(6, atlasDecimals(table, j, regions));
      indicator.source = { name: atlasSourceName(table), url: REGIONALSTATISTIK_URL };
      const latest = series[0]!.values.at(-1)?.period;
      indicator.notes = [latest && table.stand ? `Neueste Werte dieser Tabelle: ${latest} (Stand ${table.stand}).` : '', attribution].filter(Boolean).join('\n');
      indicator.series = series;
      return indicator;
    });
  } catch (error) {
    if (error instanceof AtlasError) throw new CliError(m.notAtlas(file, m.atlasReasons[error.code] ?? error.code));
    throw error;
  }

  const feed = { ...feedHead(options, ctx.now), indicators };
  const { feed: clean, problems } = validateFeed(feed);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!clean || errors.length) throw new Error(`generated feed does not validate: ${errors[0]?.pointer ?? '/'}`);
  writeOutput(ctx, optionString(options.output), feedJson(clean));
  const names = indicators[0]!.series.map((s) => `${s.region.name} (${s.region.ags})`).join(', ');
  ctx.err(m.indicatorsDone(indicators.length, table.code, names));
  return lost ? EXIT.data : EXIT.ok;
}

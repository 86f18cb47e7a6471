import { commaList, comparePeriods, type Feed, type Indicator } from '../../core/src/index.js';

/** One region's series of an indicator, as the feed has it. */
export type Series = Indicator['series'][number];

/** One value of a series: a number, or `null` for "keine Angabe". */
export interface Point {
  period: string;
  value: number | null;
  note?: string;
}

/** A series prepared for display: its points by period (first entry per period wins), in time order. */
export interface Line {
  ags: string;
  name: string;
  points: Point[];
  byPeriod: Map<string, Point>;
}

/** What the attributes pick from the feed, or why nothing can be shown. */
export type Selection =
  | { kind: 'no-indicators' }
  | { kind: 'missing-indicator'; available: readonly Indicator[] }
  | { kind: 'unknown-indicator'; id: string; available: readonly Indicator[] }
  | { kind: 'no-series'; indicator: Indicator }
  | { kind: 'unknown-region'; indicator: Indicator; ags: string }
  | { kind: 'ok'; indicator: Indicator; region: Line; comparisons: Line[]; unknownCompare: string[] };

export interface SelectOptions {
  indicator?: string | undefined;
  region?: string | undefined;
  compare?: string | undefined;
}

export function toLine(series: Series): Line {
  const byPeriod = new Map<string, Point>();
  for (const v of series.values) if (!byPeriod.has(v.period)) byPeriod.set(v.period, v);
  const points = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  return { ags: series.region.ags, name: series.region.name, points, byPeriod };
}

/**
 * Picks indicator, region and comparisons. Region default: the publisher's `ags` when the
 * indicator has a series for it, else the first series. Comparisons default to every other
 * series, in feed order; unknown codes in `compare` are collected, not fatal.
 */
export function select(feed: Feed, options: SelectOptions): Selection {
  const indicators = feed.indicators ?? [];
  if (!indicators.length) return { kind: 'no-indicators' };
  const id = options.indicator?.trim();
  if (!id) return { kind: 'missing-indicator', available: indicators };
  const indicator =
    indicators.find((i) => i.id === id) ?? indicators.find((i) => i.id.trim().toLowerCase() === id.toLowerCase());
  if (!indicator) return { kind: 'unknown-indicator', id, available: indicators };

  // One series per region: a later duplicate of a region code is ignored.
  const series: Series[] = [];
  for (const s of indicator.series) if (!series.some((t) => t.region.ags === s.region.ags)) series.push(s);
  if (!series.length) return { kind: 'no-series', indicator };

  const byAgs = (ags: string) => series.find((s) => s.region.ags === ags) ?? series.find((s) => s.region.ags.toUpperCase() === ags.toUpperCase());
  const wanted = options.region?.trim();
  let region: Series | undefined;
  if (wanted) {
    region = byAgs(wanted);
    if (!region) return { kind: 'unknown-region', indicator, ags: wanted };
  } else {
    region = (feed.publisher?.ags && byAgs(feed.publisher.ags)) || series[0]!;
  }

  const unknownCompare: string[] = [];
  let comparisons: Series[];
  const codes = commaList(options.compare);
  if (codes.length) {
    comparisons = [];
    for (const code of codes) {
      const found = byAgs(code);
      if (!found) unknownCompare.push(code);
      else if (found !== region && !comparisons.includes(found)) comparisons.push(found);
    }
  } else {
    comparisons = series.filter((s) => s !== region);
  }
  return { kind: 'ok', indicator, region: toLine(region), comparisons: comparisons.map(toLine), unknownCompare };
}

/**
 * Rounds as `Intl.NumberFormat` does (half away from zero, on the number's shortest decimal
 * form: 1.005 → 1.01), so that a difference computed from rounded values matches the values
 * a reader sees. Without `decimals` only floating-point noise is removed.
 */
export function roundTo(value: number, decimals?: number): number {
  const d = decimals ?? 10;
  const abs = Math.abs(value);
  const text = String(abs);
  const scaled = text.includes('e') ? abs * 10 ** d : Number(`${text}e${d}`);
  const rounded = Math.round(scaled) / 10 ** d;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** `a − b` as a reader works it out from the values shown (each rounded to `decimals`). */
export function shownDifference(a: number, b: number, decimals?: number): number {
  return roundTo(roundTo(a, decimals) - roundTo(b, decimals), decimals);
}

export type Direction = 'up' | 'down' | 'same';
export type Verdict = 'better' | 'worse' | 'up' | 'down' | 'same';

/** "verbessert"/"verschlechtert" by polarity; neutral (or an unknown code) only says up or down. */
export function verdict(direction: Direction, polarity: string | undefined): Verdict {
  if (direction === 'same') return 'same';
  if (polarity === 'higher-is-better') return direction === 'up' ? 'better' : 'worse';
  if (polarity === 'lower-is-better') return direction === 'down' ? 'better' : 'worse';
  return direction;
}

export function direction(difference: number): Direction {
  return difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
}

export interface Headline {
  /** The period the tile speaks about: the region's latest with a value. */
  period?: string;
  point?: Point;
  /** Later periods of the region without a value. */
  laterMissing: string[];
  /** The latest earlier period with a value, and the rounded difference to it. */
  previous?: Point;
  difference?: number;
}

/** Index of the last point before `end` that has a value, or -1. */
function lastWithValue(points: readonly Point[], end: number): number {
  let i = end - 1;
  while (i >= 0 && typeof points[i]!.value !== 'number') i--;
  return i;
}

export function headline(region: Line, comparisons: readonly Line[], decimals?: number): Headline {
  const points = region.points;
  const index = lastWithValue(points, points.length);
  if (index < 0) {
    // No value at all: speak about the region's (or else the comparisons') latest period.
    const period = points.at(-1)?.period ?? allPeriods(comparisons).at(-1);
    return { period, point: period ? region.byPeriod.get(period) : undefined, laterMissing: [] };
  }
  const point = points[index]!;
  const laterMissing = points.slice(index + 1).map((p) => p.period);
  const previous = points[lastWithValue(points, index)];
  const difference = previous === undefined ? undefined : shownDifference(point.value!, previous.value!, decimals);
  return { period: point.period, point, laterMissing, previous, difference };
}

/** Every period of the given lines, in time order. */
export function allPeriods(lines: readonly Line[]): string[] {
  return [...new Set(lines.flatMap((l) => l.points.map((p) => p.period)))].sort(comparePeriods);
}

/** The value of a line in a period, `null` when missing or "keine Angabe". */
export function valueAt(line: Line, period: string | undefined): number | null {
  if (period === undefined) return null;
  const v = line.byPeriod.get(period)?.value;
  return typeof v === 'number' ? v : null;
}

/** How a comparison region is named in the summary sentence. */
export type Reference = { kind: 'land' } | { kind: 'bund' } | { kind: 'other'; name: string };

const isLand = (ags: string) => /^\d{2}$/.test(ags);

/**
 * `DG` is Germany ("Bundeswert"). A two-digit code is a Land ("Landeswert") when the region itself
 * is below Land level and only one Land is compared; every other region is named.
 */
export function reference(line: Line, comparisons: readonly Line[], region: Line): Reference {
  if (line.ags.toUpperCase() === 'DG') return { kind: 'bund' };
  const regionIsLocal = !isLand(region.ags) && region.ags.toUpperCase() !== 'DG';
  if (isLand(line.ags) && regionIsLocal && comparisons.filter((l) => isLand(l.ags)).length === 1) return { kind: 'land' };
  return { kind: 'other', name: line.name };
}

export interface Trend {
  kind: 'up' | 'down' | 'same' | 'single' | 'none';
  first?: Point;
  last?: Point;
  /** Periods between first and last (or of the whole range) without a value. */
  gaps: string[];
}

/** First and last value of a line over `periods`, and the gaps between them. */
export function trend(line: Line, periods: readonly string[], decimals?: number): Trend {
  const numeric = periods.map((p) => line.byPeriod.get(p)).filter((p): p is Point => typeof p?.value === 'number');
  if (!numeric.length) return { kind: 'none', gaps: [] };
  const first = numeric[0]!;
  const last = numeric.at(-1)!;
  const from = periods.indexOf(first.period);
  const to = periods.indexOf(last.period);
  const gaps = periods.slice(from, to + 1).filter((p) => valueAt(line, p) === null);
  if (numeric.length === 1) return { kind: 'single', first, last, gaps };
  const d = direction(shownDifference(last.value!, first.value!, decimals));
  return { kind: d, first, last, gaps };
}

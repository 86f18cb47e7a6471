import { svg, type SVGTemplateResult } from 'lit';
import { roundTo, type Line, type Point } from './indikator.model.js';

/**
 * The line chart of <bildung-indikator>: plain SVG, no chart library (a few hundred bytes of
 * geometry instead of tens of kilobytes). Lines differ by dash pattern and marker shape, not by
 * colour alone, and take their colours from CSS (currentColor / CanvasText in forced colours).
 */

/** Dash patterns by series index (the region itself is 0: solid). */
export const DASHES = ['none', '8 4', '2 4', '10 4 2 4', '5 3'] as const;
/**
 * Marker shapes by series index, as outlines drawn from the point (relative moves, so one template
 * draws them all): filled circle, square, triangle, diamond, and a smaller circle that the CSS
 * leaves open (a ring).
 */
export const MARKERS = [
  'm-4.5 0a4.5 4.5 0 0 0 9 0a4.5 4.5 0 0 0-9 0',
  'm-4-4h8v8h-8z',
  'm0-5.5l5.5 9.5h-11z',
  'm0-6l6 6-6 6-6-6z',
  'm-4 0a4 4 0 0 0 8 0a4 4 0 0 0-8 0',
] as const;
export const STYLE_COUNT = DASHES.length;

export interface ChartInput {
  /** The region first, then its comparisons. */
  lines: readonly Line[];
  /** Every period on the x axis, in time order. */
  periods: readonly string[];
  width: number;
  height: number;
  /** Fewer ticks for the small tile chart. */
  compact: boolean;
  title: string;
  /** A y-axis tick label ("30 %"); `decimals` is the precision the step needs. */
  formatTick: (value: number, decimals: number) => string;
  /** The tooltip of a data point ("Schleswig-Flensburg 2016: 33,7 %"). */
  pointLabel: (line: Line, point: Point) => string;
}

/** Average width of a digit in the chart's font, in px (0.75em of a 16 px font, generously). */
const CHAR = 7.2;

/** 1, 2, 2.5 or 5 times a power of ten: steps a reader can add up. */
export function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude;
}

function decimalsOf(step: number): number {
  return String(roundTo(step, 10)).split('.')[1]?.length ?? 0;
}

/** The y axis: a domain that holds every value, cut at nice steps, and its ticks. */
export function yScale(values: readonly number[], compact: boolean): { min: number; max: number; ticks: number[]; decimals: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, compact ? 3 : 5);
  const min = roundTo(Math.floor(lo / step) * step, 10);
  const max = roundTo(Math.ceil(hi / step) * step, 10);
  // A step below the precision of the values' magnitude (3e17 and 3e17 + 64 in a feed) would
  // never advance `t`; a range of ±1e308 has no finite step. Such an axis gets its two ends.
  const count = Math.round((max - min) / step);
  if (!(count >= 1 && count <= 50) || min + step === min) return { min: lo, max: hi, ticks: [lo, hi], decimals: 0 };
  const ticks: number[] = [];
  for (let i = 0; i <= count; i++) ticks.push(roundTo(min + i * step, 10));
  return { min, max, ticks, decimals: decimalsOf(step) };
}

function marker(style: number, x: number, y: number, label: string): SVGTemplateResult {
  // A tooltip for mouse users (the table and the text alternative carry the same values).
  return svg`<path class="marker" d="M${x} ${y}${MARKERS[style]}">${label ? svg`<title>${label}</title>` : ''}</path>`;
}

/** A small sample of a series' line and marker, for the legend. */
export function legendSwatch(index: number): SVGTemplateResult {
  const style = index % STYLE_COUNT;
  return svg`<svg class="swatch series-${style}" viewBox="0 0 36 14" width="36" height="14" aria-hidden="true" focusable="false">
    <path class="line" d="M2 7H34" stroke-dasharray=${DASHES[style]}></path>
    ${marker(style, 18, 7, '')}
  </svg>`;
}

/** The chart, or `undefined` when no line has a single value. */
export function chartTemplate(input: ChartInput): SVGTemplateResult | undefined {
  const { lines, periods, width, height, compact } = input;
  const values = lines.flatMap((l) => l.points.map((p) => p.value)).filter((v): v is number => typeof v === 'number');
  if (!values.length || !periods.length) return undefined;
  const y = yScale(values, compact);
  // A range beyond the largest number (±1e308 in a feed) cannot be drawn; the table still shows the values.
  if (!Number.isFinite(y.max - y.min)) return undefined;
  const tickLabels = y.ticks.map((t) => input.formatTick(t, y.decimals));
  // The width of the longest label, with room on both sides.
  const widest = (labels: readonly string[]) => Math.max(...labels.map((t) => t.length)) * CHAR + 10;
  const periodWidth = widest(periods);
  const top = 10;
  const bottom = 26;
  const left = Math.max(widest(tickLabels), periodWidth / 2);
  const right = Math.max(12, periodWidth / 2);
  const plotWidth = Math.max(40, width - left - right);
  const plotHeight = Math.max(30, height - top - bottom);
  const n = periods.length;
  const xAt = (i: number) => roundTo(n === 1 ? left + plotWidth / 2 : left + (i * plotWidth) / (n - 1), 2);
  const yAt = (v: number) => roundTo(top + plotHeight - ((v - y.min) / (y.max - y.min)) * plotHeight, 2);
  // Label every k-th period so that labels never overlap; the last one always.
  const every = Math.max(1, Math.ceil((periodWidth * n) / (plotWidth + periodWidth)));
  const labelled = new Set<number>([n - 1]);
  for (let i = 0; i < n - 1; i += every) if (xAt(n - 1) - xAt(i) >= periodWidth) labelled.add(i);

  const end = roundTo(left + plotWidth, 2);
  const base = top + plotHeight;

  return svg`<svg class="plot" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width=${width} height=${height} focusable="false">
    <title id="chart-title">${input.title}</title>
    <g class="grid">
      ${y.ticks.map((t) => svg`<line x1=${left} x2=${end} y1=${yAt(t)} y2=${yAt(t)}></line>`)}
    </g>
    <g class="axis axis-y">
      ${y.ticks.map((t, i) => svg`<text x=${roundTo(left - 6, 2)} y=${yAt(t)} dy="0.32em" text-anchor="end">${tickLabels[i]}</text>`)}
    </g>
    <g class="axis axis-x">
      <line class="baseline" x1=${left} x2=${end} y1=${base} y2=${base}></line>
      ${periods.map((p, i) => (labelled.has(i) ? svg`<text x=${xAt(i)} y=${height - 6} text-anchor="middle">${p}</text>` : ''))}
    </g>
    ${lines.map((line, index) => {
      const style = index % STYLE_COUNT;
      // A line breaks where a value is missing: no bridging over "keine Angabe". A value
      // without a neighbour is a marker only.
      const segments: string[] = [];
      const markers: SVGTemplateResult[] = [];
      let current = '';
      periods.forEach((period, i) => {
        const point = line.byPeriod.get(period);
        if (typeof point?.value === 'number') {
          const cx = xAt(i);
          const cy = yAt(point.value);
          current += `${current ? 'L' : 'M'}${cx} ${cy}`;
          markers.push(marker(style, cx, cy, input.pointLabel(line, point)));
        } else if (current) {
          segments.push(current);
          current = '';
        }
      });
      segments.push(current);
      return svg`<g class="series series-${style}${index === 0 ? ' own' : ''}">
        ${segments.filter((d) => d.includes('L')).map((d) => svg`<path class="line" d=${d} stroke-dasharray=${DASHES[style]}></path>`)}
        ${markers}
      </g>`;
    })}
  </svg>`;
}

import { css } from 'lit';
import { sharedStyles } from '../../core/src/index.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      container-type: inline-size;
      --_positive: var(--bildung-positive, #1b6e35);
      --_negative: var(--bildung-negative, #b00020);
      --_chart-1: var(--bildung-chart-1, var(--_accent));
      --_chart-2: var(--bildung-chart-2, currentColor);
      --_chart-3: var(--bildung-chart-3, currentColor);
      --_chart-4: var(--bildung-chart-4, currentColor);
      --_chart-5: var(--bildung-chart-5, currentColor);
    }
    .tile {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: 1em;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_gap) * 0.75);
      min-width: 0;
      /* Every text in the tile comes from the feed: an overlong unit or note wraps instead of overflowing (inherited by every part). */
      overflow-wrap: anywhere;
    }
    .name {
      font-size: 1.125em;
      line-height: 1.3;
      margin: 0;
    }
    p {
      margin: 0;
    }
    .body {
      display: grid;
      grid-template-columns: 1fr;
      gap: var(--_gap);
      min-width: 0;
    }
    .facts {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      min-width: 0;
    }
    .figure {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.6em;
    }
    .number {
      font-size: 2.25em;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .view-chart .number,
    .view-table .number {
      font-size: 1.5em;
    }
    .context,
    .muted,
    .comparison-heading {
      color: var(--_muted);
    }
    .change .arrow {
      display: inline-block;
      min-width: 1.1em;
    }
    .verdict {
      font-weight: 700;
    }
    .verdict-better .verdict,
    .verdict-better .arrow {
      color: var(--_positive);
    }
    .verdict-worse .verdict,
    .verdict-worse .arrow {
      color: var(--_negative);
    }
    .comparisons {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    .comparisons .value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .summary {
      font-weight: 600;
    }
    .series-view {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5em;
      min-width: 0;
    }
    .series-view > * {
      max-width: 100%;
    }
    .toggle[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    figure {
      margin: 0;
      width: 100%;
    }
    .plot {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
      font-size: 0.75em;
    }
    .plot text {
      fill: currentColor;
    }
    .grid line {
      stroke: currentColor;
      stroke-opacity: 0.18;
    }
    .baseline {
      stroke: currentColor;
      stroke-opacity: 0.6;
    }
    .line {
      fill: none;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .own .line {
      stroke-width: 3;
    }
    .series-0 {
      color: var(--_chart-1);
    }
    .series-1 {
      color: var(--_chart-2);
    }
    .series-2 {
      color: var(--_chart-3);
    }
    .series-3 {
      color: var(--_chart-4);
    }
    .series-4 {
      color: var(--_chart-5);
    }
    .series .line,
    .swatch .line {
      stroke: currentColor;
    }
    .marker {
      fill: currentColor;
      stroke: currentColor;
    }
    .marker.open {
      fill: Canvas;
      stroke-width: 2;
    }
    figcaption {
      margin-top: 0.25em;
    }
    .legend {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      font-size: 0.875em;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    .swatch {
      flex: none;
      overflow: visible;
    }
    .trend {
      font-size: 0.875em;
      margin-top: 0.25em;
    }
    .table-wrap {
      overflow-x: auto;
      width: 100%;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
      min-width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.4em;
      caption-side: top;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.3em 0.6em;
      vertical-align: top;
    }
    thead th {
      text-align: start;
    }
    td {
      text-align: end;
      white-space: nowrap;
    }
    td .note {
      display: block;
      white-space: normal;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .meta {
      margin: 0;
      display: grid;
      gap: 0.35em;
      font-size: 0.875em;
    }
    .meta div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.4em;
    }
    .meta dt {
      font-weight: 700;
    }
    .meta dt::after {
      content: ':';
    }
    .meta dd {
      margin: 0;
      white-space: pre-line;
    }
    .notice {
      padding: 0.5em 0.75em;
      border-left: 4px solid var(--_border);
      background: var(--_surface);
      font-size: 0.875em;
    }
    @container (min-width: 40rem) {
      .view-tile .body {
        grid-template-columns: minmax(14rem, 1fr) minmax(0, 1.4fr);
        align-items: start;
      }
    }
    @media (forced-colors: active) {
      .series-0,
      .series-1,
      .series-2,
      .series-3,
      .series-4,
      .plot text {
        color: CanvasText;
        fill: CanvasText;
      }
      .grid line,
      .baseline {
        stroke: GrayText;
      }
      .verdict-better .verdict,
      .verdict-worse .verdict,
      .verdict-better .arrow,
      .verdict-worse .arrow {
        color: CanvasText;
      }
      .toggle[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
        forced-color-adjust: none;
      }
    }
  `,
];

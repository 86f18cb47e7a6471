import { css } from 'lit';
import { sharedStyles } from '../../core/src/index.js';

// Declarations that several parts share are said once, in one rule for all of them (grouped by
// what they do: spacing, type, colour), then each part gets what is its own.
export const styles = [
  sharedStyles,
  css`
    :host {
      container-type: inline-size;
    }
    p,
    .name,
    figure,
    .meta,
    dd {
      margin: 0;
    }
    .comparisons,
    .legend {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    /* Columns; facts and series view are grid items, which min-width 0 keeps from growing with long text. */
    .tile,
    .facts,
    .series-view {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      min-width: 0;
    }
    .tile {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: 1em;
      gap: calc(var(--_gap) * 0.75);
      /* Every text in the tile comes from the feed: an overlong unit or note wraps instead of overflowing (inherited by every part). */
      overflow-wrap: anywhere;
    }
    .name {
      font-size: 1.125em;
      line-height: 1.3;
    }
    .body {
      display: grid;
      grid-template-columns: 1fr;
      gap: var(--_gap);
    }
    .figure {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.6em;
    }
    .number {
      font-size: 2.25em;
      line-height: 1.1;
    }
    .view-chart .number,
    .view-table .number {
      font-size: 1.5em;
    }
    .number,
    .verdict,
    .value,
    .meta dt {
      font-weight: 700;
    }
    .summary,
    caption {
      font-weight: 600;
    }
    .number,
    .value,
    table {
      font-variant-numeric: tabular-nums;
    }
    .legend,
    .trend,
    .note,
    .meta,
    .notice {
      font-size: 0.875em;
    }
    .context,
    .muted,
    .comparison-heading,
    .note {
      color: var(--_muted);
    }
    .arrow {
      display: inline-block;
      min-width: 1.1em;
    }
    .verdict-better :is(.verdict, .arrow) {
      color: var(--bildung-positive, #1b6e35);
    }
    .verdict-worse :is(.verdict, .arrow) {
      color: var(--bildung-negative, #b00020);
    }
    .series-view {
      align-items: flex-start;
    }
    .series-view > * {
      max-width: 100%;
    }
    .toggle[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    figure,
    .plot,
    .table-wrap {
      width: 100%;
    }
    /* Text and markers are filled, lines stroked, in the colour of their series (else the text colour). */
    svg {
      overflow: visible;
      fill: currentColor;
    }
    path,
    line {
      stroke: currentColor;
    }
    .plot {
      display: block;
      height: auto;
      font-size: 0.75em;
    }
    /* Grid lines and the baseline (the only <line>s). */
    line {
      stroke-opacity: 0.18;
    }
    .baseline {
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
    /* Without its custom property a comparison's colour is inherited (the documented default, currentColor). */
    .series-0 {
      color: var(--bildung-chart-1, var(--_accent));
    }
    .series-1 {
      color: var(--bildung-chart-2);
    }
    .series-2 {
      color: var(--bildung-chart-3);
    }
    .series-3 {
      color: var(--bildung-chart-4);
    }
    .series-4 {
      color: var(--bildung-chart-5);
    }
    /* The fifth series' marker is a ring. */
    .series-4 .marker {
      fill: Canvas;
      stroke-width: 2;
    }
    figcaption,
    .trend {
      margin-top: 0.25em;
    }
    .legend {
      gap: 0.25em 1em;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    .swatch {
      flex: none;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-width: 100%;
    }
    caption {
      padding-bottom: 0.4em;
      caption-side: top;
    }
    caption,
    thead th {
      text-align: start;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.3em 0.6em;
      vertical-align: top;
    }
    td {
      text-align: end;
      white-space: nowrap;
    }
    .note {
      display: block;
      white-space: normal;
    }
    .meta {
      display: grid;
      gap: 0.35em;
    }
    .meta div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.4em;
    }
    .meta dt::after {
      content: ':';
    }
    dd {
      white-space: pre-line;
    }
    /* A state message (.bildung-state), smaller. */
    .notice {
      padding: 0.5em 0.75em;
    }
    @container (min-width: 40rem) {
      .view-tile .body {
        grid-template-columns: minmax(14rem, 1fr) minmax(0, 1.4fr);
        align-items: start;
      }
    }
    @media (forced-colors: active) {
      .series,
      .swatch,
      .plot text,
      .change :is(.verdict, .arrow) {
        color: CanvasText;
        fill: CanvasText;
      }
      line {
        stroke: GrayText;
      }
      .toggle[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
        forced-color-adjust: none;
      }
    }
  `,
];

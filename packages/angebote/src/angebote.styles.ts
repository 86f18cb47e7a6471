import { css } from 'lit';
import { listStyles, sharedStyles } from '../../core/src/index.js';

export const styles = [
  sharedStyles,
  listStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .search {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-bottom: var(--_gap);
    }
    .search label,
    legend {
      font-weight: 700;
    }
    /* The search and age inputs */
    #q,
    #age {
      font: inherit;
      color: inherit;
      background: var(--bildung-input-background, transparent);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em 0.75em;
      min-height: 2.75rem;
      width: 100%;
    }
    #age {
      max-width: 8em;
      display: block;
      margin: 0.25em 0;
    }
    .hint {
      display: block;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .count {
      color: var(--_muted);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(12rem, 16rem) 1fr;
      gap: var(--_gap);
      align-items: start;
    }
    .no-filters {
      grid-template-columns: 1fr;
    }
    .filter-toggle {
      display: none;
      width: 100%;
    }
    .filters {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_gap) * 0.75);
    }
    .facet {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
      padding: 0.5em 0.75em 0.75em;
      min-width: 0;
    }
    legend {
      padding: 0 0.25em;
    }
    .options,
    .chips,
    .contact {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .options li {
      display: flex;
      align-items: flex-start;
      gap: 0.5em;
      padding: 0.2em 0;
    }
    .options input {
      width: 1.25em;
      height: 1.25em;
      margin: 0.15em 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .options label {
      overflow-wrap: anywhere;
    }
    .link-button {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0.25em 0;
      text-decoration: underline;
      cursor: pointer;
      min-height: 2rem;
    }
    .chips-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-bottom: var(--_gap);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    /* A .bildung-button (colours, border, forced colours), as a pill */
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      border-radius: 999px;
      padding: 0.2em 0.8em;
      min-height: 2.25rem;
    }
    .x {
      font-size: 1.2em;
      line-height: 1;
    }
    .empty {
      padding: 1em;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .empty p {
      margin-top: 0;
    }
    .areas {
      margin: 0 0 0.5em;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .details {
      border-top: 1px solid var(--_border);
      margin-top: 0.5em;
      padding-top: 0.5em;
    }
    .more {
      margin-top: var(--_gap);
    }
    @container (max-width: 40rem) {
      .layout {
        grid-template-columns: 1fr;
      }
      .filter-toggle {
        display: block;
        margin-bottom: 0.5em;
      }
      .filters:not(.open) {
        display: none;
      }
    }
  `,
];

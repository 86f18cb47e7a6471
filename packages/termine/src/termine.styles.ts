import { css } from 'lit';
import { listStyles, sharedStyles } from '../../core/src/index.js';

export const styles = [
  sharedStyles,
  listStyles,
  css`
    .when {
      font-weight: 700;
      margin: 0 0 0.5em;
    }
    .label.category {
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    .contact {
      /* Moves to the next line as one piece; wraps only when longer than a line (not nowrap: an overlong address from the feed must not overflow). */
      display: inline-block;
      max-width: 100%;
    }
    .registration {
      margin: 0 0 0.5em;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 0.75em;
    }
    .is-closed strong {
      color: var(--_muted);
    }
    .documents {
      margin: 0 0 0.5em;
    }
    .documents-heading {
      font-weight: 700;
      margin: 0;
    }
    .documents ul {
      margin: 0.15em 0 0;
      padding-left: 1.25em;
    }
    .documents li {
      padding: 0.15em 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin-top: 0.5em;
    }
    .file-failed {
      flex-basis: 100%;
      margin: 0;
    }
    .list-actions {
      margin-top: var(--_gap);
    }
    .event-link,
    .more-link,
    .register,
    .document {
      display: inline-block;
      padding: 0.35em 0;
    }
    .past {
      margin-top: calc(var(--_gap) * 1.5);
    }
    .past-heading {
      margin: 0 0 0.5em;
      font-size: 1.0625em;
    }
    .past-toggle {
      /* A secondary .bildung-button, with the border of the cards. */
      font-weight: 700;
      border-color: var(--_border);
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      text-align: start;
    }
    .chevron {
      flex: none;
      width: 0.55em;
      height: 0.55em;
      border: solid;
      border-width: 0 2px 2px 0;
      transform: rotate(-45deg);
      transition: transform 0.15s;
    }
    [aria-expanded='true'] > .chevron {
      transform: rotate(45deg);
    }
    .past-list .title {
      font-size: 1.0625em;
    }
    @media (forced-colors: active) {
      .past-toggle {
        border-color: ButtonText;
      }
    }
  `,
];

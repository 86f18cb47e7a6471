import { css } from 'lit';
import { listStyles, sharedStyles } from '../../core/src/index.js';

export const styles = [
  sharedStyles,
  listStyles,
  css`
    .download {
      display: inline-block;
      padding: 0.1em 0;
    }
    .download::before {
      /* A small document symbol; the link text says what it is. */
      content: '';
      display: inline-block;
      width: 0.7em;
      height: 0.9em;
      margin-right: 0.45em;
      vertical-align: -0.05em;
      border: 2px solid;
      border-radius: 1px 0.3em 1px 1px;
    }
    .file-info {
      font-weight: 400;
      /* Moves to the next line as one piece; wraps only when longer than a line (not nowrap: a feed's overlong file type must not overflow). */
      display: inline-block;
      max-width: 100%;
      text-decoration: inherit;
    }
    .published {
      color: var(--_muted);
      margin: 0 0 0.5em;
    }
  `,
];

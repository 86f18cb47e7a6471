import { css } from 'lit';

/**
 * Styles of the result and entry lists every list widget shares (offers, events, reports):
 * the status line, the list of cards, titles, fact lists, descriptions and code labels.
 */
export const listStyles = css`
  .status {
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
  }
  .list > li > article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.125em;
    margin: 0 0 0.25em;
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .facts {
    margin: 0 0 0.5em;
    display: grid;
    gap: 0.15em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
    margin: 0 0 0.5em;
  }
  .labels {
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .label {
    /* A transparent border becomes visible in forced colours, where backgrounds vanish. */
    border: 1px solid transparent;
    border-radius: 999px;
    padding: 0.05em 0.65em;
    font-size: 0.875em;
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  @media (forced-colors: active) {
    .label {
      border-color: CanvasText;
    }
  }
`;

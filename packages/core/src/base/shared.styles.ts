import { css } from 'lit';

/**
 * Styles every widget shares: visible focus, forced colours, reduced motion, the state messages
 * and buttons. The page's font and colour reach the widget by inheritance, with no rule of their
 * own (a `font: inherit` here would change nothing: a page rule on the widget wins over `:host`,
 * and nothing else sets them); buttons, which do not inherit the font, get it set.
 *
 * Custom properties (documented on each widget):
 * --bildung-accent, --bildung-accent-contrast, --bildung-border, --bildung-radius,
 * --bildung-gap, --bildung-muted, --bildung-surface, --bildung-mark, --bildung-focus.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_accent: var(--bildung-accent, #0b5394);
    --_accent-contrast: var(--bildung-accent-contrast, #ffffff);
    --_border: var(--bildung-border, color-mix(in srgb, currentColor 35%, transparent));
    --_radius: var(--bildung-radius, 0.375rem);
    --_gap: var(--bildung-gap, 1rem);
    --_muted: var(--bildung-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_surface: var(--bildung-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_mark: var(--bildung-mark, #fff3a3);
    --_focus: var(--bildung-focus, #1a1a1a);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #fff;
  }
  .bildung-button {
    font: inherit;
    cursor: pointer;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    padding: 0.4em 0.9em;
    min-height: 2.75rem;
  }
  .bildung-button.secondary {
    background: transparent;
    color: inherit;
  }
  .bildung-state {
    padding: 0.75em 1em;
    border-left: 4px solid var(--_border);
    background: var(--_surface);
  }
  .bildung-error {
    border-left-color: #b00020;
  }
  .bildung-error p {
    margin: 0 0 0.75em;
  }
  .bildung-debug {
    margin-bottom: var(--_gap);
    padding: 0.5em 1em;
    border: 1px dashed var(--_border);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--bildung-link, inherit);
  }
  mark {
    background: var(--_mark);
    color: #000;
  }
  @media (forced-colors: active) {
    .bildung-button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * The editor file's data-attribute form, loaded when a page uses it: mount.ts (with its
 * MutationObserver and the attribute mapping) comes in its own file, `bildung-widgets.mount.js`,
 * only once the page has an element with `data-bildung-widget`, at once or added later. Pages
 * that write the tags themselves (and the WordPress shortcodes do) never fetch it. The attribute
 * is written out here rather than imported as mount.ts's `WIDGET_ATTRIBUTE`: an import would
 * bring mount.ts back into the main file.
 */
if (typeof document !== 'undefined') {
  const watcher = new MutationObserver(look);
  // Looks for the form (once more after each change of the page, until it is there).
  function look() {
    if (!document.querySelector('[data-bildung-widget]')) return;
    watcher.disconnect();
    import('./mount.js').catch((error: Error) => console.error(`bildung-widgets: the data-bildung-widget form needs the file bildung-widgets.mount.js beside bildung-widgets.js (${error.message})`));
  }
  watcher.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-bildung-widget'] });
  look();
}

// What every local tool that serves files or drives Chromium shares: the test runner config,
// the demo server, the Storybook smoke test and the bench.

/** Debian's Chromium unless CHROME_PATH names another. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Headless Chromium as root, on a machine without internet: no sandbox, no GPU, and none of the
 * background connections Chromium makes on its own.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Content types of the files the project serves locally. */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

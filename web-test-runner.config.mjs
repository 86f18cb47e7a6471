import { chromiumArgs, chromiumPath } from './scripts/local-web.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { securityPlugin } from './tests/security/wtr-plugin.mjs';

// Tests run in Debian's Chromium (scripts/ensure-chromium.mjs installs it when missing).
const isJsonImport = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

export default {
  files: ['packages/**/*.test.ts', 'tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard and focus tests need the focused tab.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  plugins: [
    // @web/test-runner-commands' emulateMedia() drops forced-colors for Chromium; this command
    // sets it through puppeteer (tests: forcedColors() in tests/helpers.ts).
    {
      name: 'forced-colors-command',
      async executeCommand({ command, payload, session }) {
        if (command !== 'forced-colors') return undefined;
        const page = session.browser.getPage(session.id);
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      },
    },
    // A JSON file imported by a module (the feed schema) becomes a JS module; a JSON file
    // fetched by a widget (a feed) stays JSON.
    {
      name: 'json-modules',
      resolveMimeType(context) {
        if (isJsonImport(context)) return 'js';
      },
      transform(context) {
        if (isJsonImport(context)) return { body: `export default ${context.body};` };
      },
    },
    // Strict-CSP pages with the built bundle, a feed server with faults, request recording (tests/security/).
    securityPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};

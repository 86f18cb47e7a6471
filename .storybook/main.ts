import type { StorybookConfig } from '@storybook/web-components-vite';

/** The part of Storybook's server channel used below (the preset hook is not in the public types). */
interface ServerChannel {
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
  removeAllListeners(event?: string): void;
}

// Storybook for bildung-widgets. Nothing here may make a request leave the machine: telemetry
// and "What's new" are off, the only addon is addon-docs (local docs pages), no web fonts, no CDN. Run `storybook dev`
// with `--no-version-updates` (else the dev server asks storybook.js.org for the newest version).
// The API tables come from ./custom-elements.json: run `npm run manifest` first.
const config: StorybookConfig & { experimental_serverChannel?: (channel: ServerChannel) => Promise<ServerChannel> } = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // In `storybook dev`, the renderer's `lit/directive-helpers.js` escaped Vite's dependency
  // pre-bundling and pulled in a second copy of lit-html ("Multiple versions of Lit loaded").
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
  // The dev server fetches https://storybook.js.org/whats-new/v1 whenever the manager asks for it,
  // even with `disableWhatsNewNotifications` (it reads that flag only after fetching). Answer locally.
  experimental_serverChannel: async (channel) => {
    channel.removeAllListeners('requestWhatsNewData');
    channel.on('requestWhatsNewData', () => channel.emit('resultWhatsNewData', { data: { status: 'ERROR' } }));
    return channel;
  },
};

export default config;

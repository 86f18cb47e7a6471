// Ships the feed's JSON Schema next to the bundles (dist/feed.schema.json).
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(new URL('../packages/core/src/feed/feed.schema.json', import.meta.url), new URL('../dist/feed.schema.json', import.meta.url));

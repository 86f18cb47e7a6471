import { berlinIso } from '../../core/src/event-time.js';
import type { Feed, Publisher } from '../../core/src/feed/feed.types.js';
import { parseArgs, type OptionSpec } from './args.js';

/** Options every command that writes a feed understands. */
export const OUTPUT_OPTIONS: OptionSpec[] = [
  { name: 'output', short: 'o', value: true },
  { name: 'publisher', value: true },
  { name: 'ags', value: true },
];

export function parseCommandArgs(argv: string[], extra: OptionSpec[] = []) {
  return parseArgs(argv, [...OUTPUT_OPTIONS, ...extra]);
}

/** The head of a new feed: version, when it was made (Berlin time), and the publisher if named. */
export function feedHead(options: Record<string, string | true>, now: Date): Feed {
  const feed: Feed = { version: 1, updated: berlinIso(new Date(Math.floor(now.getTime() / 1000) * 1000)) };
  const publisher: Publisher = {};
  if (typeof options.publisher === 'string' && options.publisher.trim()) publisher.name = options.publisher.trim();
  if (typeof options.ags === 'string' && options.ags.trim()) publisher.ags = options.ags.trim();
  if (Object.keys(publisher).length) feed.publisher = publisher;
  return feed;
}

export const optionString = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

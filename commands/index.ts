/** Every command briefbot has. Adapters, the manifest and /help all read this list. */
import type { AnyCommand } from '../src/core/commands.ts';
import brief from './brief.ts';
import digest from './digest.ts';
import events from './events.ts';
import feeds from './feeds.ts';
import help from './help.ts';
import lookup from './lookup.ts';
import search from './search.ts';
import sources from './sources.ts';
import who from './who.ts';

export const commands: readonly AnyCommand[] = [brief, who, lookup, events, search, sources, digest, feeds, help];

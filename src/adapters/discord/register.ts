/**
 * Registers the slash commands: fetches what Discord has, prints the
 * difference, and only PUTs when something changed. Guild-scoped (instant)
 * when a guild ID is configured, global otherwise.
 */
import { REST, Routes } from 'discord.js';
import { isDeepStrictEqual } from 'node:util';
import type { DiscordConfig } from '../../config.ts';
import type { AnyCommand } from '../../core/commands.ts';
import { discordCommandJson, type DiscordCommandJson } from './commands.ts';

export interface RegistrationResult {
  scope: 'guild' | 'global';
  added: string[];
  removed: string[];
  changed: string[];
  updated: boolean;
}

type Comparable = Record<string, unknown>;

/** Only the fields we set, with Discord's defaults filled in, so a fetched command compares equal to ours. */
function comparable(command: Comparable): Comparable {
  // A message command has no description: Discord keeps an empty one.
  return { type: command.type ?? 1, name: command.name, description: command.description ?? '', options: comparableOptions(command.options) };
}

/** A slash command and a message command may share a name: each is known by both. */
const identity = (command: Comparable) => `${String(command.type ?? 1)}:${String(command.name)}`;

/** "/brief", or "“Brief me on this” (message menu)". */
function display(command: Comparable): string {
  return (command.type ?? 1) === 3 ? `“${String(command.name)}” (message menu)` : `/${String(command.name)}`;
}

/** Options all the way down: a subcommand's own options and a menu's choices count too. */
function comparableOptions(options: unknown): Comparable[] {
  return ((options as Comparable[] | undefined) ?? []).map((o) => ({
    type: o.type,
    name: o.name,
    description: o.description,
    required: Boolean(o.required),
    autocomplete: Boolean(o.autocomplete),
    max_length: o.max_length ?? null,
    choices: ((o.choices as Comparable[] | undefined) ?? []).map((c) => ({ name: c.name, value: c.value })),
    options: comparableOptions(o.options),
  }));
}

/** What differs between the commands wanted and those registered, each named as a user finds it ("/brief", "“Brief me on this” (message menu)"). */
export function diffCommands(wanted: DiscordCommandJson[], existing: Comparable[]): Omit<RegistrationResult, 'scope' | 'updated'> {
  const registered = new Map(existing.map((c) => [identity(c), { shown: display(c), command: comparable(c) }]));
  const ours = (wanted as unknown as Comparable[]).map((c) => ({ id: identity(c), shown: display(c), command: comparable(c) }));
  const wantedIds = new Set(ours.map((c) => c.id));
  return {
    added: ours.filter((c) => !registered.has(c.id)).map((c) => c.shown),
    removed: [...registered].filter(([id]) => !wantedIds.has(id)).map(([, c]) => c.shown),
    changed: ours.filter((c) => registered.has(c.id) && !isDeepStrictEqual(registered.get(c.id)!.command, c.command)).map((c) => c.shown),
  };
}

export async function registerCommands(config: DiscordConfig, commands: readonly AnyCommand[], rest = restFor(config)): Promise<RegistrationResult> {
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const wanted = discordCommandJson(commands);
  const existing = (await rest.get(route)) as Comparable[];
  const diff = diffCommands(wanted, existing);
  const updated = diff.added.length + diff.removed.length + diff.changed.length > 0;
  if (updated) await rest.put(route, { body: wanted });
  return { scope: config.guildId ? 'guild' : 'global', ...diff, updated };
}

export function restFor(config: DiscordConfig): REST {
  return new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
}

export function describeRegistration(result: RegistrationResult): string {
  const lines = [`Slash commands (${result.scope}):`];
  for (const name of result.added) lines.push(`  + ${name} (new)`);
  for (const name of result.changed) lines.push(`  ~ ${name} (changed)`);
  for (const name of result.removed) lines.push(`  - ${name} (removed)`);
  lines.push(result.updated ? 'Registered the commands above.' : 'Nothing changed; nothing was sent.');
  if (result.updated && result.scope === 'global') lines.push('Global commands can take up to an hour to appear; set DISCORD_GUILD_ID for instant updates while developing.');
  return lines.join('\n');
}

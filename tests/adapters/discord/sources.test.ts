/**
 * /sources on Discord end to end: the real discord.js client against the fake
 * Discord, adding a page by address and a file by attachment from the news
 * site on 127.0.0.1 (standing in for Discord's file servers).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationCommandOptionType, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { discordCommandJson } from '../../../src/adapters/discord/commands.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../../../src/briefbot.ts';
import { configureLog } from '../../../src/core/log.ts';
import { ArticleLibrary } from '../../../src/ingest/library.ts';
import { seedBot } from '../../helpers.ts';
import { blockedConnections, guardOutboundConnections, type TestServer } from '../../ingest/fetch/server.ts';
import { NOTES_MD, OMAR, startNewsSite } from '../../ingest/pageServer.ts';
import { APP_ID, FakeDiscord, interaction, member, slashCommand, subcommand } from './fakeDiscord.ts';

const fake = new FakeDiscord();
let client: Client;
let site: TestServer;
let unguard: () => void;
let dir: string;
let bot: Briefbot;

beforeAll(async () => {
  configureLog({ level: 'error', sink: () => {} });
  unguard = guardOutboundConnections();
  site = await startNewsSite();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-discord-sources-'));
  // Attachments come from the site here, as they would from cdn.discordapp.com.
  const library = new ArticleLibrary({ contentDir: dir, allowHosts: [site.allow], attachmentHosts: [site.allow] });
  bot = createBriefbotFromKnowledge(seedBot().kb, [], { library });
  await fake.start();
  client = await fake.connect(() => bot, { messageContent: false });
});
afterAll(async () => {
  await client?.destroy();
  await fake.stop();
  await site.close();
  unguard();
  rmSync(dir, { recursive: true, force: true });
  expect(blockedConnections).toEqual([]);
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
});

/** A member who may read and write but not manage channels. */
const guest = { member: { ...member, permissions: String((1n << 10n) | (1n << 11n)) } };

/** /sources add file:<attachment>, with the file among the interaction's resolved attachments. */
function attach(filename: string, path: string, size: number, extra: Record<string, unknown> = {}) {
  const id = '700000000000000007';
  return interaction(
    2,
    {
      id: '600000000000000008',
      name: 'sources',
      type: 1,
      options: [{ name: 'add', type: 1, options: [{ name: 'file', type: ApplicationCommandOptionType.Attachment, value: id }] }],
      resolved: { attachments: { [id]: { id, filename, size, url: site.url(path), proxy_url: site.url(path), content_type: 'text/plain; charset=utf-8' } } },
    },
    extra,
  );
}

/** The bot's callback, then (when it deferred) the answer it edited in. */
async function answer(payload: { id: string; token: string }) {
  const since = fake.requests.length;
  const callback = await fake.interact(payload);
  if (callback.type !== 5) return { callback, message: callback.data };
  const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`, since, 15_000);
  return { callback, message: edit.body };
}

describe('registration', () => {
  it('registers /sources with list, add (a link or an attachment) and remove', () => {
    const sources = discordCommandJson(commands).find((c) => c.name === 'sources') as { options: any[] };
    expect(sources.options.map((s) => [s.name, s.type])).toEqual([
      ['list', ApplicationCommandOptionType.Subcommand],
      ['add', ApplicationCommandOptionType.Subcommand],
      ['remove', ApplicationCommandOptionType.Subcommand],
    ]);
    expect(sources.options[0].options.map((o: any) => o.name)).toEqual(['public']);
    expect(sources.options[1].options.map((o: any) => [o.name, o.type, o.required])).toEqual([
      ['url', ApplicationCommandOptionType.String, false],
      ['file', ApplicationCommandOptionType.Attachment, false],
    ]);
    expect(sources.options[2].options[0]).toMatchObject({ name: 'article', type: ApplicationCommandOptionType.String, required: true, autocomplete: true });
  });
});

describe('/sources add', () => {
  it('acknowledges at once (deferred, private), then edits in the article’s title, date and a /brief hint', async () => {
    const { callback, message } = await answer(subcommand('sources', 'add', [{ name: 'url', value: site.url(OMAR.path) }]));
    expect(callback).toEqual({ type: 5, data: { flags: 64 } }); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, ephemeral
    expect(message.embeds[0].title).toBe(`Added: ${OMAR.title}`);
    expect(message.embeds[0].description).toContain('Published 2019-11-18');
    expect(message.embeds[0].description).toContain('/brief ');
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(readdirSync(dir)).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
  });

  it('adds an attached Markdown file, downloaded from the file server', async () => {
    const { message } = await answer(attach('notes.md', '/attachments/notes.md', Buffer.byteLength(NOTES_MD)));
    expect(message.embeds[0].title).toBe('Added: Harbour cranes return to Gdansk');
    expect(readdirSync(dir)).toContain('harbour-cranes-return-to-gdansk.md');
  });

  it('answers a refusal in one polite line', async () => {
    const { message } = await answer(subcommand('sources', 'add', [{ name: 'url', value: 'http://169.254.169.254/latest/meta-data/' }]));
    expect(message.embeds[0].description).toBe('I could not add that: that address is on a private network.');
    const big = await answer(attach('huge.html', '/attachments/omar.html', 50 * 1024 * 1024));
    expect(big.message.embeds[0].description).toBe('I could not add that: the file is larger than 5 MB.');
  });

  it('refuses a member without Manage Channels, downloading nothing', async () => {
    const before = site.requests.length;
    const { message } = await answer(subcommand('sources', 'add', [{ name: 'url', value: site.url(OMAR.path) }], guest));
    expect(message.embeds[0].description).toMatch(/^Only people who can manage this channel can add or remove articles/);
    const file = await answer(attach('notes.md', '/attachments/notes.md', 100, guest));
    expect(file.message.embeds[0].description).toMatch(/^Only people who can manage this channel/);
    expect(site.requests.length).toBe(before);
  });
});

describe('/sources list and remove', () => {
  it('lists with /sources list (and /sources alone, as before), and removes by title', async () => {
    expect((await answer(subcommand('sources', 'list'))).message.embeds[0].title).toBe('1 article loaded');
    expect((await answer(slashCommand('sources'))).message.embeds[0].title).toBe('1 article loaded');
    const { message } = await answer(subcommand('sources', 'remove', [{ name: 'article', value: 'harbour cranes' }]));
    expect(message.embeds[0].title).toBe('Removed: Harbour cranes return to Gdansk');
    expect(readdirSync(dir)).not.toContain('harbour-cranes-return-to-gdansk.md');
  });
});

/** /sources list, add and remove as commands: the default subcommand, permissions, and removing by title or address. */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefbot, createBriefbotFromKnowledge, type Briefbot } from '../../src/briefbot.ts';
import type { ChannelInfo } from '../../src/core/commands.ts';
import { ArticleLibrary } from '../../src/ingest/library.ts';
import { FIXTURE_DIR, SEED_DIR, seedBot } from '../helpers.ts';
import { OMAR, useNewsSite } from '../ingest/pageServer.ts';

const SEED = 'isis-k-from-afghanistan-to-the-worlds-capitals.txt';
const SEED_TITLE = 'ISIS-K: From Afghanistan to the World’s Capitals';
const channel = (manager: boolean): ChannelInfo => ({ platform: 'slack', channelId: 'C1', userId: 'U1', canManage: async () => manager });

const site = useNewsSite();
let dir: string;
let bot: Briefbot;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-sources-'));
  copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
  copyFileSync(join(FIXTURE_DIR, 'storm-cables.md'), join(dir, 'storm-cables.md'));
  bot = reload();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The bot over the folder as it is now, as hot reload would build it. */
function reload(): Briefbot {
  return createBriefbotFromKnowledge(createBriefbot(dir).kb, [], { library: new ArticleLibrary({ contentDir: dir, allowHosts: [site.allow] }) });
}

describe('/sources', () => {
  it('alone, or as /sources list, lists the articles, with or without a channel', async () => {
    for (const reply of [bot.runLine('/sources'), bot.runLine('/sources list'), await bot.handleLine('/sources', channel(false)), await bot.handleLine('/sources list', channel(false))]) {
      expect(reply.kind).toBe('sources');
      expect(reply.title).toBe('2 articles loaded');
    }
  });

  it('without a content library (npm run ask) explains where adding works', async () => {
    const reply = await seedBot().handleLine(`/sources add ${site.url(OMAR.path)}`, channel(true));
    expect(reply.summary).toEqual(['Adding and removing articles is not available here: it needs the running bot (`npm start`); from a shell, use `npm run add -- <url|file>`.']);
    expect(seedBot().runLine('/sources add https://example.com/').summary[0]).toMatch(/works in a chat channel/);
  });
});

describe('permissions', () => {
  it('refuses add and remove to someone who cannot manage the channel, fetching and deleting nothing', async () => {
    const before = site.requests.length;
    for (const line of [`/sources add ${site.url(OMAR.path)}`, `/sources remove ${SEED_TITLE}`]) {
      const reply = await bot.handleLine(line, channel(false));
      expect(reply.kind).toBe('error');
      expect(reply.summary).toEqual([
        'Only people who can manage this channel can add or remove articles (on Discord: the Manage Channels permission; on Slack: workspace admins or the people in SLACK_DIGEST_ADMINS). Anyone can use /sources to list them.',
      ]);
    }
    expect(site.requests.length).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([SEED, 'storm-cables.md']);
  });
});

describe('/sources remove', () => {
  it('removes an article by its title, typed loosely', async () => {
    const reply = await bot.handleLine('/sources remove isis k from afghanistan to the worlds capitals', channel(true));
    expect(reply).toMatchObject({ kind: 'help', title: `Removed: ${SEED_TITLE}` });
    expect(reply.summary).toEqual([`${SEED} was deleted from the articles folder; answers stop using it in a few seconds.`]);
    expect(readdirSync(dir)).toEqual(['storm-cables.md']);
    expect(reload().runLine('/who lodhi').kind).toBe('not_found');
  });

  it('removes an article by its address, even one added since the last reload', async () => {
    expect((await bot.handleLine(`/sources add ${site.url(OMAR.path)}`, channel(true))).title).toBe(`Added: ${OMAR.title}`);
    const reply = await bot.handleLine(`/sources remove ${site.url(OMAR.path)}?utm_source=share`, channel(true));
    expect(reply.title).toBe(`Removed: ${OMAR.title}`);
    expect(readdirSync(dir).sort()).toEqual([SEED, 'storm-cables.md']);
  });

  it('removes by a unique part of the title, and asks for more when several match or none does', async () => {
    writeFileSync(join(dir, 'ports-one.md'), '---\ntitle: Port strike in Gdansk\n---\n\nDockers stopped work on Monday in Gdansk.\n');
    writeFileSync(join(dir, 'ports-two.md'), '---\ntitle: Port strike in Rotterdam\n---\n\nDockers stopped work on Monday in Rotterdam.\n');
    bot = reload();
    expect((await bot.handleLine('/sources remove port strike', channel(true))).summary[0]).toBe(
      'I could not remove that: 2 articles match “port strike” (“Port strike in Gdansk”, “Port strike in Rotterdam”); give more of the title, or the article’s address.',
    );
    expect((await bot.handleLine('/sources remove pizza recipes', channel(true))).summary[0]).toBe('I could not remove that: no article is titled “pizza recipes”; /sources lists them.');
    expect((await bot.handleLine('/sources remove https://nowhere.example/story', channel(true))).summary[0]).toMatch(/^I could not remove that: no article was added from that address/);
    expect((await bot.handleLine('/sources remove rotterdam', channel(true))).title).toBe('Removed: Port strike in Rotterdam');
    expect(readdirSync(dir)).not.toContain('ports-two.md');
    expect(readdirSync(dir)).toContain('ports-one.md');
  });

  it('offers article titles as it is typed', () => {
    expect(bot.autocomplete('sources', 'article', 'isis', 'remove').map((c) => c.value)).toEqual([SEED_TITLE]);
  });
});

/**
 * "Brief me on this" on Discord, end to end: the real discord.js client,
 * logged in to a fake Discord on 127.0.0.1, gets a message command
 * interaction whose target message comes in the interaction's resolved data
 * (no Message Content intent), and answers it.
 */
import { GatewayIntentBits, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedCharacters } from '../../../src/adapters/discord/render.ts';
import { decodeAction } from '../../../src/adapters/shared/actions.ts';
import { lookupDictionary } from '../../../src/core/knowledge/lookupDictionary.ts';
import { configureLog } from '../../../src/core/log.ts';
import { seedBot } from '../../helpers.ts';
import { APP_ID, buttonClick, CHANNEL_ID, FakeDiscord, human, interaction, message, slashCommand, snowflake, USER_ID } from './fakeDiscord.ts';

const fake = new FakeDiscord();
let client: Client;

beforeAll(async () => {
  configureLog({ sink: () => {} });
  await fake.start();
  // Knowledge is loaded before a bot connects (and, as LiveBot does, the lookup dictionary built):
  // the first interaction must not pay for building them.
  lookupDictionary(seedBot().kb);
  // Without the Message Content intent: the menu command needs none.
  client = await fake.connect(seedBot, { messageContent: false });
});
afterAll(async () => {
  await client?.destroy();
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

/** A message command interaction, as Discord sends it: the message chosen is in data.resolved.messages. */
function briefMeOn(content: string, extra: Record<string, unknown> = {}) {
  const targetId = snowflake();
  const target = message({ id: targetId, author: human, content, ...extra });
  return { targetId, payload: interaction(2, { id: '600000000000000009', name: 'Brief me on this', type: 3, target_id: targetId, resolved: { messages: { [targetId]: target } } }) };
}

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttonsOf = (body: { data: { components: { components: Button[] }[] } }) => body.data.components[0]?.components ?? [];

describe('“Brief me on this”', () => {
  it('connects without the Message Content intent', () => {
    expect(fake.identifies[0].intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers a message naming two people and an abbreviation with who they are, privately and at once', async () => {
    const { targetId, payload } = briefMeOn('Did you see what Lodhi said? Webber thinks the TTP is behind it.');
    const body = await fake.interact(payload);
    // A direct answer (4), not a deferral (5): the bot answers directly only when the answer is ready within its 1.5 s budget.
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = body.data.embeds;
    expect(embed.title).toBe('In this text: Maleeha Lodhi, Lucas Webber, TTP');
    expect(embed.description).toContain('**Maleeha Lodhi · person**\nPakistan’s ambassador to the UK, US, and the United Nations **[1]**');
    expect(embed.description).toContain('**Lucas Webber · person**\nco-founder and editor of Militant Wire **[2]**');
    expect(embed.description).toContain('**TTP — Tehreek-i-Taliban Pakistan · organization**');
    expect(embed.fields[0].name).toBe('[1] Severely Tense Relationships · ¶23');
    expect(embed.fields[0].value).toContain('Maleeha Lodhi');

    const [post, more] = buttonsOf(body);
    expect([post!.label, more!.label]).toEqual(['Post to channel', 'More sources']);
    expect(decodeAction(post!.custom_id)).toEqual({ action: 'post', command: 'lookup', page: 0, query: 'Lodhi, Webber, TTP', replyTo: targetId });
    expect(decodeAction(more!.custom_id)).toMatchObject({ action: 'more', page: 1, replyTo: targetId });
  });

  it('reads the text of a message’s embeds too (a link preview, another bot’s answer)', async () => {
    const { payload } = briefMeOn('', { embeds: [{ type: 'rich', title: 'Asif blames Kabul', description: 'Defence Minister Khawaja Muhammad Asif spoke on Wednesday.' }] });
    const body = await fake.interact(payload);
    expect(body.data.embeds[0].title).toBe('In this text: Khawaja Muhammad Asif');
  });

  it('answers a message that names nobody with a short note and suggestions, and no buttons', async () => {
    const body = await fake.interact(briefMeOn('Lunch at noon? The usual place.').payload);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    const [embed] = body.data.embeds;
    expect(embed.title).toBe('No one the articles know is named in that text');
    expect(embed.description).toMatch(/Try: Isis-Khorasan, Lucas Webber/);
    expect(body.data.components).toEqual([]);
  });

  it('answers a hostile 4,000-character message safely: no mention, no markup, within Discord’s limits', async () => {
    const hostile = `@everyone @here <@${USER_ID}> <@&${CHANNEL_ID}> **bold** [click](http://evil.example) # not a heading Lodhi ${'`code` ~~x~~ '.repeat(300)}`.slice(0, 4000);
    expect(hostile).toHaveLength(4000);
    const body = await fake.interact(briefMeOn(hostile).payload);
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0].title).toBe('In this text: Maleeha Lodhi');
    const shown = JSON.stringify(body.data.embeds);
    expect(shown).not.toMatch(/(?<!\u200b)@everyone|(?<!\u200b)@here|<@\d|\[click\]|evil\.example/);
    expect(embedCharacters(body.data.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
    for (const button of buttonsOf(body)) expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it('“Post to channel” posts the answer as a reply to the message, pinging nobody', async () => {
    const { targetId, payload } = briefMeOn('Did you see what Lodhi said? Webber thinks the TTP is behind it.');
    const [post] = buttonsOf(await fake.interact(payload));
    const click = buttonClick(post!.custom_id, true);
    const since = fake.requests.length;
    expect((await fake.interact(click)).type).toBe(6); // DEFERRED_UPDATE_MESSAGE: the private answer stays as it was
    const posted = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, since);
    expect(posted.body.message_reference).toEqual({ message_id: targetId, fail_if_not_exists: false });
    expect(posted.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(posted.body.content).toBe(`<@${USER_ID}> asked: \`/lookup Lodhi, Webber, TTP\``);
    expect(posted.body.embeds[0].title).toBe('In this text: Maleeha Lodhi, Lucas Webber, TTP');
    expect(posted.body.flags ?? 0).toBe(0);
    expect(posted.body.components[0].components.map((b: Button) => b.label)).toEqual(['More sources']);
  });

  it('posts the answer on its own when the bot may not post in the channel', async () => {
    const { payload } = briefMeOn('Webber on the TTP');
    const [post] = buttonsOf(await fake.interact(payload));
    fake.forbiddenChannels.add(CHANNEL_ID);
    try {
      const click = buttonClick(post!.custom_id, true);
      const since = fake.requests.length;
      await fake.interact(click);
      const followUp = await fake.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${click.token}`, since);
      expect(followUp.body.embeds[0].title).toBe('In this text: Lucas Webber, TTP');
      expect(followUp.body.flags ?? 0).toBe(0);
      expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    } finally {
      fake.forbiddenChannels.delete(CHANNEL_ID);
    }
  });

  it('“More sources” pages the private answer and keeps the message it is about', async () => {
    const { targetId, payload } = briefMeOn('Lodhi, Webber, Smith and Valle');
    const [, more] = buttonsOf(await fake.interact(payload));
    const body = await fake.interact(buttonClick(more!.custom_id, true));
    expect(body.type).toBe(7); // UPDATE_MESSAGE
    expect(body.data.embeds[0].fields[0].name).toMatch(/^\[4\] /);
    expect(decodeAction(buttonsOf(body)[0]!.custom_id)).toMatchObject({ action: 'post', page: 1, replyTo: targetId });
  });
});

describe('/lookup', () => {
  it('takes a long pasted text, and its buttons carry what it found, not the text', async () => {
    const text = `${'Some background first. '.repeat(100)}Then Maleeha Lodhi spoke about the TTP.`;
    const body = await fake.interact(slashCommand('lookup', [{ name: 'text', type: 3, value: text }]));
    expect(body.data.embeds[0].title).toBe('In this text: Maleeha Lodhi, TTP');
    const [post] = buttonsOf(body);
    expect(decodeAction(post!.custom_id)).toEqual({ action: 'post', command: 'lookup', page: 0, query: 'Lodhi, TTP' });
    const posted = await fake.interact(buttonClick(post!.custom_id, true));
    expect(posted.type).toBe(4);
    expect(posted.data.content).toBe(`<@${USER_ID}> asked: \`/lookup Lodhi, TTP\``);
    expect(posted.data.embeds[0].title).toBe('In this text: Maleeha Lodhi, TTP');
  });
});

/**
 * The Discord adapter end to end: the real discord.js client, logged in to a
 * fake Discord on 127.0.0.1, answering real interaction payloads.
 */
import { GatewayIntentBits, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { DISCORD_LIMITS, embedCharacters } from '../../../src/adapters/discord/render.ts';
import { decodeAction } from '../../../src/adapters/shared/actions.ts';
import { configureLog } from '../../../src/core/log.ts';
import { optionsOf } from '../../../src/core/commands.ts';
import { seedBot } from '../../helpers.ts';
import { APP_ID, autocomplete, buttonClick, CHANNEL_ID, FakeDiscord, GUILD_ID, human, message, slashCommand, snowflake, TOKEN, USER_ID } from './fakeDiscord.ts';

const fake = new FakeDiscord();
const logs: string[] = [];
let client: Client;
let broken = false;

beforeAll(async () => {
  configureLog({ sink: (line) => logs.push(line) });
  await fake.start();
  const getBot = () => {
    if (broken) throw new Error('the knowledge base is unavailable');
    return seedBot();
  };
  // Knowledge is loaded before a bot connects: the first interaction must not pay for building it.
  getBot();
  client = await fake.connect(getBot, { messageContent: true });
});
afterAll(async () => {
  await client?.destroy();
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

const interact = (payload: { id: string; token: string }) => fake.interact(payload);
const command = (name: string, value?: string, extra: { name: string; type: number; value: unknown }[] = []) => {
  const optionName = optionsOf(commands.find((c) => c.name === name)!)[0]?.name;
  return slashCommand(name, [...(value !== undefined && optionName ? [{ name: optionName, type: 3, value }] : []), ...extra]);
};

describe('connecting', () => {
  it('identifies over the gateway with the Guilds intent (and message intents only when enabled)', () => {
    const identify = fake.identifies[0];
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents & GatewayIntentBits.Guilds).toBeTruthy();
    expect(identify.intents & GatewayIntentBits.MessageContent).toBeTruthy();
    expect(client.guilds.cache.has(GUILD_ID)).toBe(true);
  });
});

describe('slash commands', () => {
  it.each(commands.map((c) => [c.name, c.examples[0]!.split(' ').slice(1).join(' ')]))('/%s answers with an ephemeral embed and no mentions', async (name, value) => {
    const body = await interact(command(name, value || undefined));
    expect(body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    expect(body.data.flags).toBe(64); // ephemeral
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0].title.length).toBeGreaterThan(0);
  });

  it('/who gives the role and cited sources', async () => {
    const body = await interact(command('who', 'lodhi'));
    const [embed] = body.data.embeds;
    expect(embed.title).toBe('Maleeha Lodhi');
    expect(embed.description).toContain('Pakistan’s ambassador');
    expect(embed.fields[0].name).toBe('[1] Severely Tense Relationships · ¶23');
  });

  it('public:true posts for everyone, restating who asked and the query', async () => {
    const body = await interact(command('brief', 'isis-k', [{ name: 'public', type: 5, value: true }]));
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.content).toBe(`<@${USER_ID}> asked: \`/brief isis-k\``);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('neutralises @everyone, user mentions and markdown links typed by a user', async () => {
    const body = await interact(command('brief', '@everyone <@123456789012345678> [click](http://evil.example)'));
    const shown = JSON.stringify(body.data.embeds);
    expect(shown).not.toMatch(/(?<!\u200b)@everyone|<@123|\[click\]\(/);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a polite error for empty input', async () => {
    const body = await interact(command('who', '   '));
    expect(body.data.embeds[0].description).toMatch(/Please tell me what to look up/);
    expect(body.data.components).toEqual([]);
  });

  it('keeps the longest answers within Discord limits', async () => {
    for (const [name, value] of [['events', undefined], ['search', 'the'], ['who', 'webber'], ['sources', undefined]] as const) {
      const body = await interact(command(name, value));
      expect(embedCharacters(body.data.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
      expect(body.data.embeds[0].fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const row of body.data.components) for (const b of row.components) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    }
  });

  it('defers first when the interaction arrives late, then edits in the answer', async () => {
    const payload = slashCommand('who', [{ name: 'name', type: 3, value: 'valle' }], 2000);
    const since = fake.requests.length;
    const callback = await interact(payload);
    expect(callback).toEqual({ type: 5, data: { flags: 64 } }); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`, since);
    expect(edit.body.embeds[0].title).toBe('Riccardo Valle');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('autocomplete', () => {
  it('offers at most 25 names of at most 100 characters', async () => {
    const body = await interact(autocomplete('who', 'name', 'lo'));
    expect(body.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    expect(body.data.choices[0]).toEqual({ name: 'Lodhi (Maleeha Lodhi)', value: 'Lodhi' });
    const all = await interact(autocomplete('brief', 'topic', ''));
    expect(all.data.choices.length).toBeLessThanOrEqual(25);
    for (const c of all.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
  it('offers months for /events', async () => {
    const body = await interact(autocomplete('events', 'period', '2024'));
    expect(body.data.choices.map((c: { value: string }) => c.value)).toContain('2024-03');
  });
});

describe('buttons', () => {
  async function firstAnswer() {
    const body = await interact(command('who', 'webber'));
    const [post, more] = body.data.components[0].components;
    return { post: post.custom_id as string, more: more.custom_id as string };
  }

  it('"More sources" replaces one’s own ephemeral answer with the next page', async () => {
    const { more } = await firstAnswer();
    const body = await interact(buttonClick(more, true));
    expect(body.type).toBe(7); // UPDATE_MESSAGE
    expect(body.data.embeds[0].fields[0].name).toMatch(/^\[4\] /);
    expect(decodeAction(body.data.components[0].components[1].custom_id)).toMatchObject({ action: 'more', page: 2 });
  });

  it('"More sources" on a public answer shows the next page only to the one who clicked', async () => {
    const { more } = await firstAnswer();
    const body = await interact(buttonClick(more, false));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
  });

  it('"Post to channel" reposts the same answer publicly, restating who asked and the query', async () => {
    const { post } = await firstAnswer();
    const body = await interact(buttonClick(post, true));
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.content).toBe(`<@${USER_ID}> asked: \`/who webber\``);
    expect(body.data.embeds[0].title).toBe('Lucas Webber');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a forged or outdated button gets a polite ephemeral note', async () => {
    const body = await interact(buttonClick('bb0|drop|tables|0|x', true));
    expect(body.data).toMatchObject({ content: 'That button no longer works; please run the command again.', flags: 64 });
  });
});

describe('failures', () => {
  it('an exception becomes a polite ephemeral error with a logged reference, and the bot keeps running', async () => {
    broken = true;
    const body = await interact(command('sources'));
    broken = false;
    const reference = /reference (\w{8})/.exec(body.data.content)![1];
    expect(body.data.flags).toBe(64);
    expect(logs.some((line) => line.includes('discord interaction failed') && line.includes(reference!))).toBe(true);
    expect((await interact(command('sources'))).type).toBe(4);
  });

  it('a failed callback is logged and the next interaction is still answered', async () => {
    fake.failCallbacksWith = 500;
    const since = fake.requests.length;
    fake.dispatch('INTERACTION_CREATE', command('brief', 'gwadar'));
    await fake.waitFor((r) => r.path.endsWith('/callback'), since);
    await new Promise((resolve) => setTimeout(resolve, 300));
    fake.failCallbacksWith = undefined;
    expect((await interact(command('brief', 'gwadar'))).type).toBe(4);
  });

  it('never writes the token to a log line', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('mentions', () => {
  it('"@briefbot who is lodhi" is answered in a thread on the message', async () => {
    const id = snowflake();
    const since = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', {
      ...message({ id, author: human, content: `<@${APP_ID}> who is lodhi`, mentions: [{ id: APP_ID, username: 'briefbot', discriminator: '0', bot: true }] }),
      guild_id: GUILD_ID,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    });
    const thread = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages/${id}/threads`, since);
    expect(thread.body.name).toBe('briefbot: lodhi');
    const answer = await fake.waitFor((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== `/channels/${CHANNEL_ID}/messages`, since);
    expect(answer.body.embeds[0].title).toBe('Maleeha Lodhi');
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('ignores messages that do not mention the bot, and other bots', async () => {
    const since = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', { ...message({ author: human, content: 'who is lodhi' }), guild_id: GUILD_ID });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests.slice(since)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { discordCommandJson } from '../../../src/adapters/discord/commands.ts';
import { describeRegistration, registerCommands } from '../../../src/adapters/discord/register.ts';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN } from './fakeDiscord.ts';

const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('command JSON', () => {
  it('has every command with typed options, autocomplete where offered, and a public flag', () => {
    const json = discordCommandJson(commands);
    expect(json.filter((c) => c.type === 1).map((c) => c.name)).toEqual(commands.map((c) => c.name));
    const brief = json.find((c) => c.name === 'brief') as { options: unknown[] };
    expect(brief.options).toEqual([
      { type: 3, name: 'topic', description: 'A topic, person, group or place, e.g. isis-k', required: true, autocomplete: true, max_length: 80 },
      { type: 5, name: 'public', description: 'Post the answer in the channel for everyone (default: only you see it)', required: false },
    ]);
  });
  it('lets /lookup take a whole message, up to Discord’s longest option', () => {
    const lookup = discordCommandJson(commands).find((c) => c.name === 'lookup') as { options: { name: string; max_length?: number }[] };
    expect(lookup.options[0]).toMatchObject({ name: 'text', max_length: 6000 });
  });
  it('adds “Brief me on this” to every message’s menu (a message command, which has a name and nothing else)', () => {
    const json = discordCommandJson(commands);
    expect(json.filter((c) => c.type !== 1)).toEqual([{ type: 3, name: 'Brief me on this' }]);
  });
});

/** What `npm run register` reports, as a user finds each command: "/brief", "“Brief me on this” (message menu)". */
const shown = [...commands.map((c) => `/${c.name}`), '“Brief me on this” (message menu)'];

describe('npm run register', () => {
  const config = { token: TOKEN, applicationId: APP_ID, messageContent: false };

  it('registers globally, then sends nothing when nothing changed', async () => {
    const cfg = { ...config, apiUrl: fake.apiUrl };
    const first = await registerCommands(cfg, commands);
    expect(first).toMatchObject({ scope: 'global', added: shown, updated: true });
    const puts = () => fake.requests.filter((r) => r.method === 'PUT').length;
    const before = puts();
    const second = await registerCommands(cfg, commands);
    expect(second).toMatchObject({ added: [], removed: [], changed: [], updated: false });
    expect(puts()).toBe(before);
    expect(describeRegistration(second)).toContain('Nothing changed; nothing was sent.');
  });

  it('prints and sends the difference when a command changed or disappeared', async () => {
    const cfg = { ...config, apiUrl: fake.apiUrl };
    fake.globalCommands[0] = { ...fake.globalCommands[0], description: 'old text' };
    fake.globalCommands.push({ id: '999', name: 'obsolete', description: 'x', type: 1, options: [] });
    const result = await registerCommands(cfg, commands);
    expect(result).toMatchObject({ changed: ['/brief'], removed: ['/obsolete'], updated: true });
    expect(describeRegistration(result)).toMatch(/~ \/brief \(changed\)\n {2}- \/obsolete \(removed\)/);
    expect(fake.globalCommands.map((c) => c.name)).toEqual([...commands.map((c) => c.name), 'Brief me on this']);
  });

  it('notices a change inside a subcommand, such as a new choice', async () => {
    const cfg = { ...config, apiUrl: fake.apiUrl };
    await registerCommands(cfg, commands);
    const digest = fake.globalCommands.find((c) => c.name === 'digest');
    digest.options[0].options.at(-1).choices.pop();
    const result = await registerCommands(cfg, commands);
    expect(result).toMatchObject({ changed: ['/digest'], updated: true });
  });

  it('notices when the message command is missing or renamed, and sends nothing when it is as wanted', async () => {
    const cfg = { ...config, apiUrl: fake.apiUrl };
    await registerCommands(cfg, commands);
    expect(fake.globalCommands.find((c) => c.type === 3)).toMatchObject({ name: 'Brief me on this', description: '' });
    expect(await registerCommands(cfg, commands)).toMatchObject({ added: [], changed: [], removed: [], updated: false });
    fake.globalCommands = fake.globalCommands.map((c) => (c.type === 3 ? { ...c, name: 'Explain this' } : c));
    const result = await registerCommands(cfg, commands);
    expect(result).toMatchObject({ added: ['“Brief me on this” (message menu)'], removed: ['“Explain this” (message menu)'], updated: true });
    expect(describeRegistration(result)).toContain('  + “Brief me on this” (message menu) (new)');
  });

  it('registers per guild when a guild ID is set', async () => {
    const result = await registerCommands({ ...config, apiUrl: fake.apiUrl, guildId: GUILD_ID }, commands);
    expect(result.scope).toBe('guild');
    expect(fake.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`)).toBe(true);
  });
});

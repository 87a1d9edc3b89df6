import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { slackManifest } from '../../../src/adapters/slack/manifest.ts';

describe('the Slack app manifest', () => {
  it('lists every command in commands/ plus the umbrella /briefbot, with descriptions and usage hints', () => {
    const manifest = slackManifest(commands, { socketMode: true });
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([...commands.map((c) => `/${c.name}`), '/briefbot']);
    expect(manifest.features.slash_commands[0]).toEqual({
      command: '/brief',
      description: 'Summarise what the articles say about a topic, person, group or place',
      usage_hint: '<topic>',
      should_escape: false,
    });
    for (const c of manifest.features.slash_commands) expect(c.description.length).toBeLessThanOrEqual(100);
    expect(manifest.features.slash_commands.find((c) => c.command === '/digest')?.usage_hint).toBe('subscribe [time] [tz] [topics] [when_empty] | unsubscribe | status | now [topics]');
  });
  it('offers “Brief me on this” in every message’s menu, and a global shortcut for /lookup', () => {
    const manifest = slackManifest(commands, { socketMode: true });
    expect(manifest.features.shortcuts).toEqual([
      { name: 'Brief me on this', type: 'message', callback_id: 'lookup_message', description: 'Who the people, groups and places in this message are, in the articles’ words, with the passages' },
      { name: 'Look up in the articles', type: 'global', callback_id: 'lookup_global', description: 'Paste any text: briefbot says who and what in it the articles know, with the passages' },
    ]);
    // Shortcuts arrive as interactivity, which is on; they need no scope beyond `commands`.
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
  it('asks only for the scopes briefbot needs, and subscribes to mentions and interactivity', () => {
    const manifest = slackManifest(commands, { socketMode: true });
    expect(manifest.oauth_config.scopes.bot).toEqual(['commands', 'chat:write', 'chat:write.public', 'app_mentions:read', 'users:read']);
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: true, event_subscriptions: { bot_events: ['app_mention'] }, interactivity: { is_enabled: true } });
  });
  it('points every request URL at /slack/events in HTTP mode', () => {
    const manifest = slackManifest(commands, { socketMode: false, url: 'https://briefbot.example.com/' });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://briefbot.example.com/slack/events');
    expect(manifest.settings.interactivity.request_url).toBe('https://briefbot.example.com/slack/events');
    for (const c of manifest.features.slash_commands) expect(c.url).toBe('https://briefbot.example.com/slack/events');
  });
});

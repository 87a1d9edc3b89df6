import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, discordConfig, discordInteractionsConfig, healthPort, loadConfig, slackConfig } from '../src/config.ts';

const TOKEN = `${'A'.repeat(24)}.${'B'.repeat(6)}.${'C'.repeat(27)}`;

describe('configuration', () => {
  it('documents every variable in .env.example, whose values are valid as they stand', () => {
    const example = parse(readFileSync(new URL('../.env.example', import.meta.url)));
    expect(Object.keys(example).sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
    expect(() => loadConfig(example)).not.toThrow();
  });
  it('has working defaults and no chat platform without tokens', () => {
    const config = loadConfig({});
    expect(config).toEqual({ CONTENT_DIR: './content', DATA_DIR: './data', MAX_ARTICLE_MB: 5, LOG_LEVEL: 'info', LOG_FORMAT: 'text', DISCORD_MESSAGE_CONTENT: false, PORT: 3000, DIGEST_GRACE_HOURS: 6, FETCH_ALLOW_HOSTS: [], FEED_POLL_MINUTES: 15 });
    expect(discordConfig(config)).toBeUndefined();
    expect(slackConfig(config)).toBeUndefined();
  });
  it('treats an empty value as unset', () => {
    expect(loadConfig({ CONTENT_DIR: '  ', DISCORD_TOKEN: '' }).CONTENT_DIR).toBe('./content');
  });
  it.each([
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: must be one of debug, info, warn, error, e\.g\. LOG_LEVEL=info/],
    ['LOG_FORMAT', 'xml', /LOG_FORMAT: must be text or json, e\.g\. LOG_FORMAT=json/],
    ['HEALTH_PORT', 'eight', /HEALTH_PORT: must be a port number, e\.g\. HEALTH_PORT=8080 \(0 turns the health and metrics endpoints off\)/],
    ['HEALTH_PORT', '70000', /HEALTH_PORT: must be between 0 \(off\) and 65535/],
    ['DISCORD_TOKEN', 'not a token', /DISCORD_TOKEN: does not look like a bot token; copy it from Developer Portal > your app > Bot > Reset Token/],
    ['DISCORD_APPLICATION_ID', 'abc', /DISCORD_APPLICATION_ID: must be a Discord ID \(17 to 20 digits\)/],
    ['DISCORD_GUILD_ID', '12', /DISCORD_GUILD_ID: must be a Discord ID .*Copy Server ID/],
    ['DISCORD_API_URL', 'ftp://x', /DISCORD_API_URL: must be an http\(s\) URL/],
    ['DISCORD_MESSAGE_CONTENT', 'yes', /DISCORD_MESSAGE_CONTENT: must be true or false/],
    ['DISCORD_PUBLIC_KEY', 'abc123', /DISCORD_PUBLIC_KEY: must be 64 hex characters; copy it from Developer Portal > your app > General Information > Public Key/],
    ['DISCORD_SHARDS', 'many', /DISCORD_SHARDS: must be a number of shards or auto, e\.g\. DISCORD_SHARDS=4/],
    ['DISCORD_SHARDS', '0', /DISCORD_SHARDS: must be a number of shards or auto/],
    ['SLACK_BOT_TOKEN', 'xoxp-user', /SLACK_BOT_TOKEN: must be a bot token starting with xoxb-/],
    ['SLACK_SIGNING_SECRET', 'not hex!', /SLACK_SIGNING_SECRET: must be the hex Signing Secret/],
    ['SLACK_APP_TOKEN', 'xoxb-1', /SLACK_APP_TOKEN: must be an app-level token starting with xapp-/],
    ['PORT', '99999', /PORT: must be between 1 and 65535/],
    ['SLACK_API_URL', 'nope', /SLACK_API_URL: must be an http\(s\) URL/],
    ['SLACK_DIGEST_ADMINS', '@alice, bob', /SLACK_DIGEST_ADMINS: must be Slack user IDs separated by commas/],
    ['DATABASE_URL', 'mysql://db/briefbot', /DATABASE_URL: must be a Postgres connection URL, e\.g\. DATABASE_URL=postgres:\/\//],
    ['DIGEST_GRACE_HOURS', 'soon', /DIGEST_GRACE_HOURS: must be a number of hours/],
    ['DIGEST_GRACE_HOURS', '48', /DIGEST_GRACE_HOURS: must be between 0 and 24/],
    ['MAX_ARTICLE_MB', 'big', /MAX_ARTICLE_MB: must be a number of megabytes, e\.g\. MAX_ARTICLE_MB=5/],
    ['MAX_ARTICLE_MB', '0', /MAX_ARTICLE_MB: must be more than 0/],
    ['FEED_POLL_MINUTES', '0', /FEED_POLL_MINUTES: must be between 1 and 1440 minutes, e\.g\. FEED_POLL_MINUTES=15/],
    ['FETCH_ALLOW_HOSTS', 'intranet.example', /FETCH_ALLOW_HOSTS: "intranet.example" is not host:port \(for example intranet.example:8080 or \[::1\]:8080\); separate several with commas/],
  ])('names %s and the fix when its value is wrong', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
  it('serves Discord over HTTP with a public key alone, on the health port, which HEALTH_PORT=0 cannot turn off', () => {
    const key = 'AB'.repeat(32);
    expect(discordInteractionsConfig(loadConfig({}))).toBeUndefined();
    const config = loadConfig({ DISCORD_PUBLIC_KEY: key });
    expect(discordInteractionsConfig(config)).toEqual({ publicKey: key.toLowerCase() });
    expect(healthPort(config, { discord: discordInteractionsConfig(config) })).toBe(8080);
    expect(() => discordInteractionsConfig(loadConfig({ DISCORD_PUBLIC_KEY: key, HEALTH_PORT: '0' }))).toThrow(/HEALTH_PORT: 0 turns off the HTTP server that receives Discord's interactions/);
    expect(loadConfig({ DISCORD_SHARDS: 'auto' }).DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ DISCORD_SHARDS: '3' }).DISCORD_SHARDS).toBe(3);
  });
  it('never echoes the value of a malformed secret', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 'secret value here' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret value here') }));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://briefbot:hunter2-secret@db/briefbot' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });
  it('requires the application ID with a Discord token', () => {
    expect(() => discordConfig(loadConfig({ DISCORD_TOKEN: TOKEN }))).toThrow(/DISCORD_APPLICATION_ID: is required with DISCORD_TOKEN/);
    expect(discordConfig(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_MESSAGE_CONTENT: 'true' }))).toEqual({
      token: TOKEN,
      applicationId: '123456789012345678',
      messageContent: true,
    });
  });
  it('needs a signing secret for Slack over HTTP, but not in Socket Mode', () => {
    expect(() => slackConfig(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2' }))).toThrow(/SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN/);
    expect(slackConfig(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2', SLACK_API_URL: 'http://127.0.0.1:9/api' }))).toEqual({
      botToken: 'xoxb-1-2',
      appToken: 'xapp-1-2',
      port: 3000,
      apiUrl: 'http://127.0.0.1:9/api/',
      digestAdmins: [],
    });
    expect(slackConfig(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2', SLACK_DIGEST_ADMINS: 'U012AB3CD, W045EF6GH' }))?.digestAdmins).toEqual(['U012AB3CD', 'W045EF6GH']);
  });
  it('puts the health and metrics endpoints on Slack’s port in HTTP mode, else 8080 for a chat platform, and nowhere in the console unless asked', () => {
    const http = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 'a'.repeat(32), PORT: '3100' };
    const socket = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2' };
    const discord = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' };
    const portFor = (env: Record<string, string>) => {
      const config = loadConfig(env);
      return healthPort(config, { discord: discordConfig(config), slack: slackConfig(config) });
    };
    expect(portFor(http)).toBe(3100);
    expect(portFor(socket)).toBe(8080);
    expect(portFor(discord)).toBe(8080);
    expect(portFor({ ...discord, ...http })).toBe(3100);
    expect(portFor({})).toBeUndefined();
    expect(portFor({ HEALTH_PORT: '9102' })).toBe(9102);
    expect(portFor({ ...http, HEALTH_PORT: '9102' })).toBe(9102);
    expect(portFor({ ...http, HEALTH_PORT: '0' })).toBeUndefined();
  });
});

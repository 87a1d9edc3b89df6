/**
 * The Slack adapter end to end: the real Bolt app, on its HTTP receiver with
 * signed requests and in Socket Mode, talking to a fake Slack on 127.0.0.1.
 */
import type { App } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { createSlackApp, startSlackApp } from '../../../src/adapters/slack/app.ts';
import { ACTION_IDS, SLACK_LIMITS } from '../../../src/adapters/slack/render.ts';
import { configureLog } from '../../../src/core/log.ts';
import { seedBot } from '../../helpers.ts';
import { APP_TOKEN, BOT_TOKEN, buttonClick, CHANNEL, FakeSlack, mentionEvent, postToApp, SIGNING_SECRET, slashCommand, USER } from './fakeSlack.ts';

const fake = new FakeSlack();
const logs: string[] = [];
let broken = false;
const getBot = () => {
  if (broken) throw new Error('the knowledge base is unavailable');
  return seedBot();
};

beforeAll(async () => {
  configureLog({ sink: (line) => logs.push(line) });
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

type Block = { type: string; text?: { text: string }; elements?: { text?: string; value?: string; action_id?: string }[] };

describe('HTTP receiver', () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    const config = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl, digestAdmins: [] };
    app = createSlackApp(config, getBot);
    const server = (await startSlackApp(app, config)) as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(() => app.stop());

  /** Sends a slash command and returns what the app posted to its response_url. */
  async function command(name: string, text: string) {
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    const ack = await postToApp(url, 'form', slashCommand(name, text, responseUrl));
    expect(ack.status).toBe(200);
    return (await fake.waitFor((c) => responseUrl.endsWith(c.path), since)).body;
  }

  it.each(commands.map((c) => [c.name, c.examples[0]!.split(' ').slice(1).join(' ')]))('/%s acks and answers ephemerally in Block Kit', async (name, text) => {
    const body = await command(`/${name}`, text);
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks.some((b: Block) => b.type === 'header')).toBe(true);
    expect(body.text.length).toBeGreaterThan(0);
  });

  it('/who shows the role and one context block per source', async () => {
    const body = await command('/who', 'lodhi');
    expect(body.blocks[0].text.text).toBe('Maleeha Lodhi');
    expect(body.blocks[1].text.text).toMatch(/^\*person:\* Pakistan’s ambassador/);
    expect(body.blocks.filter((b: Block) => b.type === 'context').length).toBeGreaterThanOrEqual(3);
  });

  it('the umbrella /briefbot command runs any command', async () => {
    expect((await command('/briefbot', 'who is lodhi')).blocks[0].text.text).toBe('Maleeha Lodhi');
    expect((await command('/briefbot', 'events 2024-03')).blocks[0].text.text).toBe('Timeline: March 2024');
    expect((await command('/briefbot', '')).blocks[0].text.text).toBe('briefbot commands');
  });

  it('escapes user text so it can never mention or link', async () => {
    const body = await command('/brief', '<!channel> <@U999> & <https://evil.example|x>');
    const shown = JSON.stringify(body.blocks.filter((b: Block) => b.type !== 'actions'));
    expect(shown).not.toMatch(/<!channel>|<@U999>|<https:\/\/evil/);
    expect(shown).toContain('&lt;!channel&gt;');
  });

  it('answers empty input politely', async () => {
    const body = await command('/search', '   ');
    expect(body.blocks[1].text.text).toMatch(/Please tell me what to look up/);
  });

  it('keeps the longest answers within Block Kit limits', async () => {
    for (const [name, text] of [['/events', ''], ['/search', 'the'], ['/who', 'webber']]) {
      const body = await command(name!, text!);
      expect(body.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      for (const b of body.blocks as Block[]) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });

  describe('buttons', () => {
    async function click(actionId: string, value: string, ephemeral: boolean) {
      const responseUrl = fake.responseUrl();
      const since = fake.calls.length;
      const ack = await postToApp(url, 'payload', buttonClick(actionId, value, responseUrl, ephemeral));
      expect(ack.status).toBe(200);
      return (await fake.waitFor((c) => responseUrl.endsWith(c.path), since)).body;
    }
    async function buttonsOf(name: string, text: string) {
      const body = await command(name, text);
      const actions = body.blocks.find((b: Block) => b.type === 'actions');
      return Object.fromEntries(actions.elements.map((e: { action_id: string; value: string }) => [e.action_id, e.value]));
    }

    it('"More sources" replaces one’s own ephemeral answer with the next page', async () => {
      const buttons = await buttonsOf('/who', 'webber');
      const body = await click(ACTION_IDS.more, buttons[ACTION_IDS.more], true);
      expect(body.replace_original).toBe(true);
      expect(body.blocks.find((b: Block) => b.type === 'context').elements[0].text).toMatch(/^\*\[4\]\*/);
    });

    it('"More sources" on a public answer answers privately', async () => {
      const buttons = await buttonsOf('/who', 'webber');
      const body = await click(ACTION_IDS.more, buttons[ACTION_IDS.more], false);
      expect(body).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    });

    it('"Post to channel" posts the same answer publicly, restating who asked and the query', async () => {
      const buttons = await buttonsOf('/who', 'webber');
      const body = await click(ACTION_IDS.post, buttons[ACTION_IDS.post], true);
      expect(body.response_type).toBe('in_channel');
      expect(body.replace_original).toBe(false);
      expect(body.blocks[0].elements[0].text).toBe(`<@${USER}> asked: /who webber`);
      expect(body.blocks[1].text.text).toBe('Lucas Webber');
    });

    it('a forged button gets a polite note', async () => {
      const body = await click(ACTION_IDS.more, 'bb9|drop|x|0|y', true);
      expect(body.text).toBe('That button no longer works; please run the command again.');
    });
  });

  describe('mentions', () => {
    const posts = () => fake.calls.filter((c) => c.path === '/api/chat.postMessage');

    it('are answered in the thread where the bot was mentioned', async () => {
      const since = fake.calls.length;
      expect((await postToApp(url, 'json', mentionEvent('Ev001', '<@UBOT0001> who is lodhi', '1700000001.000100'))).status).toBe(200);
      const post = await fake.waitFor((c) => c.path === '/api/chat.postMessage', since);
      expect(post.body).toMatchObject({ channel: CHANNEL, thread_ts: '1700000001.000100' });
      expect(JSON.parse(post.body.blocks)[0].text.text).toBe('Maleeha Lodhi');
      expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);

      const inThread = fake.calls.length;
      await postToApp(url, 'json', mentionEvent('Ev002', '<@UBOT0001> brief gwadar', '1700000002.000100', '1700000001.000100'));
      expect((await fake.waitFor((c) => c.path === '/api/chat.postMessage', inThread)).body.thread_ts).toBe('1700000001.000100');
    });

    it('Slack retries and duplicate event ids never give two answers', async () => {
      const before = posts().length;
      const event = mentionEvent('Ev003', '<@UBOT0001> who is valle', '1700000003.000100');
      await postToApp(url, 'json', event);
      await postToApp(url, 'json', event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      await postToApp(url, 'json', event);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(posts().length - before).toBe(1);
    });
  });

  describe('request signatures', () => {
    it('rejects a wrong signature, and nothing is answered', async () => {
      const since = fake.calls.length;
      const response = await postToApp(url, 'form', slashCommand('/brief', 'isis-k', fake.responseUrl()), { secret: 'ffffffffffffffffffffffffffffffff' });
      expect(response.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fake.calls.slice(since)).toEqual([]);
    });
    it('rejects a stale timestamp (a replayed request)', async () => {
      const response = await postToApp(url, 'form', slashCommand('/brief', 'isis-k', fake.responseUrl()), { timestamp: Math.floor(Date.now() / 1000) - 600 });
      expect(response.status).toBe(401);
    });
  });

  describe('failures', () => {
    it('an exception becomes a polite ephemeral error with a logged reference; the app keeps running', async () => {
      broken = true;
      const body = await command('/sources', '');
      broken = false;
      const reference = /reference (\w{8})/.exec(body.text)![1];
      expect(body.response_type).toBe('ephemeral');
      expect(logs.some((l) => l.includes('slack listener failed') && l.includes(reference!))).toBe(true);
      expect((await command('/sources', '')).blocks[0].text.text).toBe('1 article loaded');
    });
    it('never writes a token or the signing secret to a log line', () => {
      const all = logs.join('\n');
      for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(all).not.toContain(secret);
    });
  });
});

describe('Socket Mode', () => {
  let app: App;
  beforeAll(async () => {
    const config = { botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 0, apiUrl: fake.apiUrl, digestAdmins: [] };
    app = createSlackApp(config, getBot);
    await startSlackApp(app, config);
  });
  afterAll(() => app.stop());

  it('opens the connection with the app-level token', () => {
    const open = fake.calls.find((c) => c.path === '/api/apps.connections.open')!;
    expect(open.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('acks a slash command envelope, then answers on its response_url', async () => {
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    const ack = await fake.deliver('slash_commands', slashCommand('/who', 'lodhi', responseUrl));
    expect(ack.envelope_id).toMatch(/^env-/);
    const answer = await fake.waitFor((c) => responseUrl.endsWith(c.path), since);
    expect(answer.body.blocks[0].text.text).toBe('Maleeha Lodhi');
  });

  it('acks an app_mention event and answers in its thread', async () => {
    const since = fake.calls.length;
    await fake.deliver('events_api', mentionEvent('Ev100', '<@UBOT0001> events 2024-01', '1700000100.000100'));
    const post = await fake.waitFor((c) => c.path === '/api/chat.postMessage', since);
    expect(post.body.thread_ts).toBe('1700000100.000100');
    expect(JSON.parse(post.body.blocks)[0].text.text).toBe('Timeline: January 2024');
  });
});

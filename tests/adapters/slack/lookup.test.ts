/**
 * "Brief me on this" and "Look up in the articles" on Slack, end to end: the
 * real Bolt app gets signed shortcut and modal payloads on its HTTP receiver
 * (and a shortcut envelope in Socket Mode) from a fake Slack on 127.0.0.1.
 */
import type { App } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, shortcutIds, startSlackApp } from '../../../src/adapters/slack/app.ts';
import { ACTION_IDS, MODAL_FIELDS } from '../../../src/adapters/slack/render.ts';
import { decodeAction } from '../../../src/adapters/shared/actions.ts';
import { configureLog } from '../../../src/core/log.ts';
import { seedBot } from '../../helpers.ts';
import {
  APP_TOKEN,
  BOT_TOKEN,
  buttonClick,
  CHANNEL,
  FakeSlack,
  globalShortcut,
  messageShortcut,
  postToApp,
  SIGNING_SECRET,
  slashCommand,
  USER,
  viewSubmission,
} from './fakeSlack.ts';

const fake = new FakeSlack();
const ids = shortcutIds('lookup');

beforeAll(async () => {
  configureLog({ sink: () => {} });
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

type Block = { type: string; text?: { text: string }; elements?: { text?: string; value?: string; action_id?: string }[] };
const header = (body: { blocks: Block[] }) => body.blocks.find((b) => b.type === 'header')!.text!.text;
const buttons = (body: { blocks: Block[] | string }) => {
  const blocks: Block[] = typeof body.blocks === 'string' ? JSON.parse(body.blocks) : body.blocks;
  return blocks.find((b) => b.type === 'actions')?.elements ?? [];
};

describe('HTTP receiver', () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    const config = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl, digestAdmins: [] };
    app = createSlackApp(config, seedBot);
    const server = (await startSlackApp(app, config)) as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(() => app.stop());

  /** Sends "Brief me on this" on a message; resolves with the request the app answered with. */
  async function briefMeOn(message: { text: string; ts: string; thread_ts?: string }, answeredOn: 'response_url' | 'chat.postEphemeral' = 'response_url') {
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    const ack = await postToApp(url, 'payload', messageShortcut(ids.message, message, responseUrl));
    expect(ack.status).toBe(200);
    return fake.waitFor((c) => (answeredOn === 'response_url' ? responseUrl.endsWith(c.path) : c.path === '/api/chat.postEphemeral'), since);
  }

  it('checks the shortcut’s signature, then answers privately on its response_url: who the people in the message are', async () => {
    const { body } = await briefMeOn({ text: 'Did you see what Lodhi said? Webber thinks the TTP is behind it.', ts: '1700000200.000100' });
    expect(body.response_type).toBe('ephemeral');
    expect(header(body)).toBe('In this text: Maleeha Lodhi, Lucas Webber, TTP');
    const summary = body.blocks.find((b: Block) => b.type === 'section').text.text;
    expect(summary).toContain('*Maleeha Lodhi · person*\nPakistan’s ambassador to the UK, US, and the United Nations *[1]*');
    expect(summary).toContain('*Lucas Webber · person*\nco-founder and editor of Militant Wire *[2]*');
    expect(summary).toContain('*TTP — Tehreek-i-Taliban Pakistan · organization*');
    expect(body.blocks.filter((b: Block) => b.type === 'context').length).toBeGreaterThanOrEqual(3);
    const [post] = buttons(body);
    expect(post!.text).toMatchObject({ text: 'Post in thread' });
    expect(decodeAction(post!.value!)).toEqual({ action: 'post', command: 'lookup', page: 0, query: 'Lodhi, Webber, TTP', replyTo: '1700000200.000100' });
  });

  it('refuses a shortcut with a wrong signature, and answers nothing', async () => {
    const since = fake.calls.length;
    const response = await postToApp(url, 'payload', messageShortcut(ids.message, { text: 'Lodhi', ts: '1700000201.000100' }, fake.responseUrl()), { secret: 'f'.repeat(32) });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.calls.slice(since)).toEqual([]);
  });

  it('answers in the thread, privately, when the message is in one', async () => {
    const { body } = await briefMeOn({ text: 'Smith agrees with Valle', ts: '1700000203.000100', thread_ts: '1700000202.000100' }, 'chat.postEphemeral');
    expect(body).toMatchObject({ channel: CHANNEL, user: USER, thread_ts: '1700000202.000100' });
    expect(JSON.parse(body.blocks).find((b: Block) => b.type === 'header').text.text).toBe('In this text: Graeme Smith, Riccardo Valle');
    expect(decodeAction(buttons(body)[0]!.value!)).toMatchObject({ replyTo: '1700000202.000100' });
  });

  it('answers in the channel when it may not write in the thread', async () => {
    fake.channelErrors.set(CHANNEL, 'not_in_channel');
    try {
      const { body } = await briefMeOn({ text: 'Smith agrees with Valle', ts: '1700000205.000100', thread_ts: '1700000204.000100' });
      expect(body.response_type).toBe('ephemeral');
      expect(header(body)).toBe('In this text: Graeme Smith, Riccardo Valle');
    } finally {
      fake.channelErrors.delete(CHANNEL);
    }
  });

  it('answers a message that names nobody with a short note and suggestions', async () => {
    const { body } = await briefMeOn({ text: 'Lunch at noon? :pizza:', ts: '1700000206.000100' });
    expect(header(body)).toBe('No one the articles know is named in that text');
    expect(JSON.stringify(body.blocks)).toContain('Try: Isis-Khorasan, Lucas Webber');
    expect(buttons(body)).toEqual([]);
  });

  it('answers a hostile 4,000-character message safely: Slack’s markup escaped, no broadcast', async () => {
    const text = `<!channel> <!here> <@U999|mallory> &lt;script&gt; *Lodhi* <https://evil.example|click me> ${'`x` _y_ ~z~ &amp; '.repeat(300)}`.slice(0, 4000);
    const { body } = await briefMeOn({ text, ts: '1700000207.000100' });
    expect(header(body)).toBe('In this text: Maleeha Lodhi');
    const shown = JSON.stringify(body.blocks.filter((b: Block) => b.type !== 'actions'));
    expect(shown).not.toMatch(/<!channel>|<!here>|<@U999|evil\.example|<script>/);
    for (const block of body.blocks as Block[]) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
  });

  it('“Post in thread” posts the answer for everyone in the message’s thread, saying who asked', async () => {
    const { body } = await briefMeOn({ text: 'Webber on the TTP', ts: '1700000208.000100' });
    const [post] = buttons(body);
    const since = fake.calls.length;
    expect((await postToApp(url, 'payload', buttonClick(ACTION_IDS.post, post!.value!, fake.responseUrl(), true))).status).toBe(200);
    const posted = await fake.waitFor((c) => c.path === '/api/chat.postMessage', since);
    expect(posted.body).toMatchObject({ channel: CHANNEL, thread_ts: '1700000208.000100' });
    const blocks = JSON.parse(posted.body.blocks);
    expect(blocks[0].elements[0].text).toBe(`<@${USER}> asked: /lookup Webber, TTP`);
    expect(blocks[1].text.text).toBe('In this text: Lucas Webber, TTP');
  });

  it('the global shortcut opens a modal with a text box, and its answer comes privately where the person chose', async () => {
    const since = fake.calls.length;
    expect((await postToApp(url, 'payload', globalShortcut(ids.global))).status).toBe(200);
    const opened = await fake.waitFor((c) => c.path === '/api/views.open', since);
    const view = JSON.parse(opened.body.view);
    expect(opened.body.trigger_id).toBe('1.2.6');
    expect(view).toMatchObject({ type: 'modal', callback_id: ids.modal, submit: { text: 'Look up' } });
    expect(view.blocks.map((b: { element: { type: string } }) => b.element.type)).toEqual(['plain_text_input', 'conversations_select']);
    expect(view.blocks[1].element).toMatchObject({ response_url_enabled: true, default_to_current_conversation: true });

    const responseUrl = fake.responseUrl();
    const values = { [MODAL_FIELDS.text]: { [MODAL_FIELDS.text]: { type: 'plain_text_input', value: 'What did Graeme Smith say about the Taliban?' } }, [MODAL_FIELDS.conversation]: { [MODAL_FIELDS.conversation]: { type: 'conversations_select', selected_conversation: CHANNEL } } };
    const submitted = fake.calls.length;
    const ack = await postToApp(url, 'payload', viewSubmission(ids.modal, values, [{ block_id: MODAL_FIELDS.conversation, action_id: MODAL_FIELDS.conversation, channel_id: CHANNEL, response_url: responseUrl }]));
    expect(ack.status).toBe(200);
    expect(ack.text).toBe(''); // the modal closes
    const answer = await fake.waitFor((c) => responseUrl.endsWith(c.path), submitted);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(header(answer.body)).toBe('In this text: Graeme Smith');
  });

  it('/lookup takes a pasted text, and its buttons carry what it found', async () => {
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    await postToApp(url, 'form', slashCommand('/lookup', `${'Some background first. '.repeat(100)}Then Maleeha Lodhi spoke about the TTP.`, responseUrl));
    const { body } = await fake.waitFor((c) => responseUrl.endsWith(c.path), since);
    expect(header(body)).toBe('In this text: Maleeha Lodhi, TTP');
    expect(decodeAction(buttons(body)[0]!.value!)).toEqual({ action: 'post', command: 'lookup', page: 0, query: 'Lodhi, TTP' });
  });
});

describe('Socket Mode', () => {
  let app: App;
  beforeAll(async () => {
    const config = { botToken: BOT_TOKEN, appToken: APP_TOKEN, port: 0, apiUrl: fake.apiUrl, digestAdmins: [] };
    app = createSlackApp(config, seedBot);
    await startSlackApp(app, config);
  });
  afterAll(() => app.stop());

  it('acks a message shortcut envelope, then answers on its response_url', async () => {
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    const ack = await fake.deliver('interactive', messageShortcut(ids.message, { text: 'Asif blamed Kabul', ts: '1700000300.000100' }, responseUrl));
    expect(ack.envelope_id).toMatch(/^env-/);
    const answer = await fake.waitFor((c) => responseUrl.endsWith(c.path), since);
    expect(header(answer.body)).toBe('In this text: Khawaja Muhammad Asif');
  });
});

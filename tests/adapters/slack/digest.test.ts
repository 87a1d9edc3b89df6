/**
 * /digest on Slack end to end: the real Bolt app over signed HTTP requests,
 * the fake Slack Web API, a real SQLite store, and the scheduler posting
 * through the Slack digest sender.
 */
import type { App } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, startSlackApp } from '../../../src/adapters/slack/app.ts';
import { slackDigestSender } from '../../../src/adapters/slack/digest.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../../../src/briefbot.ts';
import { DigestScheduler } from '../../../src/core/digest/scheduler.ts';
import { DigestService } from '../../../src/core/digest/service.ts';
import type { DigestStore } from '../../../src/core/digest/store.ts';
import { configureLog } from '../../../src/core/log.ts';
import { seedBot } from '../../helpers.ts';
import { sqliteFactory, type StoreFactory } from '../../store/stores.ts';
import { BOT_TOKEN, CHANNEL, FakeSlack, mentionEvent, postToApp, SIGNING_SECRET, slashCommand, USER } from './fakeSlack.ts';

const fake = new FakeSlack();
const LISTED_ADMIN = 'ULISTED01';
const WORKSPACE_ADMIN = 'UADMIN001';
const MEMBER = 'UMEMBER01';
let app: App;
let url: string;
let factory: StoreFactory;
let store: DigestStore;
let bot: Briefbot;

beforeAll(async () => {
  configureLog({ level: 'error', sink: () => {} });
  await fake.start();
  fake.users.set(WORKSPACE_ADMIN, { is_admin: true, is_owner: false, is_primary_owner: false });
  fake.users.set(MEMBER, { is_admin: false, is_owner: false, is_primary_owner: false });
  factory = sqliteFactory();
  store = await factory.open();
  bot = createBriefbotFromKnowledge(seedBot().kb, [], { digest: new DigestService(store) });
  const config = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl, digestAdmins: [LISTED_ADMIN] };
  app = createSlackApp(config, () => bot);
  const server = (await startSlackApp(app, config)) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(async () => {
  await app.stop();
  await fake.stop();
  await factory.dispose();
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
});

async function digest(text: string, user = USER) {
  const responseUrl = fake.responseUrl();
  const since = fake.calls.length;
  const ack = await postToApp(url, 'form', slashCommand('/digest', text, responseUrl, user));
  expect(ack.status).toBe(200);
  const body = (await fake.waitFor((c) => responseUrl.endsWith(c.path), since)).body;
  return { title: body.blocks.find((b: any) => b.type === 'header').text.text as string, text: JSON.stringify(body.blocks), body };
}

describe('/digest on Slack', () => {
  it('lets a workspace admin subscribe (asking Slack who is an admin)', async () => {
    const { title, body } = await digest('subscribe 07:30 America/New_York isis-k, Taliban', WORKSPACE_ADMIN);
    expect(title).toBe('Daily digest subscribed');
    expect(body.response_type).toBe('ephemeral');
    expect(fake.calls.some((c) => c.path === '/api/users.info' && c.body.user === WORKSPACE_ADMIN)).toBe(true);
    expect(await store.getSubscription('slack', CHANNEL)).toMatchObject({ time: '07:30', timeZone: 'America/New_York', topics: ['isis-k', 'Taliban'], createdBy: WORKSPACE_ADMIN });
  });

  it('lets someone in SLACK_DIGEST_ADMINS change it without asking Slack', async () => {
    const since = fake.calls.length;
    expect((await digest('subscribe 08:15 Europe/Berlin isis-k when_empty:skip', LISTED_ADMIN)).title).toBe('Daily digest changed');
    expect(fake.calls.slice(since).some((c) => c.path === '/api/users.info')).toBe(false);
    expect(await store.getSubscription('slack', CHANNEL)).toMatchObject({ time: '08:15', whenEmpty: 'skip' });
  });

  it('refuses other members, changing nothing, and still tells them the status', async () => {
    for (const user of [MEMBER, 'UUNKNOWN1']) {
      const refused = await digest("unsubscribe", user);
      expect(refused.text).toContain('Only people who can manage this channel can change its digest');
    }
    expect(await store.getSubscription('slack', CHANNEL)).toMatchObject({ time: '08:15' });
    const status = await digest('status', MEMBER);
    expect(status.title).toBe('Daily digest for this channel');
    expect(status.text).toContain('every day at 08:15 (Europe/Berlin)');
  });

  it('answers bad input with the reason, escaped, and keeps the subscription', async () => {
    const { text } = await digest('subscribe 25:00 <!channel>', LISTED_ADMIN);
    expect(text).toContain('“25:00” is not a time of day');
    expect(await store.getSubscription('slack', CHANNEL)).toMatchObject({ time: '08:15' });
  });

  it('previews the digest for the person who asked', async () => {
    const { title, body } = await digest('now', MEMBER);
    expect(title).toMatch(/^Daily digest · .* \(preview\)$/);
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks.some((b: any) => b.type === 'actions')).toBe(false);
  });
});

describe('several HTTP instances behind a load balancer', () => {
  it('answer an event delivered to each of them once, through the shared store', async () => {
    const claimEvent = (id: string) => store.claimEvent(`slack:${id}`, new Date().toISOString(), '2000-01-01T00:00:00.000Z');
    const config = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl, digestAdmins: [] };
    const instances = [0, 1].map(() => createSlackApp(config, () => bot, { claimEvent }));
    const urls: string[] = [];
    for (const instance of instances) urls.push(`http://127.0.0.1:${(((await startSlackApp(instance, config)) as Server).address() as AddressInfo).port}/slack/events`);
    try {
      const since = fake.calls.length;
      const event = mentionEvent('EvShared1', '<@UBOT0001> who is lodhi', '1700000009.000100');
      await Promise.all(urls.map((u) => postToApp(u, 'json', event)));
      await postToApp(urls[1]!, 'json', event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      await fake.waitFor((c) => c.path === '/api/chat.postMessage', since);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fake.calls.slice(since).filter((c) => c.path === '/api/chat.postMessage')).toHaveLength(1);
    } finally {
      for (const instance of instances) await instance.stop();
    }
  });
});

describe('delivery on Slack', () => {
  const scheduler = (now: string) =>
    new DigestScheduler({ store, senders: { slack: slackDigestSender({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl }) }, knowledge: () => bot.kb, now: () => new Date(now) });
  const subscribe = (channelId: string) =>
    store.saveSubscription({ platform: 'slack', channelId, time: '08:15', timeZone: 'Europe/Berlin', topics: ['isis-k'], whenEmpty: 'say', createdBy: 'u', createdAt: '2026-11-20T00:00:00.000Z' });

  it('posts one Block Kit message with the slot’s metadata, and records its ts', async () => {
    await subscribe('C0DIGEST1');
    await Promise.all([scheduler('2026-11-25T07:15:10Z').tick(), scheduler('2026-11-25T07:15:20Z').tick()]);
    const posts = fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C0DIGEST1');
    expect(posts).toHaveLength(1);
    const sent = posts[0]!.body;
    // The Web API client sends form fields; structured ones as JSON text.
    expect(JSON.parse(sent.blocks)[0].text.text).toBe('Daily digest · Wed, 25 Nov 2026');
    expect(JSON.parse(sent.metadata)).toEqual({ event_type: 'briefbot_digest', event_payload: { local_date: '2026-11-25' } });
    const delivery = await store.getDelivery({ platform: 'slack', channelId: 'C0DIGEST1', localDate: '2026-11-25' });
    expect(delivery).toMatchObject({ status: 'sent' });
    expect(delivery?.messageId).toMatch(/^1700000000\.\d{6}$/);
  });

  it.each([
    ['channel_not_found', 'the channel no longer exists, or is private and the bot is not in it (Slack channel_not_found)'],
    ['not_in_channel', 'the bot is not in the channel; invite it with /invite @briefbot (Slack not_in_channel)'],
    ['is_archived', 'the channel is archived (Slack is_archived)'],
  ])('pauses the subscription when Slack answers %s', async (error, reason) => {
    const channelId = `C0${error.replace(/_/g, '').toUpperCase().slice(0, 7)}`;
    fake.channelErrors.set(channelId, error);
    await subscribe(channelId);
    await scheduler('2026-11-25T07:15:10Z').tick();
    expect(await store.getSubscription('slack', channelId)).toMatchObject({ pausedReason: reason });
  });

  it('retries an error that may pass, recording it', async () => {
    fake.channelErrors.set('C0FLAKY01', 'internal_error');
    await subscribe('C0FLAKY01');
    await scheduler('2026-11-25T07:15:10Z').tick();
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C0FLAKY01', localDate: '2026-11-25' })).toMatchObject({ status: 'retrying', detail: 'An API error occurred: internal_error' });
    fake.channelErrors.delete('C0FLAKY01');
    await scheduler('2026-11-25T07:20:10Z').tick();
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C0FLAKY01', localDate: '2026-11-25' })).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

/**
 * The scheduler, on fake timers, against a real SQLite store: one digest per
 * channel per local day at its local time, through clock changes, restarts,
 * failures and a second process.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DigestScheduler, type SchedulerOptions } from '../../../src/core/digest/scheduler.ts';
import { configureLog } from '../../../src/core/log.ts';
import type { DigestStore, Subscription } from '../../../src/core/digest/store.ts';
import { articleVersion } from '../../../src/core/digest/compose.ts';
import { botFor, FIXTURE_DIR, SEED_DIR, seedBot } from '../../helpers.ts';
import { sqliteFactory, type StoreFactory } from '../../store/stores.ts';
import { FakeChannels, localTime } from './channels.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;

let factory: StoreFactory;
let store: DigestStore;
let channels: FakeChannels;
const schedulers: DigestScheduler[] = [];

beforeEach(async () => {
  configureLog({ level: 'error', sink: () => {} }); // failures here are the point; their log lines are not
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  factory = sqliteFactory();
  store = await factory.open();
  channels = new FakeChannels();
});

afterEach(async () => {
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  vi.useRealTimers();
  schedulers.length = 0;
  await factory.dispose();
});

function subscribe(channelId: string, overrides: Partial<Subscription> = {}) {
  return store.saveSubscription({
    platform: 'slack',
    channelId,
    time: '08:00',
    timeZone: 'Europe/London',
    topics: ['isis-k'],
    whenEmpty: 'say',
    createdBy: 'U1',
    createdAt: new Date().toISOString(),
    ...overrides,
  });
}

function startScheduler(options: Partial<SchedulerOptions> = {}, on: DigestStore = store): DigestScheduler {
  const kb = seedBot().kb;
  const scheduler = new DigestScheduler({ store: on, senders: { slack: channels }, knowledge: () => kb, tickMs: MINUTE, ...options });
  scheduler.start();
  schedulers.push(scheduler);
  return scheduler;
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('daylight saving', () => {
  it.each([
    // Europe/London springs forward on 29 March and falls back on 25 October 2026;
    // America/New_York on 8 March and 1 November.
    ['Europe/London', '2026-03-27T00:00:00Z'],
    ['Europe/London', '2026-10-23T00:00:00Z'],
    ['America/New_York', '2026-03-06T00:00:00Z'],
    ['America/New_York', '2026-10-30T00:00:00Z'],
  ])('delivers at 08:00 local in %s on each side of the change (from %s)', async (timeZone, start) => {
    vi.setSystemTime(new Date(start));
    await subscribe('C1', { timeZone });
    startScheduler();
    await advance(4 * 24 * HOUR);
    const times = channels.in('C1').map((p) => localTime(p.at, timeZone));
    expect(times).toHaveLength(4);
    for (const time of times) expect(time.endsWith(' 08:00')).toBe(true);
    expect(new Set(times.map((t) => t.slice(0, 10))).size).toBe(4);
  });

  it.each([
    ['repeats', 'Europe/London', '01:30', '2026-10-24T12:00:00Z', ['2026-10-25', '2026-10-26']],
    ['skips', 'America/New_York', '02:30', '2026-03-07T12:00:00Z', ['2026-03-08', '2026-03-09']],
  ])('fires once on the night the clock %s the hour of the subscription (%s %s)', async (_change, timeZone, time, start, dates) => {
    vi.setSystemTime(new Date(start));
    await subscribe('C1', { time, timeZone });
    startScheduler();
    await advance(2 * 24 * HOUR);
    expect(channels.in('C1').map((p) => p.slot.localDate)).toEqual(dates);
  });
});

describe('exactly once', () => {
  it('two schedulers on one database deliver each day once', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    await subscribe('C1');
    const second = await factory.open();
    startScheduler({ owner: 'one' });
    startScheduler({ owner: 'two' }, second);
    await advance(3 * 24 * HOUR);
    expect(channels.in('C1').map((p) => p.slot.localDate)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
  });

  it('duplicate ticks in one process deliver once', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    await subscribe('C1');
    vi.setSystemTime(new Date('2026-05-01T07:30:00Z'));
    const scheduler = new DigestScheduler({ store, senders: { slack: channels }, knowledge: () => seedBot().kb });
    await Promise.all([scheduler.tick(), scheduler.tick(), scheduler.tick()]);
    expect(channels.in('C1')).toHaveLength(1);
  });

  it('a process that dies before posting is replaced by the next one once its claim lapses', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1');
    channels.hang = 'before-posting';
    startScheduler({ owner: 'dies' });
    await advance(2 * MINUTE);
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'sending', owner: 'dies' });

    channels.hang = undefined;
    startScheduler({ owner: 'restarted' }, await factory.open());
    await advance(10 * MINUTE);
    expect(channels.in('C1')).toHaveLength(1);
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'sent', owner: 'restarted', attempts: 2 });
  });

  it('a process that dies after posting but before recording does not make the next one post again', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1');
    channels.hang = 'after-posting';
    startScheduler({ owner: 'dies' });
    await advance(2 * MINUTE);
    channels.hang = undefined;
    startScheduler({ owner: 'restarted' }, await factory.open());
    await advance(24 * HOUR);
    expect(channels.in('C1').map((p) => p.slot.localDate)).toEqual(['2026-05-01', '2026-05-02']);
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'sent', messageId: 'm1' });
  });
});

describe('catching up after downtime', () => {
  it('sends a missed digest at start when it is inside the grace period', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    await subscribe('C1');
    vi.setSystemTime(new Date('2026-05-01T11:00:00Z')); // down from before 08:00 BST until noon
    startScheduler();
    await advance(MINUTE);
    expect(channels.in('C1').map((p) => localTime(p.at, 'Europe/London'))).toEqual(['2026-05-01 12:00']);
  });

  it('records the slot as skipped, with the reason, when it is past the grace period', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    await subscribe('C1');
    vi.setSystemTime(new Date('2026-05-01T15:00:00Z'));
    startScheduler({ graceMs: 6 * HOUR });
    await advance(MINUTE);
    expect(channels.in('C1')).toHaveLength(0);
    const delivery = await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' });
    expect(delivery).toMatchObject({ status: 'skipped' });
    expect(delivery?.detail).toBe('not sent: briefbot was not running at 08:00 (Europe/London) or in the 6-hour grace period after it');
    await advance(24 * HOUR);
    expect(channels.in('C1').map((p) => p.slot.localDate)).toEqual(['2026-05-02']);
  });
});

describe('catching up more than one day', () => {
  it('sends a channel’s missed days in order, each building on the one before', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    await subscribe('C1');
    vi.setSystemTime(new Date('2026-05-02T08:00:00Z')); // down since before yesterday's digest
    startScheduler({ graceMs: 30 * HOUR });
    await advance(MINUTE);
    const [first, second] = channels.in('C1');
    expect([first?.slot.localDate, second?.slot.localDate]).toEqual(['2026-05-01', '2026-05-02']);
    const shown = new Set(first!.reply.sources.map((s) => `${s.articleId}#${s.paragraph}`));
    expect(second!.reply.sources.filter((s) => shown.has(`${s.articleId}#${s.paragraph}`))).toEqual([]);
  });
});

describe('failures', () => {
  it('retries with backoff, then succeeds', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1');
    channels.failures = [new Error('HTTP 503'), new Error('socket hang up')];
    startScheduler({ retryDelaysMs: [MINUTE, 5 * MINUTE] });
    await advance(30 * MINUTE);
    expect(channels.attempts).toBe(3);
    expect(channels.in('C1').map((p) => localTime(p.at, 'Europe/London'))).toEqual(['2026-05-01 08:06']);
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the last retry and records the error', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1');
    channels.failures = Array.from({ length: 10 }, () => new Error('HTTP 500'));
    startScheduler({ retryDelaysMs: [MINUTE, MINUTE] });
    await advance(HOUR);
    expect(channels.attempts).toBe(3);
    const delivery = await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' });
    expect(delivery).toMatchObject({ status: 'failed', detail: 'HTTP 500 (after 3 attempts)' });
  });

  it('treats a digest that cannot be composed as a failed attempt, retried later', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1');
    let broken = true;
    const kb = seedBot().kb;
    startScheduler({
      knowledge: () => {
        if (broken) throw new Error('knowledge unavailable');
        return kb;
      },
      retryDelaysMs: [MINUTE],
    });
    await advance(MINUTE + 30_000);
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'retrying', detail: 'knowledge unavailable' });
    broken = false;
    await advance(2 * MINUTE);
    expect(channels.in('C1')).toHaveLength(1);
  });

  it('pauses the subscription of a channel that is gone, and stops trying', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1');
    channels.gone.add('C1');
    startScheduler();
    await advance(3 * 24 * HOUR);
    expect(channels.attempts).toBe(1);
    expect((await store.getSubscription('slack', 'C1'))?.pausedReason).toBe('channel C1 not found');
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'paused' });
  });
});

describe('robustness', () => {
  it('sends to several channels at once', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    for (let i = 0; i < 8; i++) await subscribe(`C${i}`);
    channels.delayMs = MINUTE; // a slow platform
    startScheduler({ concurrency: 4 });
    await advance(3 * MINUTE + 30_000); // two rounds of four; one at a time would need eight minutes
    expect(channels.posted).toHaveLength(8);
    expect(new Set(channels.posted.map((p) => p.channelId)).size).toBe(8);
  });

  it('pauses a subscription whose time zone is unknown, with the reason, and keeps serving the others', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('A-broken', { timeZone: 'Atlantis/Lost_City' }); // as if edited by hand, or dropped from the zone database
    await subscribe('B-fine');
    startScheduler();
    await advance(5 * MINUTE);
    expect(channels.in('B-fine')).toHaveLength(1);
    expect((await store.getSubscription('slack', 'A-broken'))?.pausedReason).toMatch(/^its time zone Atlantis\/Lost_City is unknown here; run \/digest subscribe again/);
  });
});

describe('what is delivered', () => {
  it('never repeats the previous digest’s passages while others remain, then says there is nothing new', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1', { topics: ['isis-k'] });
    startScheduler();
    await advance(10 * 24 * HOUR);
    const digests = channels.in('C1');
    expect(digests.length).toBe(10);
    for (let day = 1; day < digests.length; day++) {
      const before = new Set(digests[day - 1]!.reply.sources.map((s) => `${s.articleId}#${s.paragraph}`));
      const repeated = digests[day]!.reply.sources.filter((s) => before.has(`${s.articleId}#${s.paragraph}`));
      expect(repeated).toEqual([]);
    }
    expect(digests.some((d) => d.reply.summary[0]?.startsWith('Nothing new'))).toBe(false);
    // Ten days of one-minute ticks against the real store: more than the default time on a busy machine.
  }, 120_000);

  it('leads with an article added since the last digest, once', async () => {
    const kb = botFor(SEED_DIR, FIXTURE_DIR).kb;
    const [seed, storm] = kb.articles;
    vi.setSystemTime(new Date('2026-05-01T06:00:00Z'));
    await store.recordContentVersions([articleVersion(seed!)], new Date().toISOString());
    await subscribe('C1', { topics: [] });
    startScheduler({ knowledge: () => kb });
    await advance(6 * HOUR); // the first digest, at 08:00 local
    await store.recordContentVersions([articleVersion(seed!), articleVersion(storm!)], new Date().toISOString()); // dropped in at noon
    await advance(2 * 24 * HOUR);
    const labels = channels.in('C1').map((p) => p.reply.labels ?? []);
    expect(labels).toEqual([[`New: ${seed!.title}`], [`New: ${storm!.title}`], []]);
    expect(channels.in('C1')[2]!.reply.summary).toEqual(['Nothing new since the last digest.']);
  });

  it('stays quiet when there is nothing new and the channel chose to skip', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('C1', { topics: [], whenEmpty: 'skip' });
    await subscribe('C2', { topics: [], whenEmpty: 'say' });
    startScheduler();
    await advance(2 * HOUR);
    expect(channels.in('C1')).toHaveLength(0);
    expect(await store.getDelivery({ platform: 'slack', channelId: 'C1', localDate: '2026-05-01' })).toMatchObject({ status: 'nothing_new' });
    expect(channels.in('C2').map((p) => p.reply.summary)).toEqual([['Nothing new since the last digest.']]);
  });

  it('leaves other platforms’ subscriptions to the processes that serve them', async () => {
    vi.setSystemTime(new Date('2026-05-01T06:59:00Z'));
    await subscribe('D1', { platform: 'discord' });
    startScheduler();
    await advance(2 * HOUR);
    expect(await store.getDelivery({ platform: 'discord', channelId: 'D1', localDate: '2026-05-01' })).toBeUndefined();
  });
});

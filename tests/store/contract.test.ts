/**
 * The digest store contract. Both implementations run every test against a
 * real database; a second connection stands in for a second bot process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestStore, Slot, Subscription } from '../../src/core/digest/store.ts';
import { postgresFactory, sqliteFactory, type StoreFactory } from './stores.ts';

const T0 = '2026-03-01T08:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

const subscription = (channelId: string, overrides: Partial<Subscription> = {}): Subscription => ({
  platform: 'slack',
  channelId,
  time: '08:00',
  timeZone: 'Europe/London',
  topics: ['ports', 'storm'],
  whenEmpty: 'say',
  createdBy: 'U1',
  createdAt: T0,
  ...overrides,
});

const claim = (owner: string, at = T0) => ({ owner, at, leaseUntil: later(2), scheduledFor: T0 });

describe.each([
  ['SQLite', async () => sqliteFactory()],
  ['Postgres', postgresFactory],
] as const)('%s digest store', (_name, makeFactory) => {
  let factory: StoreFactory;
  let store: DigestStore;
  let other: DigestStore;
  let channel = 0;
  // Each test works in its own channel, so tests share one database without interfering.
  const slotIn = (channelId: string, localDate = '2026-03-01'): Slot => ({ platform: 'slack', channelId, localDate });
  const freshChannel = () => `C${++channel}`;

  beforeAll(async () => {
    factory = await makeFactory();
    store = await factory.open();
    other = await factory.open();
  }, 30_000);
  afterAll(() => factory.dispose());

  it('migrates once, however many processes open the database', async () => {
    const third = await factory.open();
    await third.saveSubscription(subscription('migrated'));
    expect(await store.getSubscription('slack', 'migrated')).toMatchObject({ channelId: 'migrated' });
  });

  it('saves, replaces and removes a subscription', async () => {
    const id = freshChannel();
    await store.saveSubscription(subscription(id));
    expect(await other.getSubscription('slack', id)).toEqual(subscription(id));
    await store.saveSubscription(subscription(id, { time: '17:30', topics: [], whenEmpty: 'skip' }));
    expect(await other.getSubscription('slack', id)).toMatchObject({ time: '17:30', topics: [], whenEmpty: 'skip' });
    expect(await store.removeSubscription('slack', id)).toBe(true);
    expect(await store.removeSubscription('slack', id)).toBe(false);
    expect(await store.getSubscription('slack', id)).toBeUndefined();
  });

  it('keeps platforms apart: the same channel id on Discord is another subscription', async () => {
    const id = freshChannel();
    await store.saveSubscription(subscription(id));
    expect(await store.getSubscription('discord', id)).toBeUndefined();
  });

  it('pauses a subscription with its reason, and subscribing again resumes it', async () => {
    const id = freshChannel();
    await store.saveSubscription(subscription(id));
    await store.pauseSubscription('slack', id, 'channel_not_found');
    expect(await store.getSubscription('slack', id)).toMatchObject({ pausedReason: 'channel_not_found' });
    expect((await store.activeSubscriptions()).some((s) => s.channelId === id)).toBe(false);
    await store.saveSubscription(subscription(id));
    expect((await store.getSubscription('slack', id))?.pausedReason).toBeUndefined();
    expect((await store.activeSubscriptions()).some((s) => s.channelId === id)).toBe(true);
  });

  it('lets exactly one of many simultaneous claims on a slot win, across connections', async () => {
    const slot = slotIn(freshChannel());
    const results = await Promise.all([store, other, store, other, store, other].map((s, i) => s.claimSlot(slot, claim(`p${i}`))));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = `p${results.indexOf(true)}`;
    expect(await other.getDelivery(slot)).toMatchObject({ status: 'sending', owner: winner, attempts: 1 });
  });

  it('records the outcome only for the owner of the claim', async () => {
    const slot = slotIn(freshChannel());
    await store.claimSlot(slot, claim('a'));
    expect(await other.finish(slot, 'b', { status: 'sent', messageId: 'm-b', passageIds: [] }, later(1))).toBe(false);
    expect(await store.finish(slot, 'a', { status: 'sent', messageId: 'm-a', passageIds: ['x#1', 'y#2'] }, later(1))).toBe(true);
    expect(await other.getDelivery(slot)).toMatchObject({ status: 'sent', messageId: 'm-a', passageIds: ['x#1', 'y#2'] });
    // Finished is final: a late duplicate cannot overwrite it.
    expect(await store.finish(slot, 'a', { status: 'failed', error: 'late' }, later(2))).toBe(false);
  });

  it('takes over an abandoned claim only after its lease, and only once', async () => {
    const slot = slotIn(freshChannel());
    await store.claimSlot(slot, claim('crashed'));
    expect(await other.reclaimSlot(slot, { owner: 'b', at: later(1), leaseUntil: later(3) })).toBeUndefined();
    const takers = await Promise.all([store, other].map((s, i) => s.reclaimSlot(slot, { owner: `t${i}`, at: later(2), leaseUntil: later(4) })));
    expect(takers.filter(Boolean)).toHaveLength(1);
    expect(takers.find(Boolean)).toMatchObject({ status: 'sending', attempts: 2 });
    expect(await store.unfinishedDue(later(3))).not.toContainEqual(expect.objectContaining({ channelId: slot.channelId }));
  });

  it('schedules a retry: due at its time, never before, and never once finished', async () => {
    const slot = slotIn(freshChannel());
    await store.claimSlot(slot, claim('a'));
    await store.finish(slot, 'a', { status: 'retrying', error: 'HTTP 503', nextAttemptAt: later(5) }, later(0));
    const dueAt = async (minutes: number) => (await other.unfinishedDue(later(minutes))).some((d) => d.channelId === slot.channelId);
    expect(await dueAt(4)).toBe(false);
    expect(await dueAt(5)).toBe(true);
    expect(await other.getDelivery(slot)).toMatchObject({ status: 'retrying', detail: 'HTTP 503' });
    await other.reclaimSlot(slot, { owner: 'b', at: later(5), leaseUntil: later(7) });
    await other.finish(slot, 'b', { status: 'failed', error: 'HTTP 503 again' }, later(6));
    expect(await dueAt(60)).toBe(false);
  });

  it('records a skipped slot, which nobody can then claim', async () => {
    const slot = slotIn(freshChannel());
    expect(await store.recordSkipped(slot, T0, 'not running within 6 hours of 08:00', later(400))).toBe(true);
    expect(await other.claimSlot(slot, claim('late'))).toBe(false);
    expect(await store.recordSkipped(slot, T0, 'again', later(401))).toBe(false);
    expect(await other.getDelivery(slot)).toMatchObject({ status: 'skipped', detail: 'not running within 6 hours of 08:00' });
  });

  it('knows the last delivery and the last one that reached the channel', async () => {
    const id = freshChannel();
    const first = slotIn(id, '2026-03-01');
    const second = slotIn(id, '2026-03-02');
    await store.claimSlot(first, claim('a'));
    await store.finish(first, 'a', { status: 'sent', messageId: 'm1', passageIds: ['a#1'] }, later(1));
    await store.recordSkipped(second, later(1440), 'down', later(1900));
    expect(await other.lastDelivery('slack', id)).toMatchObject({ localDate: '2026-03-02', status: 'skipped' });
    expect(await other.lastSent('slack', id)).toMatchObject({ localDate: '2026-03-01', messageId: 'm1' });
    expect(await other.lastSent('slack', freshChannel())).toBeUndefined();
  });

  it('keeps content versions: first seen, and changed only when the text changed', async () => {
    await store.recordContentVersions([{ articleId: 'cv-a', hash: 'h1', title: 'A' }], T0);
    await store.recordContentVersions([{ articleId: 'cv-a', hash: 'h1', title: 'A' }], later(10));
    expect((await other.contentVersions()).find((v) => v.articleId === 'cv-a')).toMatchObject({ firstSeen: T0, changedAt: T0 });
    await store.recordContentVersions([{ articleId: 'cv-a', hash: 'h2', title: 'A, revised' }], later(20));
    expect((await other.contentVersions()).find((v) => v.articleId === 'cv-a')).toMatchObject({ firstSeen: T0, changedAt: later(20), title: 'A, revised' });
  });

  it('lets one process claim an incoming event id, and forgets old ids', async () => {
    const claims = await Promise.all([store, other, store].map((s) => s.claimEvent('slack:Ev1', later(0), T0)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await other.claimEvent('slack:Ev1', later(1), T0)).toBe(false);
    // After enough claims the store prunes ids older than the cut-off, so a very old id may come again.
    for (let i = 0; i < 200; i++) await store.claimEvent(`slack:filler-${i}`, later(2000), later(1000));
    expect(await other.claimEvent('slack:Ev1', later(2001), later(1000))).toBe(true);
  });

  it('stores odd text as it was given', async () => {
    const id = `${freshChannel()}'; DROP TABLE subscriptions; --`;
    const topics = ['Zoë “quotes”', '東京', '@everyone <b>'];
    await store.saveSubscription(subscription(id, { topics }));
    expect((await other.getSubscription('slack', id))?.topics).toEqual(topics);
  });
});

/**
 * Several bot processes on more than one machine share Postgres: schedulers
 * on separate connections to a real Postgres engine deliver each slot once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../../src/core/digest/scheduler.ts';
import type { DigestStore } from '../../../src/core/digest/store.ts';
import { seedBot } from '../../helpers.ts';
import { postgresFactory, type StoreFactory } from '../../store/stores.ts';
import { FakeChannels } from './channels.ts';

let factory: StoreFactory;
let stores: DigestStore[];

beforeAll(async () => {
  factory = await postgresFactory();
  stores = [await factory.open(), await factory.open(), await factory.open()];
}, 30_000);
afterAll(() => factory.dispose());

describe('schedulers sharing Postgres', () => {
  it('deliver each channel’s slot exactly once, however their ticks interleave', async () => {
    const channels = new FakeChannels();
    const kb = seedBot().kb;
    for (let i = 0; i < 5; i++) {
      await stores[0]!.saveSubscription({ platform: 'slack', channelId: `P${i}`, time: '08:00', timeZone: 'Europe/London', topics: ['isis-k'], whenEmpty: 'say', createdBy: 'u', createdAt: '2026-05-01T00:00:00.000Z' });
    }
    const schedulers = stores.map((store, i) => new DigestScheduler({ store, owner: `machine-${i}`, senders: { slack: channels }, knowledge: () => kb, now: () => new Date('2026-05-01T07:00:05Z') }));
    await Promise.all([...schedulers, ...schedulers].map((s) => s.tick()));
    expect(channels.posted.map((p) => p.channelId).sort()).toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);
    for (let i = 0; i < 5; i++) expect(await stores[2]!.getDelivery({ platform: 'slack', channelId: `P${i}`, localDate: '2026-05-01' })).toMatchObject({ status: 'sent' });
  });
});

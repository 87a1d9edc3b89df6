/**
 * A Postgres that stops answering while briefbot runs: /digest says the store
 * is not answering, in bounded time, while /brief and the other commands
 * keep answering from memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleChannel } from '../../src/adapters/cli/digest.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../../src/briefbot.ts';
import { DigestService } from '../../src/core/digest/service.ts';
import type { DigestStore } from '../../src/core/digest/store.ts';
import { configureLog } from '../../src/core/log.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { seedBot } from '../helpers.ts';
import { silenceableProxy, type SilenceableProxy } from './silentServers.ts';
import { postgresFactory, type StoreFactory } from './stores.ts';

let factory: StoreFactory;
let proxy: SilenceableProxy;
let store: DigestStore;
let bot: Briefbot;
const logs: string[] = [];

beforeAll(async () => {
  configureLog({ sink: (line) => logs.push(line) });
  factory = await postgresFactory();
  proxy = await silenceableProxy(Number(new URL(factory.url!).port));
  const url = new URL(factory.url!);
  url.port = String(proxy.port);
  // Short enough to keep the test quick, long enough for a busy machine's honest answers.
  store = await openPostgresStore(url.toString(), { connectMs: 3000, queryMs: 2000 });
  bot = createBriefbotFromKnowledge(seedBot().kb, [], { digest: new DigestService(store) });
}, 30_000);
afterAll(async () => {
  await proxy.close();
  await store.close();
  await factory.dispose();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

describe('a Postgres store that stops answering', () => {
  it('turns /digest into a reply saying so, while /brief keeps answering', async () => {
    expect((await bot.handleLine('/digest subscribe 08:00 UTC isis-k', consoleChannel)).kind).not.toBe('error');
    proxy.silence();

    const digest = await bot.handleLine('/digest status', consoleChannel);
    expect(digest.kind).toBe('error');
    expect(digest.summary.join(' ')).toContain('The digest store is not answering right now, so /digest status cannot be done');

    const brief = await bot.handleLine('/brief isis-k', consoleChannel);
    expect(brief.kind).not.toBe('error');
    expect(brief.title).toContain('Isis-K');

    const logged = logs.filter((line) => line.includes('could not reach the digest store'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('did not answer');
    expect(logged[0]).not.toContain('    at ');
  });
});

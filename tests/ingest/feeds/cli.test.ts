/**
 * `npm run feeds -- --poll-once`: polls the feeds followed in the store of
 * DATA_DIR once, saves new articles into CONTENT_DIR and exits — the same
 * store and files the bot uses, against feeds on 127.0.0.1.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureLog } from '../../../src/core/log.ts';
import { main } from '../../../src/ingest/feeds/cli.ts';
import { FeedPoller } from '../../../src/ingest/feeds/poller.ts';
import { FeedService } from '../../../src/ingest/feeds/service.ts';
import { openStore } from '../../../src/store/open.ts';
import { blockedConnections, guardOutboundConnections } from '../fetch/server.ts';
import { startFeedSite, type FeedSite } from './feedSite.ts';

let site: FeedSite;
let unguard: () => void;
let dir: string;
let env: Record<string, string>;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { env, out: { write: (t: string) => out.push(t) }, err: { write: (t: string) => err.push(t) } } };
}

beforeAll(async () => {
  configureLog({ level: 'error', sink: () => {} });
  unguard = guardOutboundConnections();
  site = await startFeedSite();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-cli-'));
  env = { DATA_DIR: join(dir, 'data'), CONTENT_DIR: join(dir, 'content'), FETCH_ALLOW_HOSTS: site.allow };
});
afterAll(async () => {
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  await site.close();
  unguard();
  rmSync(dir, { recursive: true, force: true });
  expect(blockedConnections).toEqual([]);
});

describe('npm run feeds', () => {
  it('prints its usage with --help, and refuses to run without a mode', async () => {
    const help = capture();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out.join('')).toMatch(/^Usage: npm run feeds -- --poll-once \[--json\] \| --list\n/);
    const none = capture();
    expect(await main([], none.io)).toBe(2);
    expect(none.err.join('')).toMatch(/^Usage:/);
    const bad = capture();
    expect(await main(['--bogus'], bad.io)).toBe(2);
  });

  it('names a bad setting and exits 2', async () => {
    const run = capture();
    expect(await main(['--poll-once'], { ...run.io, env: { ...env, FEED_POLL_MINUTES: 'soon' } })).toBe(2);
    expect(run.err.join('')).toContain('FEED_POLL_MINUTES: must be a number of minutes, e.g. FEED_POLL_MINUTES=15');
  });

  it('--poll-once polls every feed once, saves the new articles, and exits', async () => {
    site.items.rss = [{ page: 'disney' }];
    const store = await openStore({ DATA_DIR: env.DATA_DIR!, DATABASE_URL: undefined });
    const poller = new FeedPoller({ store: store.feeds, contentDir: env.CONTENT_DIR!, fetchOptions: { allowHosts: [site.allow] } });
    await new FeedService({ store: store.feeds, poller }).add({ platform: 'console', channelId: 'console', userId: 'me' }, site.feedUrl('rss'), ['Congress']);
    await store.close();

    site.items.rss.unshift({ page: 'omar' });
    const first = capture();
    expect(await main(['--poll-once'], first.io)).toBe(0);
    expect(first.out.join('')).toBe(`${site.feedUrl('rss')}: saved new-york-man-pleads-guilty-to-threatening-to-kill-omar.md\n`);
    expect(readdirSync(env.CONTENT_DIR!)).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);

    // Run again at once (cron): polled although not due, and nothing new.
    const second = capture();
    expect(await main(['--poll-once'], second.io)).toBe(0);
    expect(second.out.join('')).toBe(`${site.feedUrl('rss')}: not modified\n`);

    const list = capture();
    expect(await main(['--list'], list.io)).toBe(0);
    expect(list.out.join('')).toMatch(/^Local Wire \(http:\/\/127\.0\.0\.1:\d+\/feeds\/rss\.xml\) · topics: Congress · 2 items seen, 1 saved · last poll .+: not modified · next /);

    site.fail.set('/feeds/rss.xml', 500);
    const failing = capture();
    expect(await main(['--poll-once', '--json'], failing.io)).toBe(1);
    expect(JSON.parse(failing.out.join(''))).toMatchObject({ status: 'failed', error: 'the site had an error (500)' });
    site.fail.clear();
  });
});

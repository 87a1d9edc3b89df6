/**
 * /metrics counts what briefbot serves — by command, platform and outcome —
 * and never carries what users typed, their channels or an address in a
 * label. Commands run through a real briefbot over the seed; digests through
 * the real scheduler and a SQLite store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../../src/briefbot.ts';
import type { ChannelInfo } from '../../src/core/commands.ts';
import { DigestScheduler } from '../../src/core/digest/scheduler.ts';
import { DigestService } from '../../src/core/digest/service.ts';
import { StoreUnavailableError, type DigestStore } from '../../src/core/digest/store.ts';
import { configureLog } from '../../src/core/log.ts';
import { BriefbotMetrics, commandLabels } from '../../src/observe/metrics.ts';
import { seedBot } from '../helpers.ts';
import { FakeChannels } from '../core/digest/channels.ts';
import { sqliteFactory } from '../store/stores.ts';

/** Every sample of the exposition text: metric name, labels, value. */
function samples(text: string) {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

const valueOf = (text: string, name: string, labels: Record<string, string>) =>
  samples(text).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

/** What users typed and where: none of it may appear anywhere in /metrics. */
const PRIVATE = ['C0SECRET42', 'U0ALICE99', 'isis-k', 'lodhi', 'nobody-xyz', 'frobnicate', 'evil.example', '<@U123>'];
const channel = (platform: ChannelInfo['platform']): ChannelInfo => ({ platform, channelId: 'C0SECRET42', userId: 'U0ALICE99', canManage: async () => true });

/** A store every call of which fails with `error`. */
const failingStore = (error: Error) => new Proxy({}, { get: () => async () => Promise.reject(error) }) as DigestStore;

let metrics: BriefbotMetrics;
const botWith = (services: Parameters<typeof createBriefbotFromKnowledge>[2] = {}): Briefbot =>
  createBriefbotFromKnowledge(seedBot().kb, [], { observer: metrics, version: '9.9.9', ...services });

beforeEach(() => {
  configureLog({ level: 'error', sink: () => {} }); // the failures below are the point; their log lines are not
  metrics = new BriefbotMetrics({ commands, version: '9.9.9', defaultMetrics: false });
});
afterEach(() => configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') }));

describe('commands served', () => {
  it('are counted by command, platform and outcome, with a latency histogram', async () => {
    const bot = botWith();
    bot.run('brief', { topic: 'isis-k' }, 'discord');
    bot.run('brief', { topic: 'isis-k' }, 'discord');
    await bot.handleLine('/who nobody-xyz', channel('slack'));
    bot.runLine('/brief');
    await bot.handleLine('/help', channel('console'));
    const text = await metrics.text();
    expect(valueOf(text, 'briefbot_commands_total', { command: 'brief', platform: 'discord', outcome: 'answered' })).toBe(2);
    expect(valueOf(text, 'briefbot_commands_total', { command: 'who', platform: 'slack', outcome: 'not_found' })).toBe(1);
    expect(valueOf(text, 'briefbot_commands_total', { command: 'brief', platform: 'cli', outcome: 'refused' })).toBe(1);
    expect(valueOf(text, 'briefbot_commands_total', { command: 'help', platform: 'console', outcome: 'answered' })).toBe(1);
    expect(valueOf(text, 'briefbot_command_duration_seconds_count', { command: 'brief', platform: 'discord' })).toBe(2);
    expect(valueOf(text, 'briefbot_command_duration_seconds_bucket', { command: 'brief', platform: 'discord', le: '+Inf' })).toBe(2);
    expect(valueOf(text, 'briefbot_command_duration_seconds_sum', { command: 'brief', platform: 'discord' })).toBeGreaterThan(0);
    // Refused input is the user's, not briefbot's: no error counted.
    expect(text).not.toMatch(/^briefbot_command_errors_total\{/m);
  });

  it('name subcommands, and count failures that were briefbot’s by cause', async () => {
    const storeDown = botWith({ digest: new DigestService(failingStore(new StoreUnavailableError('timeout'))) });
    expect((await storeDown.handleLine('/digest status', channel('slack'))).fault).toBe('store');
    const broken = botWith({ digest: new DigestService(failingStore(new Error('a bug'))) });
    expect((await broken.handleLine('/digest now', channel('discord'))).fault).toBe('internal');
    const text = await metrics.text();
    expect(valueOf(text, 'briefbot_commands_total', { command: 'digest status', platform: 'slack', outcome: 'failed' })).toBe(1);
    expect(valueOf(text, 'briefbot_command_errors_total', { command: 'digest status', platform: 'slack', cause: 'store' })).toBe(1);
    expect(valueOf(text, 'briefbot_command_errors_total', { command: 'digest now', platform: 'discord', cause: 'internal' })).toBe(1);
  });

  it('never carry what was typed, the channel or the user: an unknown name is "unknown", a bad subcommand its command', async () => {
    const bot = botWith();
    await bot.handleLine('/frobnicate <@U123> http://evil.example/x', channel('slack'));
    await bot.handleLine('/digest frobnicate', channel('slack'));
    await bot.handleLine('/who lodhi', channel('discord'));
    bot.run('who', { name: 'lodhi' }, 'discord');
    // A label value nobody listed (an observer misused) is counted as "other", never shown.
    metrics.commandServed({ command: '/brief isis-k', surface: 'C0SECRET42' as never, outcome: 'answered', seconds: 0.001 });
    const text = await metrics.text();
    expect(valueOf(text, 'briefbot_commands_total', { command: 'unknown', platform: 'slack' })).toBe(1);
    expect(valueOf(text, 'briefbot_commands_total', { command: 'digest', platform: 'slack', outcome: 'refused' })).toBe(1);
    expect(valueOf(text, 'briefbot_commands_total', { command: 'who', platform: 'discord', outcome: 'answered' })).toBe(2);
    expect(valueOf(text, 'briefbot_commands_total', { command: 'other', platform: 'other' })).toBe(1);
    for (const words of PRIVATE) expect(text).not.toContain(words);
    const allowed = new Set([...commandLabels(commands), 'other']);
    for (const sample of samples(text).filter((s) => s.name.startsWith('briefbot_command'))) expect(allowed.has(sample.labels.command!)).toBe(true);
  });
});

describe('digests', () => {
  it('count each slot the scheduler settles, by platform and outcome, without the channel', async () => {
    const factory = sqliteFactory();
    const store = await factory.open();
    try {
      const now = new Date('2026-05-02T09:00:00Z');
      // Yesterday's 08:00 is past the grace period (skipped); today's is due (sent).
      await store.saveSubscription({ platform: 'slack', channelId: 'C0SECRET42', time: '08:00', timeZone: 'UTC', topics: ['isis-k'], whenEmpty: 'say', createdBy: 'U0ALICE99', createdAt: '2026-05-01T07:00:00Z' });
      const channels = new FakeChannels();
      const kb = seedBot().kb;
      const scheduler = new DigestScheduler({ store, senders: { slack: channels }, knowledge: () => kb, now: () => now, onSettled: (platform, outcome) => metrics.digestSettled(platform, outcome) });
      expect(await scheduler.tick()).toMatchObject({ sent: 1, skipped: 1 });
      const text = await metrics.text();
      expect(valueOf(text, 'briefbot_digests_total', { platform: 'slack', outcome: 'sent' })).toBe(1);
      expect(valueOf(text, 'briefbot_digests_total', { platform: 'slack', outcome: 'skipped' })).toBe(1);
      for (const words of PRIVATE) expect(text).not.toContain(words);
    } finally {
      await factory.dispose();
    }
  });
});

describe('the knowledge', () => {
  it('shows the articles and passages answering now, and how long loads took', async () => {
    expect(valueOf(await metrics.text(), 'briefbot_articles_loaded', {})).toBe(0); // still loading (and /readyz says so)
    const bot = seedBot();
    metrics.watchKnowledge(() => bot);
    metrics.knowledgeLoaded({ trigger: 'start', source: 'snapshot', seconds: 0.2 });
    metrics.knowledgeLoaded({ trigger: 'reload', source: 'build', seconds: 3 });
    metrics.knowledgeLoaded({ trigger: 'reload', seconds: 1, failed: true });
    const text = await metrics.text();
    expect(valueOf(text, 'briefbot_articles_loaded', {})).toBe(1);
    expect(valueOf(text, 'briefbot_passages_loaded', {})).toBe(bot.kb.passageById.size);
    expect(valueOf(text, 'briefbot_knowledge_load_seconds_count', { trigger: 'start', source: 'snapshot' })).toBe(1);
    expect(valueOf(text, 'briefbot_knowledge_load_seconds_bucket', { trigger: 'reload', source: 'build', le: '5' })).toBe(1);
    expect(valueOf(text, 'briefbot_knowledge_load_seconds_bucket', { trigger: 'reload', source: 'build', le: '2.5' })).toBe(0);
    expect(valueOf(text, 'briefbot_knowledge_reload_failures_total', {})).toBe(1);
    expect(valueOf(text, 'briefbot_info', { version: '9.9.9' })).toBe(1);
  });

  it('come with Node’s default process metrics', async () => {
    const withDefaults = new BriefbotMetrics({ commands, version: '9.9.9' });
    const text = await withDefaults.text();
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) expect(text).toMatch(new RegExp(`^${name} `, 'm'));
    expect(withDefaults.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});

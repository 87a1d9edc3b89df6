/** Starting the Slack app when Slack refuses it: one line naming the setting, never the token, and no unhandled rejection. */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, startSlackApp } from '../../../src/adapters/slack/app.ts';
import type { SlackConfig } from '../../../src/config.ts';
import { configureLog } from '../../../src/core/log.ts';
import { StartupError } from '../../../src/startupError.ts';
import { seedBot } from '../../helpers.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack, SIGNING_SECRET } from './fakeSlack.ts';

const WRONG_TOKEN = 'xoxb-9999-8888-notthebottoken';
const fake = new FakeSlack();
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  configureLog({ sink: () => {} });
  process.on('unhandledRejection', recordUnhandled);
  await fake.start();
});
afterAll(async () => {
  process.off('unhandledRejection', recordUnhandled);
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

async function startWith(config: SlackConfig) {
  const app = createSlackApp(config, seedBot);
  const error = await startSlackApp(app, config).catch((e: unknown) => e);
  // Let any promise Bolt left behind settle, so an unhandled one would be seen.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return error;
}

describe('a wrong bot token', () => {
  it.each([
    ['HTTP', { signingSecret: SIGNING_SECRET }],
    ['Socket Mode', { appToken: APP_TOKEN }],
  ])('stops the %s app with one line naming SLACK_BOT_TOKEN, and nothing goes unhandled', async (_mode, settings) => {
    const error = await startWith({ botToken: WRONG_TOKEN, port: 0, apiUrl: fake.apiUrl, digestAdmins: [], ...settings });
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe(
      'Slack rejected SLACK_BOT_TOKEN (invalid_auth); copy the Bot User OAuth Token (xoxb-…) from api.slack.com/apps > your app > OAuth & Permissions',
    );
    expect(unhandled).toEqual([]);
  });
});

describe('a busy port', () => {
  it('names PORT', async () => {
    const busy = createServer();
    // On every interface, as the app listens: nothing is sent anywhere.
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const error = await startWith({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port, apiUrl: fake.apiUrl, digestAdmins: [] });
      expect((error as Error).message).toMatch(new RegExp(`^PORT ${port} is already in use`));
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});

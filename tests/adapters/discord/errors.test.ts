import { describe, expect, it } from 'vitest';
import { discordStartupError, fatalCloseReason } from '../../../src/adapters/discord/errors.ts';

const config = { applicationId: '100000000000000001' };

describe('fatal gateway close codes', () => {
  it('gives plain words for each code Discord will not take back, and none for those discord.js recovers from', () => {
    for (const code of [4004, 4010, 4011, 4012, 4013, 4014]) expect(fatalCloseReason(code)).toMatch(new RegExp(`^Discord closed the connection: .*\\(${code}\\)`));
    for (const code of [1000, 4000, 4007, 4009]) expect(fatalCloseReason(code)).toBeUndefined();
  });
});

describe('start-up errors', () => {
  it('turns getaddrinfo ENOTFOUND discord.com into one line saying Discord cannot be reached', () => {
    // Built as Node's resolver builds it: tests never look up a real name.
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: 'discord.com' });
    expect(discordStartupError(error, config).message).toBe(
      'Cannot reach Discord at discord.com: the host name does not resolve (getaddrinfo ENOTFOUND discord.com); check the internet connection, DNS and any proxy, then try again',
    );
  });

  it('finds the network failure undici wraps in a cause', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo EAI_AGAIN discord.com'), { code: 'EAI_AGAIN' }) });
    expect(discordStartupError(error, config).message).toMatch(/^Cannot reach Discord at discord\.com: DNS did not answer/);
  });

  it('names the application ID Discord does not know', () => {
    const error = Object.assign(new Error('Unknown Application'), { status: 404, code: 10002, rawError: { message: 'Unknown Application' } });
    expect(discordStartupError(error, config).message).toMatch(/^Discord does not know DISCORD_APPLICATION_ID=100000000000000001/);
  });
});

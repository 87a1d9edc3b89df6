import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { discordPublicKey, MAX_SIGNATURE_AGE_S, verifyDiscordRequest } from '../../../src/adapters/discord/interactionsEndpoint.ts';

describe('verifying that Discord signed an interaction', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The 32 raw bytes of the public key, as the Developer Portal shows them (hex).
  const publicHex = publicKey.export({ format: 'jwk' }).x!;
  const key = discordPublicKey(Buffer.from(publicHex, 'base64url').toString('hex'));
  const now = 1_700_000_000_000;
  const timestamp = String(now / 1000);
  const body = Buffer.from('{"type":1}');
  const signed = (stamp: string, payload: Buffer) => sign(null, Buffer.concat([Buffer.from(stamp), payload]), privateKey).toString('hex');

  it('accepts the timestamp and body signed with the app key', () => {
    expect(verifyDiscordRequest(key, { signature: signed(timestamp, body), timestamp }, body, now)).toBe(true);
  });
  it('refuses a changed body, another timestamp, another key, or a missing or malformed header', () => {
    const signature = signed(timestamp, body);
    expect(verifyDiscordRequest(key, { signature, timestamp }, Buffer.from('{"type":2}'), now)).toBe(false);
    expect(verifyDiscordRequest(key, { signature, timestamp: String(now / 1000 + 1) }, body, now)).toBe(false);
    const other = generateKeyPairSync('ed25519').privateKey;
    expect(verifyDiscordRequest(key, { signature: sign(null, Buffer.concat([Buffer.from(timestamp), body]), other).toString('hex'), timestamp }, body, now)).toBe(false);
    expect(verifyDiscordRequest(key, { timestamp }, body, now)).toBe(false);
    expect(verifyDiscordRequest(key, { signature, timestamp: 'soon' }, body, now)).toBe(false);
    expect(verifyDiscordRequest(key, { signature: 'zz', timestamp }, body, now)).toBe(false);
  });
  it('refuses a correctly signed request that is too old to be fresh, so it cannot be replayed', () => {
    const old = String(now / 1000 - MAX_SIGNATURE_AGE_S - 1);
    expect(verifyDiscordRequest(key, { signature: signed(old, body), timestamp: old }, body, now)).toBe(false);
  });
});

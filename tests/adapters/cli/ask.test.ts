import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE } from '../../../src/briefbot.ts';
import { ReplySchema } from '../../../src/core/reply.ts';
import { BROKEN_DIR, FIXTURE_DIR, SEED_DIR } from '../../helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where ask keeps its snapshots in these tests, never the repository's data/. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'briefbot-ask-'));
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

/** As npm run ask runs it: from a bundle of the sources (src/runBundled.mjs). */
function ask(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['src/runBundled.mjs', 'src/adapters/cli/ask.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: SEED_DIR, DATA_DIR, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints one reply as text', () => {
    const { code, stdout } = ask(['/who lodhi']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Maleeha Lodhi\n {2}person: Pakistan’s ambassador/);
    expect(stdout).toContain('Sources\n  [1] Severely Tense Relationships · ¶23 — ISIS-K: From Afghanistan to the World’s Capitals (Business Upturn, 2024-03-28)');
  });

  it('prints JSON that validates against the reply contract', () => {
    const { code, stdout } = ask(['--json', '/brief', 'ttp']);
    expect(code).toBe(0);
    expect(ReplySchema.parse(JSON.parse(stdout)).title).toBe('TTP — Tehreek-i-Taliban Pakistan');
  });

  it('answers each line of stdin, one JSON object per line', () => {
    const { code, stdout } = ask(['--format', 'json'], '/brief isis-k\n\n/events 2024-01\n/who nobody-at-all\n');
    expect(code).toBe(0);
    const replies = stdout.trim().split('\n').map((line) => ReplySchema.parse(JSON.parse(line)));
    expect(replies.map((r) => r.kind)).toEqual(['brief', 'events', 'not_found']);
  });

  it('prints the exact Discord and Slack payloads with --format', () => {
    const discord = JSON.parse(ask(['--format', 'discord', '/who lodhi']).stdout);
    expect(discord.embeds[0].title).toBe('Maleeha Lodhi');
    expect(discord.allowed_mentions).toEqual({ parse: [] });
    const slack = JSON.parse(ask(['--format', 'slack', '/who lodhi']).stdout);
    expect(slack.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Maleeha Lodhi', emoji: true } });
  });

  it('answers from another folder with --content', () => {
    const { stdout } = ask(['--content', FIXTURE_DIR, '/who halvorsen']);
    expect(stdout).toMatch(/^Ingrid Halvorsen\n/);
  });

  it('names each skipped file on stderr and still answers from the rest', () => {
    const { code, stdout, stderr } = ask(['--content', BROKEN_DIR, '/sources']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 article loaded\n {2}A good article/);
    expect(stderr).toMatch(/skipped content file file="latin1.txt" reason="is not valid UTF-8 text; save it as UTF-8"/);
  });

  it('starts from a snapshot of the folder: the first call writes it, the next reads it and answers alike', () => {
    const dataDir = mkdtempSync(join(DATA_DIR, 'snapshot-'));
    const snapshot = join(dataDir, SNAPSHOT_FILE);
    const first = ask(['/who lodhi'], undefined, { DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    expect(existsSync(snapshot)).toBe(true);
    const written = statSync(snapshot).mtimeMs;
    const second = ask(['/who lodhi'], undefined, { DATA_DIR: dataDir });
    expect(second).toEqual(first);
    // Restored as it was, so not written again (a build, or a snapshot brought up to date, would be).
    expect(statSync(snapshot).mtimeMs).toBe(written);
  });

  it('keeps another folder’s snapshot apart from the bot’s, and brings it up to date when the folder changes', () => {
    const dataDir = mkdtempSync(join(DATA_DIR, 'folders-'));
    const folder = mkdtempSync(join(DATA_DIR, 'content-'));
    cpSync(FIXTURE_DIR, folder, { recursive: true });
    const before = ask(['--content', folder, '/sources'], undefined, { DATA_DIR: dataDir });
    expect(existsSync(join(dataDir, SNAPSHOT_FILE))).toBe(false);
    const [own] = readdirSync(join(dataDir, 'snapshots'));
    expect(existsSync(join(dataDir, 'snapshots', own!, SNAPSHOT_FILE))).toBe(true);
    cpSync(join(SEED_DIR, readdirSync(SEED_DIR)[0]!), join(folder, 'seed-copy.txt'));
    const after = ask(['--content', folder, '/sources'], undefined, { DATA_DIR: dataDir });
    expect(after.stdout).not.toBe(before.stdout);
    expect(after.stdout).toContain('ISIS-K: From Afghanistan to the World’s Capitals');
    expect(readdirSync(join(dataDir, 'snapshots'))).toEqual([own]);
  });

  it('rejects an unknown format or flag with usage and exit code 2', () => {
    expect(ask(['--format', 'xml', '/sources'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown --format xml; use one of: text, json, discord, slack/) });
    expect(ask(['--bogus'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage: npm run ask/) });
  });
});

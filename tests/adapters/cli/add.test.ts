/** `npm run add`: in-process against the news site on 127.0.0.1, and once as a real process for files and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/adapters/cli/add.ts';
import { createBriefbot } from '../../../src/briefbot.ts';
import { PAGES_DIR } from '../../ingest/extract/fixtures.ts';
import { blockedConnections } from '../../ingest/fetch/server.ts';
import { MOURINHO, OMAR, useNewsSite } from '../../ingest/pageServer.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const site = useNewsSite();
let dir: string;

beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'briefbot-add-cli-'))));
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  expect(blockedConnections.splice(0)).toEqual([]);
});

async function add(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: { write: (s: string) => (stdout += s) },
    err: { write: (s: string) => (stderr += s) },
    env: { CONTENT_DIR: dir, FETCH_ALLOW_HOSTS: site.allow, ...env },
  });
  return { code, stdout, stderr };
}

describe('npm run add', () => {
  it('adds a page by address, prints the file and title, and updates it the second time', async () => {
    const first = await add([site.url(OMAR.path)]);
    const file = join(dir, 'new-york-man-pleads-guilty-to-threatening-to-kill-omar.md');
    expect(first).toEqual({ code: 0, stdout: `Added ${file}: ${OMAR.title} (${OMAR.published})\n`, stderr: '' });
    expect(await add([`${site.url(OMAR.path)}?utm_source=rss`])).toEqual({ code: 0, stdout: `Updated ${file}: ${OMAR.title} (${OMAR.published})\n`, stderr: '' });
    expect(createBriefbot(dir).runLine('/who carlineo').kind).toBe('who');
  });

  it('prints each refusal in one line and exits 1, still adding the others', async () => {
    const { code, stdout, stderr } = await add(['http://10.0.0.5/story', site.url(MOURINHO.path), site.url('/photo.png')]);
    expect(code).toBe(1);
    expect(stdout).toBe(`Added ${join(dir, 'jose-mourinho-agrees-deal-to-replace-mauricio-pochettino-as-tottenham-manager.md')}: ${MOURINHO.title} (${MOURINHO.published})\n`);
    expect(stderr).toBe(['add: http://10.0.0.5/story: that address is on a private network', `add: ${site.url('/photo.png')}: that is not an article page (image/png)`, ''].join('\n'));
  });

  it('reaches a private host only when FETCH_ALLOW_HOSTS names it', async () => {
    expect(await add([site.url(OMAR.path)], { FETCH_ALLOW_HOSTS: '' })).toMatchObject({ code: 1, stderr: `add: ${site.url(OMAR.path)}: that address is on a private network\n` });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints usage with --help, and refuses no target, an unknown flag and a bad setting', async () => {
    expect(await add(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run add -- \[--content DIR\] <url\|file>\.\.\./) });
    expect(await add([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Give a page's address or a file to add\.\nUsage:/) });
    expect((await add(['--bogus', 'x'])).code).toBe(2);
    expect(await add([site.url(OMAR.path)], { FETCH_ALLOW_HOSTS: 'nonsense' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/FETCH_ALLOW_HOSTS: "nonsense" is not host:port/) });
  });

  it('runs as a process: adds saved files and says which could not be added', () => {
    const notes = join(dir, 'missing.md');
    const binary = join(dir, 'picture.txt');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02]));
    const content = join(dir, 'content');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/adapters/cli/add.ts', '--content', content, join(PAGES_DIR, 'sky-mourinho.html.gz'), notes, binary], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '/nonexistent', FETCH_ALLOW_HOSTS: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`Added ${join(content, 'jose-mourinho-agrees-deal-to-replace-mauricio-pochettino-as-tottenham-manager.md')}: ${MOURINHO.title} (${MOURINHO.published})\n`);
    expect(result.stderr).toBe(`add: ${notes}: no such file\nadd: ${binary}: that file cannot be read as an article (looks like a binary file (it contains NUL bytes), not text)\n`);
  });
});

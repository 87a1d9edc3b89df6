import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/ingest/extractCli.ts';
import { PAGES_DIR } from './extract/fixtures.ts';

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => (stdout += s) };
  const err = { write: (s: string) => (stderr += s) };
  const code = main(args, out, err);
  return { code, stdout, stderr };
}

describe('npm run extract', () => {
  const fox = join(PAGES_DIR, 'foxbusiness-home-depot.html.gz');
  const hill = join(PAGES_DIR, 'thehill-omar-threat.html.gz');

  it('prints one JSON object per file and line, several files in one process', () => {
    const { code, stdout, stderr } = run(['--json', fox, hill]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(lines.map((l) => l.file)).toEqual([fox, hill]);
    expect(Object.keys(lines[0]!)).toEqual(['file', 'url', 'title', 'author', 'publisher', 'published', 'body', 'markdown']);
    expect(lines[1]).toMatchObject({ title: 'New York man pleads guilty to threatening to kill Omar', published: '2019-11-18' });
    expect(lines[1]!.markdown!.startsWith('---\ntitle: New York man pleads guilty')).toBe(true);
  });

  it('reports a broken or missing file in one line on stderr, and still prints the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const broken = join(dir, 'broken.html.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body></body></html>');
    const { code, stdout, stderr } = run(['--json', broken, fox, join(dir, 'missing.html'), empty]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `extract: ${broken}: is not a valid gzip file`,
      `extract: ${join(dir, 'missing.html')}: no such file`,
      `extract: ${empty}: found no article text on the page`,
    ]);
  });

  it('prints the Markdown without --json, usage with --help, and refuses no files', () => {
    expect(run([fox]).stdout.startsWith('---\ntitle: Home Depot sales miss, shares plunge\n')).toBe(true);
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run --silent extract -- \[--json\]/) });
    expect(run([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give at least one FILE/) });
    expect(run(['--bogus', fox]).code).toBe(2);
  });
});

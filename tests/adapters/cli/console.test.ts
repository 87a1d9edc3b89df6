import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole } from '../../../src/adapters/cli/console.ts';
import { seedBot } from '../../helpers.ts';

async function session(lines: string[], historyFile?: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += chunk));
  const done = startConsole(seedBot, { input, output, historyFile });
  for (const line of lines) input.write(line + '\n');
  input.end();
  await done;
  return printed;
}

describe('the local console', () => {
  it('greets, answers typed commands and closes at end of input', async () => {
    const printed = await session(['/brief isis-k', '/who lodhi']);
    expect(printed).toMatch(/^briefbot: 1 article\(s\), 45 passages\. Type \/help/);
    expect(printed).toContain('Isis-K — Isis-Khorasan');
    expect(printed).toContain('Maleeha Lodhi');
  });

  it('looks up a pasted message: each name with its role and passage, and the others it names', async () => {
    const printed = await session(['/lookup Did you see what Lodhi said? Webber thinks the TTP is behind it, and Smith and Valle agree.']);
    expect(printed).toContain('In this text: Maleeha Lodhi, Lucas Webber, TTP\n  Maleeha Lodhi · person\n    Pakistan’s ambassador to the UK, US, and the United Nations [1]');
    expect(printed).toContain('  Also mentioned: Graeme Smith, Riccardo Valle\nSources\n  [1] Severely Tense Relationships · ¶23');
  });

  it('keeps going after bad input and stops on "exit"', async () => {
    const printed = await session(['/brief', '/nope', 'exit', '/who lodhi']);
    expect(printed).toContain('Please tell me what to look up');
    expect(printed).toContain('There is no /nope command');
    expect(printed).not.toContain('Maleeha Lodhi');
  });

  it('saves the history of typed commands between sessions', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefbot-')), 'history');
    await session(['/brief gwadar', '/events 2024'], file);
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toEqual(['/events 2024', '/brief gwadar']);
  });

  it('prints a notice such as a scheduled digest above the prompt, and offers the prompt again', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += chunk));
    let notify: ((text: string) => void) | undefined;
    const done = startConsole(seedBot, { input, output, onReady: (print) => (notify = print) });
    notify!('Daily digest · Wed, 25 Nov 2026');
    input.end();
    await done;
    expect(printed).toMatch(/\nDaily digest · Wed, 25 Nov 2026\n\nbriefbot> /);
  });
});

describe('the console on a terminal', () => {
  /** A terminal 60 columns wide: readline runs in terminal mode, keys typed one at a time. */
  async function terminalSession(keys: string[]): Promise<{ printed: string; lines: string[] }> {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 60 });
    let printed = '';
    output.on('data', (chunk) => (printed += chunk));
    const done = startConsole(seedBot, { input, output });
    for (const key of keys) {
      input.write(key);
      await new Promise((resolve) => setImmediate(resolve));
    }
    input.end();
    await done;
    // What was printed as plain lines: the prompt's cursor movements and redraws removed.
    const lines = printed.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/);
    return { printed, lines };
  }

  it('completes a command and a name with Tab, and answers the completed line', async () => {
    const { lines } = await terminalSession(['/wh', '\t', 'lodi', '\t', '\r']);
    expect(lines.some((l) => l.endsWith('briefbot> /who Lodhi'))).toBe(true);
    expect(lines).toContain('Maleeha Lodhi');
  });

  it('folds the answer to the terminal’s width, keeping each line’s indent', async () => {
    const { lines } = await terminalSession(['/brief isis-k\r']);
    const answer = lines.slice(lines.findIndex((l) => l.startsWith('Isis-K')));
    expect(answer.length).toBeGreaterThan(5);
    expect(answer.every((l) => [...l].length <= 60)).toBe(true);
    expect(answer.filter((l) => l.startsWith('      “')).length).toBeGreaterThan(0);
  });
});

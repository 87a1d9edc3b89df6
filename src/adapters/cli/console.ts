/**
 * The local console: type `/brief isis-k` and read the answer. Opened by
 * `npm start` when no chat tokens are configured.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Briefbot } from '../../briefbot.ts';
import { completeLine } from './complete.ts';
import { consoleChannel } from './digest.ts';
import { formatText } from './format.ts';
import { terminalWidth, wrapText } from './wrap.ts';

const HISTORY_SIZE = 500;

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** File that keeps typed commands between sessions; none when undefined. */
  historyFile?: string;
  /**
   * Receives ways to print a notice (a scheduled digest, on the output) and a
   * log line (on stderr) without garbling the prompt.
   */
  onReady?: (print: (text: string) => void, printLog: (line: string) => void) => void;
}

export function startConsole(getBot: () => Briefbot, options: ConsoleOptions = {}): Promise<void> {
  const bot = getBot();
  const output = options.output ?? process.stdout;
  // Newest first, as readline keeps it; recorded here because readline only keeps history on a terminal.
  const history = readHistory(options.historyFile);
  // Folded to the terminal's width as it is at each answer (a window resized meanwhile included).
  const fit = (text: string) => wrapText(text, terminalWidth(output));
  const rl: Interface = createInterface({
    input: options.input ?? process.stdin,
    output,
    prompt: 'briefbot> ',
    history: [...history],
    historySize: HISTORY_SIZE,
    completer: (line: string) => completeLine(getBot(), line),
  });
  output.write(`briefbot: ${bot.kb.articles.length} article(s), ${bot.kb.passageById.size} passages. Type /help, or /brief <topic>. Ctrl-D to leave.\n`);
  rl.prompt();
  const onTerminal = (output as NodeJS.WriteStream).isTTY === true;
  // Notices can still arrive while briefbot stops; a closed console draws no prompt.
  let closed = false;
  rl.on('close', () => (closed = true));
  options.onReady?.(
    (text) => {
      output.write(`\n${fit(text)}\n\n`);
      if (!closed) rl.prompt(true);
    },
    (line) => {
      // On a terminal the prompt is cleared first and drawn again after, so the line stands on its own.
      const redraw = onTerminal && !closed;
      if (redraw) output.write('\r\x1b[K');
      process.stderr.write(`${line}\n`);
      if (redraw) rl.prompt(true);
    },
  );
  // Answers may wait on storage (/digest); they are printed in the order the lines were typed.
  let answered = Promise.resolve();
  rl.on('line', (line) => {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') return rl.close();
    if (text && history[0] !== text) history.unshift(text);
    answered = answered.then(async () => {
      if (text) output.write(fit(formatText(await getBot().handleLine(text, consoleChannel))) + '\n\n');
      rl.prompt();
    });
  });
  return new Promise((resolve) => {
    rl.on('close', () => {
      void answered.then(() => {
        writeHistory(options.historyFile, history);
        output.write('\n');
        resolve();
      });
    });
  });
}

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function writeHistory(file: string | undefined, lines: string[]): void {
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, lines.slice(0, HISTORY_SIZE).join('\n') + '\n');
  } catch {
    // History is a convenience; failing to save it must never break the console.
  }
}

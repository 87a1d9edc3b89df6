/**
 * Long lines folded to the terminal's width at word boundaries, each
 * continuation under the indent of the line it continues, so the nested
 * layout of a reply (a source under "Sources", a quote under its source)
 * stays readable in a narrow window. An address is never cut: a URL longer
 * than the room left goes whole on a line of its own.
 */

/** Fewer columns than this leave no room to fold usefully: lines are left as they are. */
const MIN_WIDTH = 20;
const URL_LIKE = /^(?:[<(“"]?)(?:https?:\/\/|www\.)\S+$/i;

/** The width to fold at: the terminal's columns, or undefined (no folding) when the output is no terminal. */
export function terminalWidth(output: NodeJS.WritableStream): number | undefined {
  const stream = output as NodeJS.WriteStream;
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : undefined;
}

/** `text` with every line longer than `width` folded; unchanged when width is undefined or too small. */
export function wrapText(text: string, width: number | undefined): string {
  if (!width || width < MIN_WIDTH) return text;
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string[] {
  if (lengthOf(line) <= width) return [line];
  const indent = /^\s*/.exec(line)![0];
  // An indent that leaves too little room is kept shorter for the continuations.
  const hang = indent.length > width / 2 ? indent.slice(0, Math.floor(width / 4)) : indent;
  const lines: string[] = [];
  let prefix = indent;
  let current = '';
  const room = () => Math.max(1, width - prefix.length);
  const push = () => {
    lines.push(prefix + current);
    prefix = hang;
    current = '';
  };
  const begin = (word: string) => {
    if (lengthOf(word) <= room() || URL_LIKE.test(word)) {
      current = word;
      return;
    }
    // A word longer than a whole line (not an address) is cut, since it cannot fit otherwise.
    let chars = [...word];
    while (chars.length > room()) {
      current = chars.slice(0, room()).join('');
      chars = chars.slice(room());
      push();
    }
    current = chars.join('');
  };
  // Words with the spaces before them, so "2024-03-16  These…" keeps its two spaces on the line.
  const parts = line.slice(indent.length).split(/( +)/);
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    const space = parts[i - 1] ?? ' ';
    if (!word) continue;
    if (!current) begin(word);
    else if (lengthOf(current) + space.length + lengthOf(word) <= room()) current += space + word;
    else {
      push();
      begin(word);
    }
  }
  if (current) push();
  return lines;
}

/** Characters as a terminal counts them, near enough: code points, not UTF-16 units. */
function lengthOf(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

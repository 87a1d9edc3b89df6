/** Whether the console has anyone to read from. */
import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';

/**
 * True for a terminal, and for input piped in or redirected from a file.
 * Under systemd or in a container started without -i, standard input is
 * /dev/null (a device that is no terminal) or closed: the console would read
 * nothing and stop at once, which looks like a normal exit.
 */
export function consoleInputAttached(fd = 0): boolean {
  try {
    if (isatty(fd)) return true;
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

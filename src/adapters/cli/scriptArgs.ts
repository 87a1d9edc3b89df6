/**
 * The flags of a command-line script, with `--help`/`-h` for every one: the
 * values, or the exit code once help or a bad flag was answered (usage on
 * stdout and 0 for help; the problem and the usage on stderr and 2 otherwise).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

export function scriptArgs<const O extends Options>(argv: string[], options: O, usage: string) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, ...HELP } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return values;
}

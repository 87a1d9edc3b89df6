/**
 * One-line structured logs on stderr (stdout belongs to the console and CLI).
 * Values that look like secrets are masked before anything is written.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const secrets = new Set<string>();

/** Registers a secret (a token, a signing key) so it never reaches a log line. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets.add(value);
}

// Token shapes worth masking even when nobody registered them.
const TOKEN_SHAPES = [/xox[abpers]-[\w-]{10,}/g, /xapp-[\w-]{10,}/g, /[MNO][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,}/g];

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, '[redacted]');
  // A password inside a connection URL (postgres://user:password@host).
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi, '$1[redacted]@');
}

let threshold: LogLevel = (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info';
let sink: (line: string) => void = (line) => process.stderr.write(line + '\n');

export function configureLog(options: { level?: LogLevel; sink?: (line: string) => void }): void {
  if (options.level) threshold = options.level;
  if (options.sink) sink = options.sink;
}

/** The level lines are written from, e.g. to start a worker thread at the same one. */
export function logLevel(): LogLevel {
  return threshold;
}

/** Writes a line another thread already formatted (and masked) through this thread's sink. */
export function relayLogLine(line: string): void {
  sink(redact(line));
}

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const detail = Object.entries(fields)
    .map(([key, value]) => `${key}=${JSON.stringify(value instanceof Error ? value.stack ?? value.message : value)}`)
    .join(' ');
  sink(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${detail ? ' ' + detail : ''}`));
}

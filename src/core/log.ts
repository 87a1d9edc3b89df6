/**
 * One-line structured logs on stderr (stdout belongs to the console and CLI):
 * readable text by default, or one JSON object a line (LOG_FORMAT=json) for a
 * log collector. Both carry the same fields, and values that look like
 * secrets are masked before anything is written.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'text' | 'json';
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

export type LogSink = (line: string, level: LogLevel) => void;

let threshold: LogLevel = (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info';
let format: LogFormat = process.env.LOG_FORMAT === 'json' ? 'json' : 'text';
let sink: LogSink = (line) => process.stderr.write(line + '\n');
const listeners = new Set<(level: LogLevel) => void>();

export function configureLog(options: { level?: LogLevel; format?: LogFormat; sink?: LogSink }): void {
  if (options.level) threshold = options.level;
  if (options.format) format = options.format;
  if (options.sink) sink = options.sink;
}

/** The level lines are written from, e.g. to start a worker thread at the same one. */
export function logLevel(): LogLevel {
  return threshold;
}

export function logFormat(): LogFormat {
  return format;
}

/**
 * Calls `listener` with the level of every entry logged, written or below the
 * level (a count of warnings and errors, for metrics). Returns a way to stop.
 */
export function onLogEntry(listener: (level: LogLevel) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Writes a line another thread already formatted (and masked) through this thread's sink, masked again with this thread's secrets. */
export function relayLogLine(line: string, level: LogLevel = 'info'): void {
  for (const listener of listeners) listener(level);
  sink(redactLine(line), level);
}

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  for (const listener of listeners) listener(level);
  if (ORDER[level] < ORDER[threshold]) return;
  const time = new Date().toISOString();
  sink(format === 'json' ? jsonLine(time, level, message, fields) : textLine(time, level, message, fields), level);
}

/** An error is logged as its stack (its message when it has none), in both formats. */
const plain = (value: unknown) => (value instanceof Error ? (value.stack ?? value.message) : value);

function textLine(time: string, level: LogLevel, message: string, fields: Record<string, unknown>): string {
  const detail = Object.entries(fields)
    .map(([key, value]) => `${key}=${JSON.stringify(plain(value))}`)
    .join(' ');
  return redact(`${time} ${level.toUpperCase()} ${message}${detail ? ' ' + detail : ''}`);
}

const RESERVED = new Set(['time', 'level', 'msg']);

/**
 * {"time":…,"level":"info","msg":…, …fields}. Every string is masked on its
 * own, before it is quoted, so masking can never cut across the JSON around it.
 */
function jsonLine(time: string, level: LogLevel, message: string, fields: Record<string, unknown>): string {
  const entry: Record<string, unknown> = { time, level, msg: message };
  // A field may not pass for the line's own time, level or message.
  for (const [key, value] of Object.entries(fields)) entry[RESERVED.has(key) ? `field_${key}` : key] = value;
  try {
    return JSON.stringify(entry, maskValue);
  } catch {
    // A value JSON cannot hold (a cycle): its text stands in, so the entry is still one line.
    return JSON.stringify(Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, typeof value === 'string' ? value : String(value)])), maskValue);
  }
}

function maskValue(this: unknown, _key: string, value: unknown): unknown {
  const shown = plain(value);
  if (typeof shown === 'string') return redact(shown);
  if (typeof shown === 'bigint') return String(shown);
  return shown;
}

/** A relayed line: a JSON one is masked string by string, a text one as a whole. */
function redactLine(line: string): string {
  if (!line.startsWith('{')) return redact(line);
  try {
    return JSON.stringify(JSON.parse(line), maskValue);
  } catch {
    return redact(line);
  }
}

/** The log never shows a secret: registered values, token shapes and connection-URL passwords are masked. */
import { afterEach, describe, expect, it } from 'vitest';
import { configureLog, log, onLogEntry, redact, registerSecret, relayLogLine } from '../../src/core/log.ts';

afterEach(() => configureLog({ level: 'warn', format: 'text', sink: (line) => process.stderr.write(line + '\n') }));

describe('the log', () => {
  it('masks registered secrets wherever they appear, errors included', () => {
    registerSecret('s3cret-signing-value');
    const lines: string[] = [];
    configureLog({ level: 'info', sink: (line) => lines.push(line) });
    log('error', 'failed with s3cret-signing-value', { error: new Error('bad s3cret-signing-value') });
    expect(lines.join('\n')).not.toContain('s3cret-signing-value');
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('masks Slack tokens and the password of a database URL even when nobody registered them', () => {
    const masked = redact('token xoxb-1234567890-abcdefghij via postgres://briefbot:hunter2-pw@db.internal:5432/briefbot');
    expect(masked).not.toContain('xoxb-1234567890');
    expect(masked).not.toContain('hunter2-pw');
    expect(masked).toContain('postgres://briefbot:[redacted]@db.internal:5432/briefbot');
  });

  it('drops lines below the configured level', () => {
    const lines: string[] = [];
    configureLog({ level: 'warn', sink: (line) => lines.push(line) });
    log('info', 'chatty');
    log('warn', 'worth knowing');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/WARN worth knowing$/);
  });
});

describe('LOG_FORMAT=json', () => {
  const SECRET = 'registered-signing-secret-4242';
  const SLACK_TOKEN = 'xoxb-1234567890-abcdefghijkl';
  const written = (level: 'debug' | 'info' | 'warn' | 'error' = 'info') => {
    const lines: string[] = [];
    configureLog({ level, format: 'json', sink: (line) => lines.push(line) });
    return lines;
  };

  it('writes one JSON object a line, with the time, level, message and the same fields as the text format', () => {
    const lines = written();
    log('info', 'content indexed', { articles: 3, passages: 45, from: 'build' });
    log('warn', 'skipped content file', { file: 'a "quoted"\nname.md', reason: 'not UTF-8' });
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    const [indexed, skipped] = lines.map((line) => JSON.parse(line));
    expect(indexed).toEqual({ time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/), level: 'info', msg: 'content indexed', articles: 3, passages: 45, from: 'build' });
    expect(skipped).toMatchObject({ level: 'warn', msg: 'skipped content file', file: 'a "quoted"\nname.md', reason: 'not UTF-8' });

    configureLog({ format: 'text' });
    const text: string[] = [];
    configureLog({ sink: (line) => text.push(line) });
    log('info', 'content indexed', { articles: 3, passages: 45, from: 'build' });
    expect(text[0]).toMatch(/ INFO content indexed articles=3 passages=45 from="build"$/);
  });

  it('masks secrets in the message, in fields, in nested values and in errors', () => {
    registerSecret(SECRET);
    const lines = written();
    log('error', `slack failed with ${SLACK_TOKEN}`, {
      error: new Error(`signature ${SECRET} rejected`),
      database: 'postgres://briefbot:pa55-word@db.internal:5432/briefbot',
      request: { headers: { authorization: `Bearer ${SLACK_TOKEN}` }, tries: [SECRET] },
    });
    const line = lines[0]!;
    for (const secret of [SECRET, SLACK_TOKEN, 'pa55-word']) expect(line).not.toContain(secret);
    const entry = JSON.parse(line);
    expect(entry.msg).toBe('slack failed with [redacted]');
    expect(entry.error).toMatch(/^Error: signature \[redacted\] rejected\n\s+at /);
    expect(entry.database).toBe('postgres://briefbot:[redacted]@db.internal:5432/briefbot');
    expect(entry.request).toEqual({ headers: { authorization: 'Bearer [redacted]' }, tries: ['[redacted]'] });
  });

  it('keeps the line’s own time, level and message when a field has one of those names', () => {
    const lines = written();
    log('info', 'feed polled', { level: 'nested', msg: 'x' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'feed polled', field_level: 'nested', field_msg: 'x' });
  });

  it('still writes one line for a value JSON cannot hold', () => {
    const lines = written();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    log('warn', 'odd value', { cycle });
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'odd value', cycle: '[object Object]' });
  });

  it('masks a line relayed from a worker thread string by string, with this thread’s secrets', () => {
    registerSecret(SECRET);
    const lines = written();
    relayLogLine(JSON.stringify({ time: 't', level: 'warn', msg: `built with ${SECRET}`, file: 'x.md' }), 'warn');
    expect(JSON.parse(lines[0]!)).toEqual({ time: 't', level: 'warn', msg: 'built with [redacted]', file: 'x.md' });
  });
});

describe('log entry listeners', () => {
  it('hear every entry’s level, also those below the level written', () => {
    const lines: string[] = [];
    configureLog({ level: 'error', sink: (line) => lines.push(line) });
    const heard: string[] = [];
    const stop = onLogEntry((level) => heard.push(level));
    log('info', 'quiet');
    log('error', 'loud');
    relayLogLine('2026-01-01T00:00:00.000Z WARN from a worker', 'warn');
    stop();
    log('error', 'after');
    expect(heard).toEqual(['info', 'error', 'warn']);
    expect(lines).toHaveLength(3);
  });
});

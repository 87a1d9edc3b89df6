/** The log never shows a secret: registered values, token shapes and connection-URL passwords are masked. */
import { afterEach, describe, expect, it } from 'vitest';
import { configureLog, log, redact, registerSecret } from '../../src/core/log.ts';

afterEach(() => configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') }));

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

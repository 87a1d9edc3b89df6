import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/ingest/extract/decode.ts';

describe('reading the bytes of a saved page', () => {
  it('unpacks gzip and reads UTF-8 by default', () => {
    expect(decodePage(gzipSync(Buffer.from('<p>café</p>')))).toBe('<p>café</p>');
    expect(decodePage(Buffer.from('<p>café</p>'))).toBe('<p>café</p>');
  });

  it('uses the charset the page declares, then the one the server sent', () => {
    const latin1 = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]), Buffer.from('</p>')]);
    expect(decodePage(latin1)).toBe('<meta charset="windows-1252"><p>café “ok”</p>');
    const bare = Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
    expect(decodePage(bare, 'text/html; charset=ISO-8859-1')).toBe('<p>café</p>');
  });

  it('honours a byte-order mark, and reads an unknown label as UTF-8', () => {
    expect(decodePage(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('<p>x</p>')]))).toBe('<p>x</p>');
    expect(decodePage(Buffer.from('<meta charset="utf8mb4"><p>é</p>'))).toBe('<meta charset="utf8mb4"><p>é</p>');
  });
});

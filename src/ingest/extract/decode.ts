/**
 * Bytes of a saved page to text. A `.gz` file (or any gzip stream) is
 * unpacked first. The charset is the one the page declares: a byte-order
 * mark, else `<meta charset>` / `http-equiv` in its first bytes, else a
 * Content-Type the caller got with it, else UTF-8. Node's TextDecoder knows
 * the legacy encodings (windows-1252, iso-8859-x, shift_jis, gbk, …).
 */
import { TextDecoder } from 'node:util';
import { gunzipSync } from 'node:zlib';

const SNIFF_BYTES = 4096;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function charsetOf(text: string | undefined): string | undefined {
  return text ? /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text)?.[1]?.toLowerCase() : undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The `<meta>` declaration, read from the first bytes as ASCII (every charset a page may declare agrees on ASCII). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    // An unknown label ("utf8mb4", a typo) is read as UTF-8, like browsers do for most of them.
    return new TextDecoder('utf-8');
  }
}

// Bytes 0x80-0x9F in windows-1252 (which the web also means by latin1,
// iso-8859-1 and ascii). Node's decoder for these labels reads them as C1
// control characters, so curly quotes and dashes would be lost.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return text;
}

export function decodePage(raw: Uint8Array, contentType?: string): string {
  const bytes = isGzip(raw) ? new Uint8Array(gunzipSync(raw)) : raw;
  const label = bomCharset(bytes) ?? declaredCharset(bytes) ?? charsetOf(contentType);
  const decoder = decoderFor(label);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

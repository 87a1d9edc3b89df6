/**
 * Turning body bytes into text in the encoding the page declares. Much of the
 * news web is still windows-1252, iso-8859-x, Shift_JIS or GBK; decoding those
 * as UTF-8 would put � into every quote and name.
 *
 * Order, as browsers do it (WHATWG encoding sniffing): a byte-order mark wins,
 * then the Content-Type charset, then what the document says about itself in
 * its first bytes (XML declaration, `<meta charset>`, `<meta http-equiv>`),
 * then UTF-8. A label TextDecoder does not know is skipped, not fatal.
 */
import type { PageKind } from './contentType.ts';

export type CharsetSource = 'bom' | 'header' | 'xml-declaration' | 'meta' | 'default';

export interface DetectedCharset {
  /** A canonical WHATWG encoding name ("utf-8", "windows-1252", "shift_jis"). */
  charset: string;
  source: CharsetSource;
}

/** How far into the body the document's own declaration is looked for. */
const PRESCAN_BYTES = 4096;

/** The canonical encoding for a label, or null when TextDecoder does not know it. */
export function canonicalEncoding(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function fromBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding label a document declares in its first bytes, and where. */
function declaredInDocument(b: Uint8Array): { label: string; source: CharsetSource } | null {
  // latin1 maps bytes 1:1, so ASCII markup reads the same whatever the real encoding.
  const head = Buffer.from(b.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/i.exec(head);
  if (xml?.[1]) return { label: xml[1], source: 'xml-declaration' };
  // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  const meta = /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return { label: meta[1], source: 'meta' };
  return null;
}

export function detectCharset(body: Uint8Array, headerCharset?: string, kind?: PageKind): DetectedCharset {
  const bom = fromBom(body);
  if (bom) return { charset: bom, source: 'bom' };
  const header = canonicalEncoding(headerCharset);
  if (header) return { charset: header, source: 'header' };
  if (kind !== 'json') {
    // JSON is UTF-8 by definition (RFC 8259) and has no way to declare otherwise.
    const declared = declaredInDocument(body);
    const canonical = canonicalEncoding(declared?.label);
    if (declared && canonical) {
      // A document that could state "utf-16" in ASCII is not UTF-16 (WHATWG rule).
      const charset = canonical.startsWith('utf-16') ? 'utf-8' : canonical;
      return { charset, source: declared.source };
    }
  }
  return { charset: 'utf-8', source: 'default' };
}

/** Decodes a body, replacing undecodable bytes with U+FFFD rather than failing: a few bad bytes should not lose an article. */
export function decodeBody(body: Uint8Array, headerCharset?: string, kind?: PageKind): DetectedCharset & { text: string } {
  const detected = detectCharset(body, headerCharset, kind);
  const text = detected.charset === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(detected.charset).decode(body);
  return { ...detected, text };
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F (the five undefined ones map to
 * the same C1 code points); every other byte is its own code point.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node 20.18.3+ and 22.13+ decode "windows-1252" (and so "iso-8859-1",
 * "latin1", "ascii", which map to it) as plain Latin-1, turning curly quotes
 * and dashes into control characters (nodejs/node#60888). It is the most
 * common legacy encoding on news sites, so it is decoded here by table.
 */
export function decodeWindows1252(body: Uint8Array): string {
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!));
}

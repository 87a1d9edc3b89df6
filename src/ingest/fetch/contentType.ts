/**
 * Which responses count as article material. Only HTML (pages), XML (RSS,
 * Atom, XHTML) and JSON (JSON Feed, APIs) are read: an image, a PDF or a ZIP
 * is refused from its headers, before a byte of its body is downloaded.
 */

export type PageKind = 'html' | 'xml' | 'json';

export interface ContentType {
  /** The lower-case media type without parameters ("text/html"). */
  mediaType: string;
  /** The charset parameter as sent, if any. */
  charset?: string;
}

/** Splits a Content-Type header into its media type and charset parameter. */
export function parseContentType(header: string | undefined): ContentType | null {
  if (!header) return null;
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) return null;
  let charset: string | undefined;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1];
  }
  return charset ? { mediaType, charset } : { mediaType };
}

/** The kind of page a media type carries, or null when it is not one we read. */
export function kindOfMediaType(mediaType: string): PageKind | null {
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType === 'text/xml' || mediaType === 'application/xml' || mediaType.endsWith('+xml')) {
    // +xml also matches image/svg+xml: a picture, not an article.
    return mediaType.startsWith('image/') ? null : 'xml';
  }
  if (mediaType === 'application/json' || mediaType === 'text/json' || mediaType.endsWith('+json')) return 'json';
  return null;
}

/**
 * For a response with no Content-Type at all: look at how the body starts.
 * Only unambiguous openings count, so a mislabelled binary is still refused.
 */
export function sniffKind(body: Uint8Array): PageKind | null {
  const head = Buffer.from(body.subarray(0, 512))
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(head)) return 'html';
  if (/^<\?xml[\s?]|^<rss[\s>]|^<feed[\s>]|^<rdf:rdf[\s>]/.test(head)) return 'xml';
  if (/^[{[]/.test(head)) return 'json';
  return null;
}

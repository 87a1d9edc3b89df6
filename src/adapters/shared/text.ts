/** Text helpers every surface shares. */
import type { Source } from '../../core/reply.ts';
import { truncateAtBoundary } from '../../core/text/normalize.ts';

/** Where a passage sits: "Section · ¶12", or "¶3" before the first heading. */
export function placeOf(source: Source): string {
  return source.section ? `${source.section} · ¶${source.paragraph}` : `¶${source.paragraph}`;
}

/**
 * Shortens text at a sentence or word boundary and escapes it for a platform,
 * never exceeding `limit` after escaping. Escaping only lengthens text, so
 * nothing past the limit is ever escaped: cost stays linear in the limit.
 */
export function fitEscaped(text: string, limit: number, escape: (text: string) => string): string {
  let length = Math.min(text.length, limit);
  for (;;) {
    const out = escape(truncateAtBoundary(text.slice(0, length + 1), length));
    if (out.length <= limit || length <= 1) return out.slice(0, limit);
    length -= Math.max(1, Math.ceil((out.length - limit) / 2));
  }
}

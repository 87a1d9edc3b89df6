/** Text helpers every surface shares. */
import { replyLines, type Reply, type Source } from '../../core/reply.ts';
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

/**
 * The part of source `index` to quote in `limit` characters: all of it when
 * it fits; otherwise from the first sentence the reply cites from it, when
 * that sentence would be cut off, so the quote shows the words the answer used.
 */
export function quotableText(reply: Reply, index: number, limit: number): string {
  const text = reply.sources[index]?.text ?? '';
  if (text.length <= limit) return text;
  const cited = replyLines(reply)
    .filter((line) => line.citation === index)
    .map((line) => ({ at: text.indexOf(line.text), length: line.text.length }))
    .filter(({ at }) => at > 0)
    .sort((a, b) => a.at - b.at)[0];
  return cited && cited.at + cited.length > limit ? `… ${text.slice(cited.at)}` : text;
}

/** Renders a reply as plain text for the console and the CLI. */
import { replyLines, type Reply, type Source } from '../../core/reply.ts';
import { truncateAtBoundary } from '../../core/text/normalize.ts';
import { placeOf, quotableText } from '../shared/text.ts';

const SOURCES_SHOWN = 3;
const QUOTE_CHARS = 280;

export function sourceLabel(source: Source): string {
  const where = [source.publisher, source.published].filter(Boolean).join(', ');
  return `${placeOf(source)} — ${source.articleTitle}${where ? ` (${where})` : ''}`;
}

/** A passage in quotation marks, without doubling the marks of a passage that is itself a quote. */
function quoted(text: string): string {
  const opens = /^[“"]/.test(text);
  const closes = /[”"]$/.test(text) || (opens && /[”"]…$/.test(text));
  return `${opens ? '' : '“'}${text}${closes ? '' : '”'}`;
}

export function formatText(reply: Reply): string {
  const lines: string[] = [reply.title];
  if (reply.kind === 'who' && reply.entity) {
    const { role, affiliation, aliases, kind } = reply.entity;
    lines.push(`  ${kind}${role ? `: ${role}` : ''}${affiliation && role && !role.includes(affiliation) ? ` (${affiliation})` : ''}`);
    if (aliases?.length) lines.push(`  Also named: ${aliases.join(', ')}`);
  }
  let label: string | undefined;
  for (const line of replyLines(reply)) {
    if (line.label && line.label !== label) lines.push(`  ${line.label}`);
    const indent = line.label ? '    ' : '  ';
    label = line.label;
    lines.push(`${indent}${line.date ? `${line.date}  ` : ''}${line.text}${line.citation !== undefined ? ` [${line.citation + 1}]` : ''}`);
  }
  for (const event of reply.kind === 'digest' ? [] : (reply.events ?? [])) {
    lines.push(`  ${event.date.padEnd(10)}  ${event.text}`, `              (${placeOf(event.source)} — ${event.source.articleTitle})`);
  }
  for (const article of reply.articles ?? []) if (article.url) lines.push(`  ${article.title}: ${article.url}`);
  if (reply.alsoMentioned?.length) lines.push(`  Also mentioned: ${reply.alsoMentioned.join(', ')}`);
  if (reply.kind === 'brief' || reply.kind === 'who' || reply.kind === 'lookup' || reply.kind === 'search' || reply.kind === 'digest') {
    // Every cited source is listed, so each [n] in the summary can be looked up.
    const cited = Math.max(0, ...(reply.citations ?? []).map((c) => c + 1));
    const shown = reply.kind === 'search' || reply.kind === 'digest' ? reply.sources : reply.sources.slice(0, Math.max(SOURCES_SHOWN, cited));
    if (shown.length) lines.push('Sources');
    shown.forEach((source, i) => {
      lines.push(`  [${i + 1}] ${sourceLabel(source)}`, `      ${quoted(truncateAtBoundary(quotableText(reply, i, QUOTE_CHARS), QUOTE_CHARS))}`);
    });
    const more = reply.sources.length - shown.length;
    // The chat platforms have a button for these; here the way to see them is a search.
    const how = reply.query && reply.kind !== 'lookup' ? ` (see them all with /search ${reply.query})` : '';
    if (more > 0) lines.push(`  …and ${more} more source${more === 1 ? '' : 's'}${how}.`);
  }
  if (reply.suggestions?.length) lines.push(`Try: ${reply.suggestions.join(', ')}`);
  if (reply.footer) lines.push(reply.footer);
  return lines.join('\n');
}

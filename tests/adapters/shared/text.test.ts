import { describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../../../src/adapters/discord/render.ts';
import { quotableText } from '../../../src/adapters/shared/text.ts';
import { ReplySchema, type Reply } from '../../../src/core/reply.ts';

const opening = 'Operated by China, the port is a crucial hub for connecting the interior to the ocean. '.repeat(12);
const cited = 'The origin of the trouble lies across the border, the minister said on Wednesday.';
const passage = `${opening}${cited}`;

function replyCiting(line: string): Reply {
  return ReplySchema.parse({
    kind: 'brief',
    title: 'Port',
    summary: [line],
    citations: [0],
    sources: [{ text: passage, section: '', paragraph: 20, articleTitle: 'An article', articleId: 'a' }],
  });
}

describe('quoting a long passage', () => {
  it('starts the quote at the cited sentence when the opening alone would fill it', () => {
    const quote = quotableText(replyCiting(cited), 0, 200);
    expect(quote).toBe(`… ${cited}`);
  });

  it('quotes from the start when the cited sentence fits, or when nothing in it is cited', () => {
    expect(quotableText(replyCiting(cited), 0, passage.length)).toBe(passage);
    expect(quotableText(replyCiting('A sentence of another passage.'), 0, 200)).toBe(passage);
    expect(quotableText(replyCiting(opening.slice(0, 86).trim()), 0, 200)).toBe(passage);
  });

  it('shows the cited words in a Discord source field, however little room the field has', () => {
    const message = renderDiscordMessage(replyCiting(cited));
    const field = message.embeds[0]!.fields!.find((f) => f.name.startsWith('[1]'))!;
    expect(field.value).toContain('The origin of the trouble lies across the border');
  });
});

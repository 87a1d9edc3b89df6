import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../../src/adapters/shared/actions.ts';
import { ACTION_IDS, escapeSlack, renderSlackMessage, SLACK_LIMITS, type SlackMessage } from '../../../src/adapters/slack/render.ts';
import { arbitraryQuery, arbitraryReply } from '../../arbitraries.ts';
import { seedBot } from '../../helpers.ts';

const bot = seedBot();

type Text = { type: string; text: string };
function texts(message: SlackMessage): Text[] {
  return message.blocks.flatMap((b) => [...(b.text ? [b.text as Text] : []), ...((b.elements as Text[] | undefined) ?? []).filter((e) => typeof e.text === 'string')]);
}

function expectWithinLimits(message: SlackMessage) {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const block of message.blocks) {
    if (block.type === 'header') expect((block.text as Text).text.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
    if (block.type === 'section') expect((block.text as Text).text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === 'context') {
      const elements = block.elements as Text[];
      expect(elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    }
    if (block.type === 'actions') {
      for (const button of block.elements as { value: string; text: Text }[]) {
        expect(button.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        expect(button.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
      }
    }
  }
  // No text can open a mention or link except the ones briefbot writes itself.
  for (const t of texts(message)) {
    if (t.type !== 'mrkdwn') continue;
    const withoutOwn = t.text.replace(/<https?:[^|>\s]+\|(?:link|[^>]*)>/g, '').replace(/^<@[A-Z0-9]+> asked:/, '');
    expect(withoutOwn).not.toMatch(/<[!@#]/);
  }
}

describe('reply -> Slack Block Kit', () => {
  it('header, summary section, one context block per source, divider and buttons', () => {
    const message = renderSlackMessage(bot.runLine('/brief isis-k'), { command: 'brief', query: 'isis-k' });
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'context', 'context', 'context', 'divider', 'actions']);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Isis-K — Isis-Khorasan', emoji: true } });
    expect((message.blocks[2]!.elements as Text[])[0]!.text).toBe('*[1]* ¶1 — _ISIS-K: From Afghanistan to the World’s Capitals_');
    expect(message.text).toMatch(/^Isis-K — Isis-Khorasan: A marked increase/);
    expect(message.response_type).toBe('ephemeral');
    const [post, more] = message.blocks.at(-1)!.elements as { action_id: string; value: string }[];
    expect(post!.action_id).toBe(ACTION_IDS.post);
    expect(decodeAction(more!.value)).toEqual({ action: 'more', command: 'brief', page: 1, query: 'isis-k' });
  });

  it('shows a lookup as each name over its line and the other names found; about a message, its button posts in the thread', () => {
    const reply = bot.runLine('/lookup Lodhi, Webber and Smith on the TTP, with Valle');
    const message = renderSlackMessage(reply, { command: 'lookup', query: reply.query, replyTo: '1700000001.000100' });
    const summary = (message.blocks[1]!.text as Text).text;
    expect(summary).toMatch(/^\*Maleeha Lodhi · person\*\nPakistan’s ambassador/);
    expect(summary).toMatch(/\n\n\*Also mentioned:\* TTP — Tehreek-i-Taliban Pakistan, Riccardo Valle$/);
    const [post] = message.blocks.at(-1)!.elements as { value: string; text: Text }[];
    expect(post!.text.text).toBe('Post in thread');
    expect(decodeAction(post!.value)).toMatchObject({ command: 'lookup', query: 'Lodhi, Webber, Smith, TTP, Valle', replyTo: '1700000001.000100' });
    const hostile = renderSlackMessage({ ...reply, alsoMentioned: ['<!channel>'] });
    expect((hostile.blocks[1]!.text as Text).text).toContain('*Also mentioned:* &lt;!channel&gt;');
  });

  it('drops "More sources" on the last page and "Post to channel" once public', () => {
    const reply = bot.runLine('/who asif');
    const message = renderSlackMessage(reply, { command: 'who', query: 'asif', ephemeral: false, askedBy: 'U123' });
    expect(message.response_type).toBe('in_channel');
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '<@U123> asked: /who asif' }] });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('escapes &, < and > so user text can never mention or link', () => {
    expect(escapeSlack('<!channel> & <@U1> <http://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;');
    const message = renderSlackMessage({ kind: 'not_found', title: 'x', summary: ['<!here> hi'], sources: [], suggestions: ['<@U1>'] }, { command: 'brief', query: '<!channel>', askedBy: 'U9' });
    const shown = texts(message).map((t) => t.text).join('\n');
    expect(shown).not.toMatch(/<!here>|<@U1>|<!channel>/);
    expect(shown).toContain('&lt;!here&gt; hi');
    expect(shown).toContain('<@U9> asked: /brief &lt;!channel&gt;');
  });

  it('stays within every limit for the longest answers the corpus gives', () => {
    for (const line of ['/events', '/search the', '/sources', '/help', ...bot.kb.entities.map((e) => `/who ${e.name}`)]) {
      const reply = bot.runLine(line);
      for (let page = 0; page < 3; page++) expectWithinLimits(renderSlackMessage(reply, { command: 'who', query: line, page }));
    }
  });

  it('stays within every limit for any reply at all', () => {
    fc.assert(
      fc.property(arbitraryReply, arbitraryQuery, fc.nat(5), (reply, query, page) => {
        expectWithinLimits(renderSlackMessage(reply, { command: 'brief', query, page, askedBy: 'U1', ...(page % 2 ? { replyTo: '1700000001.000100' } : {}) }));
      }),
      { numRuns: 150 },
    );
  });
});

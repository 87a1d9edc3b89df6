import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../../src/adapters/shared/actions.ts';
import { DISCORD_LIMITS, embedCharacters, neutralize, renderDiscordMessage, type DiscordMessage } from '../../../src/adapters/discord/render.ts';
import { commands } from '../../../commands/index.ts';
import { arbitraryQuery, arbitraryReply } from '../../arbitraries.ts';
import { seedBot } from '../../helpers.ts';

const bot = seedBot();

function expectWithinLimits(message: DiscordMessage) {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
  expect(embedCharacters(message.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  for (const embed of message.embeds) {
    expect(embed.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect(embed.footer!.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
  }
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) {
      if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    }
  }
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
}

describe('reply -> Discord embed', () => {
  it('shows the title, cited summary, one field per source on the page and a footer with article and publisher', () => {
    const message = renderDiscordMessage(bot.runLine('/who lodhi'), { command: 'who', query: 'lodhi' });
    const [embed] = message.embeds;
    expect(embed!.title).toBe('Maleeha Lodhi');
    expect(embed!.description).toMatch(/^\*\*person:\*\* Pakistan’s ambassador/);
    expect(embed!.description).toContain('**[1]**');
    expect(embed!.fields!.map((f) => f.name)).toEqual(['[1] Severely Tense Relationships · ¶23', '[2] Severely Tense Relationships · ¶24', '[3] Severely Tense Relationships · ¶25']);
    expect(embed!.fields![0]!.value).toMatch(/^> .*\n— \*ISIS-K: From Afghanistan to the World’s Capitals\*$/s);
    expect(embed!.footer!.text).toBe('ISIS-K: From Afghanistan to the World’s Capitals · Business Upturn · page 1 of 2');
    expect(message.flags).toBe(64);
  });

  it('pages through the sources with self-describing buttons', () => {
    const reply = bot.runLine('/who lodhi');
    const first = renderDiscordMessage(reply, { command: 'who', query: 'lodhi' });
    const [post, more] = first.components[0]!.components as { custom_id: string; disabled?: boolean }[];
    expect(decodeAction(post!.custom_id)).toEqual({ action: 'post', command: 'who', page: 0, query: 'lodhi' });
    expect(decodeAction(more!.custom_id)).toEqual({ action: 'more', command: 'who', page: 1, query: 'lodhi' });
    const lastPage = Math.ceil(reply.sources.length / 3) - 1;
    const last = renderDiscordMessage(reply, { command: 'who', query: 'lodhi', page: lastPage });
    const numbers = last.embeds[0]!.fields!.map((f) => Number(/^\[(\d+)\]/.exec(f.name)![1]));
    expect(numbers).toEqual(Array.from({ length: reply.sources.length - lastPage * 3 }, (_, i) => lastPage * 3 + i + 1));
    expect(renderDiscordMessage(reply, { command: 'who', query: 'lodhi', page: 99 }).embeds).toEqual(last.embeds);
    expect((last.components[0]!.components[1] as { disabled?: boolean }).disabled).toBe(true);
  });

  it('shows a lookup as each name over its role or sentence, then the other names found, escaped', () => {
    const reply = bot.runLine('/lookup Lodhi, Webber and Smith on the TTP, with Valle');
    const message = renderDiscordMessage(reply, { command: 'lookup', query: reply.query, replyTo: '123456789012345678' });
    const description = message.embeds[0]!.description!;
    expect(description).toMatch(/^\*\*Maleeha Lodhi · person\*\*\nPakistan’s ambassador to the UK, US, and the United Nations \*\*\[1\]\*\*\n\n\*\*Lucas Webber · person\*\*/);
    expect(description).toMatch(/\n\n\*\*Also mentioned:\*\* TTP — Tehreek-i-Taliban Pakistan, Riccardo Valle$/);
    const [post] = message.components[0]!.components as { custom_id: string }[];
    expect(decodeAction(post!.custom_id)).toEqual({ action: 'post', command: 'lookup', page: 0, query: 'Lodhi, Webber, Smith, TTP, Valle', replyTo: '123456789012345678' });
    const hostile = renderDiscordMessage({ ...reply, alsoMentioned: ['@everyone', '[x](http://evil)'] });
    expect(hostile.embeds[0]!.description).toContain('**Also mentioned:** @\u200beveryone, \\[x\\](http://evil)');
  });

  it('shows a timeline as one field per event', () => {
    const message = renderDiscordMessage(bot.runLine('/events 2024-03'), { command: 'events', query: '2024-03' });
    expect(message.embeds[0]!.fields!.map((f) => f.name.slice(0, 10))).toEqual(['2024-03-16', '2024-03-18', '2024-03-21', '2024-03-22', '2024-03-26', '2024-03-27']);
  });

  it('posts publicly without the post button, restating who asked and the query', () => {
    const message = renderDiscordMessage(bot.runLine('/brief isis-k'), { command: 'brief', query: 'isis-k', ephemeral: false, askedBy: '42' });
    expect(message.flags).toBeUndefined();
    expect(message.content).toBe('<@42> asked: `/brief isis-k`');
    expect(message.components[0]!.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['More sources']);
  });

  it('offers no buttons on errors and help, or when the query is too long to carry', () => {
    expect(renderDiscordMessage(bot.runLine('/brief'), { command: 'brief', query: '' }).components).toEqual([]);
    expect(renderDiscordMessage(bot.runLine('/help'), { command: 'help', query: '' }).components).toEqual([]);
    const long = 'isis '.repeat(30).trim();
    expect(renderDiscordMessage(bot.runLine(`/brief ${long}`), { command: 'brief', query: long }).components).toEqual([]);
  });

  it('neutralises mentions and markup from users and articles', () => {
    expect(neutralize('@everyone @here <@123> <@&456> <#789> [x](http://evil) **b**')).toBe(
      '@\u200beveryone @\u200bhere <\u200b@123> <\u200b@&456> <\u200b#789> \\[x\\](http://evil) \\*\\*b\\*\\*',
    );
    expect(neutralize('# Title\n> quote\n- item\n1. first')).toBe('\\# Title\n\\> quote\n\\- item\n\\1. first');
    const message = renderDiscordMessage({ kind: 'not_found', title: 'Nothing found for “@everyone”', summary: [], sources: [], suggestions: ['<@1>'] });
    expect(JSON.stringify(message.embeds)).not.toMatch(/@everyone|<@1>/);
  });

  it('stays within every limit for the longest answers the corpus gives', () => {
    const lines = ['/events', '/search the', '/sources', '/help', ...bot.kb.entities.flatMap((e) => [`/who ${e.name}`, `/brief ${e.name}`])];
    for (const line of lines) {
      const reply = bot.runLine(line);
      for (let page = 0; page < 4; page++) expectWithinLimits(renderDiscordMessage(reply, { command: line.split(' ')[0]!.slice(1), query: line.split(' ').slice(1).join(' '), page }));
    }
  });

  it('stays within every limit for any reply at all, truncating with an ellipsis and saying so', () => {
    fc.assert(
      fc.property(arbitraryReply, arbitraryQuery, fc.nat(5), fc.constantFrom(...commands.map((c) => c.name)), (reply, query, page, command) => {
        expectWithinLimits(renderDiscordMessage(reply, { command, query, page, askedBy: '1', ...(page % 2 ? { replyTo: '1234567890123456789' } : {}) }));
      }),
      { numRuns: 150 },
    );
    const huge = renderDiscordMessage({ kind: 'brief', title: 'T'.repeat(999), summary: ['A long sentence here. '.repeat(400)], sources: [], citations: [0] });
    expect(huge.embeds[0]!.description!.endsWith('…')).toBe(true);
    expect(huge.embeds[0]!.footer!.text).toMatch(/shortened/);
  });
});

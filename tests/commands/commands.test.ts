import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createBriefbotFromKnowledge, splitCommandLine } from '../../src/briefbot.ts';
import { formatText } from '../../src/adapters/cli/format.ts';
import { renderDiscordMessage } from '../../src/adapters/discord/render.ts';
import { renderSlackMessage } from '../../src/adapters/slack/render.ts';
import { isGroup, optionsOf, usageOf, usagesOf } from '../../src/core/commands.ts';
import { ReplySchema } from '../../src/core/reply.ts';
import { seedBot } from '../helpers.ts';

const bot = seedBot();

describe('command definitions', () => {
  it('one file per command, each with a name, description, typed options and examples', () => {
    expect(commands.map((c) => c.name)).toEqual(['brief', 'who', 'lookup', 'events', 'search', 'sources', 'digest', 'feeds', 'help']);
    for (const command of commands) {
      expect(command.name).toMatch(/^[a-z]{1,32}$/); // Discord's and Slack's rule for command names
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.examples.every((e) => e.startsWith(`/${command.name}`))).toBe(true);
      const holders = isGroup(command) ? Object.values(command.subcommands) : [command];
      for (const holder of holders) {
        expect(holder.description.length).toBeLessThanOrEqual(100);
        for (const option of optionsOf(holder)) {
          expect(option.name).toMatch(/^[a-z_]{1,32}$/);
          expect(option.description.length).toBeLessThanOrEqual(100);
          // Addresses (/sources add and remove) and whole messages (/lookup) may be long; names and topics stay short.
          expect(option.maxLength).toBeLessThanOrEqual(option.wholeMessage ? 6000 : option.name === 'url' || option.name === 'article' ? 2000 : 200);
        }
      }
    }
  });
  it('offered on a message, have a menu label and shortcut names that fit Discord and Slack', () => {
    const offered = commands.flatMap((c) => (!isGroup(c) && c.onMessage ? [c] : []));
    expect(offered.map((c) => [c.name, c.onMessage!.label])).toEqual([['lookup', 'Brief me on this']]);
    for (const { onMessage } of offered) {
      for (const label of [onMessage!.label, onMessage!.globalLabel]) expect(label.length).toBeLessThanOrEqual(24);
      for (const text of [onMessage!.description, onMessage!.globalDescription]) expect(text.length).toBeLessThanOrEqual(150);
    }
  });
  it('describe their usage from their options', () => {
    expect(commands.map(usageOf)).toEqual(['/brief <topic>', '/who <name>', '/lookup <text>', '/events [period]', '/search <words>', '/sources [list|add|remove]', '/digest <subscribe|unsubscribe|status|now>', '/feeds [add|list|remove]', '/help [command]']);
    expect(usagesOf(commands.find((c) => c.name === 'sources')!).map((u) => u.usage)).toEqual(['/sources list', '/sources add <url>', '/sources remove <title or url>']);
    expect(usagesOf(commands.find((c) => c.name === 'digest')!).map((u) => u.usage)).toEqual([
      '/digest subscribe [time] [tz] [topics] [when_empty]',
      '/digest unsubscribe',
      '/digest status',
      '/digest now [topics]',
    ]);
    expect(usagesOf(commands.find((c) => c.name === 'feeds')!).map((u) => u.usage)).toEqual(['/feeds add <url> [topics]', '/feeds list', '/feeds remove <url>']);
  });
  it('every example runs and gives a real answer', () => {
    // /digest's examples act on a channel and a store: tests/commands/digest.test.ts runs them.
    for (const command of commands.filter((c) => !isGroup(c))) {
      for (const example of command.examples) {
        const reply = bot.runLine(example);
        expect(['not_found', 'error'], `${example} -> ${reply.kind}`).not.toContain(reply.kind);
      }
    }
  });
});

describe('/help', () => {
  it('lists every command with its usage', () => {
    const reply = bot.runLine('/help');
    expect(reply.kind).toBe('help');
    expect(reply.summary).toHaveLength(commands.flatMap(usagesOf).length);
    expect(reply.summary).toContain('/digest status — When this channel’s next digest is due, its topics and how the last one went');
    expect(reply.summary[0]).toBe('/brief <topic> — Summarise what the articles say about a topic, person, group or place');
  });
  it('says where a command offered on a message is found', () => {
    expect(bot.runLine('/help lookup').summary).toContain(
      'On a message: “Brief me on this” in its menu (Discord: Apps; Slack: More actions), and on Slack “Look up in the articles” among the shortcuts',
    );
  });
  it('explains one command with its options and examples', () => {
    const reply = bot.runLine('/help events');
    expect(reply.title).toBe('/events [period]');
    expect(reply.summary.at(-1)).toMatch(/^Examples: \/events, \/events March 2024/);
  });
  it('ends with the version it is given, on every surface; no other reply has that footer', () => {
    const versioned = createBriefbotFromKnowledge(bot.kb, [], { version: '1.2.3' });
    for (const line of ['/help', '/help brief']) {
      const reply = versioned.runLine(line);
      expect(reply.footer).toBe('briefbot 1.2.3');
      expect(formatText(reply).split('\n').at(-1)).toBe('briefbot 1.2.3');
      expect(renderDiscordMessage(reply).embeds[0]!.footer?.text).toBe('briefbot 1.2.3');
      expect(renderSlackMessage(reply).blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'briefbot 1.2.3' }] });
    }
    expect(versioned.runLine('/brief isis-k').footer).toBeUndefined();
    expect(bot.runLine('/help').footer).toBeUndefined();
  });
});

describe('typed lines', () => {
  it('split into a command and its text; a line without a slash is a brief', () => {
    expect(splitCommandLine('/who  Maleeha Lodhi ')).toEqual({ name: 'who', text: 'Maleeha Lodhi' });
    expect(splitCommandLine('isis-k')).toEqual({ name: 'brief', text: 'isis-k' });
  });
  it('a line that forgot its slash runs the command it names', () => {
    expect(splitCommandLine('brief isis-k')).toEqual({ name: 'brief', text: 'isis-k' });
    expect(splitCommandLine('Who  Maleeha Lodhi')).toEqual({ name: 'who', text: 'Maleeha Lodhi' });
    expect(splitCommandLine('pakistan taliban')).toEqual({ name: 'brief', text: 'pakistan taliban' });
  });
  it('an unknown command gets help and the nearest command', () => {
    const reply = bot.runLine('/breif isis-k');
    expect(reply).toMatchObject({ kind: 'help', title: 'There is no /breif command', suggestions: ['/brief'] });
  });
});

describe('bad input gets a polite reply, never an exception', () => {
  it.each([
    ['empty', '/brief', /Please tell me what to look up, for example `\/brief isis-k`/],
    ['whitespace', '/who    \t  ', /Please tell me what to look up, for example `\/who lodhi`/],
    ['5,000 characters', `/brief ${'a'.repeat(5000)}`, /longer than 200 characters/],
    ['symbols only', '/search ???!!!', /at least one word/],
    ['emoji only', '/brief 🔥🔥🔥', /at least one word/],
  ])('%s', (_name, line, message) => {
    const reply = bot.runLine(line);
    expect(reply.kind).toBe('error');
    expect(reply.summary[0]).toMatch(message);
    expect(reply.summary[0]).toMatch(/Usage: \//);
  });

  it.each([
    ['@everyone', '/brief @everyone isis-k'],
    ['a Discord mention', '/who <@123456789012345678>'],
    ['markup', '/brief <script>alert(1)</script> **isis-k** [x](http://evil)'],
    ['control characters', '/brief isis\u0000\u0007-k'],
    ['right-to-left text', '/brief \u202Eداعش خراسان'],
    ['a raw option object with a number', ''],
  ])('%s', (_name, line) => {
    const reply = line ? bot.runLine(line) : bot.run('brief', { topic: 42 });
    expect(() => ReplySchema.parse(reply)).not.toThrow();
    expect(reply.title).not.toMatch(/[\u0000-\u001F\u202E]/);
  });

  it('control characters are cleaned before searching', () => {
    expect(bot.runLine('/brief isis\u0000-k').title).toBe(bot.runLine('/brief isis-k').title);
  });
});

describe('properties', () => {
  it('any string as an argument of any command gives a reply that validates against the reply schema', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commands.map((c) => c.name), 'nope'), fc.string({ unit: 'grapheme', maxLength: 300 }), (name, text) => {
        const reply = bot.runLine(`/${name} ${text}`);
        return ReplySchema.safeParse(reply).success;
      }),
      { numRuns: 300 },
    );
  });
  it('any value as an option gives a valid reply', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commands.map((c) => c.name)), fc.anything(), (name, value) => {
        const [option] = optionsOf(commands.find((c) => c.name === name)!);
        return ReplySchema.safeParse(bot.run(name, option ? { [option.name]: value } : {})).success;
      }),
      { numRuns: 200 },
    );
  });
  it('every summary line of a brief is text of a cited source', () => {
    const words = bot.kb.entities.map((e) => e.name);
    fc.assert(
      fc.property(fc.constantFrom(...words), (topic) => {
        const reply = bot.runLine(`/brief ${topic}`);
        return reply.summary.every((line, i) => reply.sources[reply.citations![i]!]!.text.includes(line.replace(/ …$/, '').replace(/…$/, '')));
      }),
    );
  });
});

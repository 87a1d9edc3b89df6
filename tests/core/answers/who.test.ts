import { describe, expect, it } from 'vitest';
import { createBriefbotFromArticles } from '../../../src/briefbot.ts';
import { parseArticle } from '../../../src/core/content/load.ts';
import { fixtureBot, seedBot, wireBot } from '../../helpers.ts';

/** A bot over one article with this body. */
const story = (body: string) =>
  createBriefbotFromArticles([parseArticle('story.md', new TextEncoder().encode(`---\ntitle: A story\npublished: 2019-11-20\n---\n\n${body}\n`))]);

describe('/who', () => {
  it('gives the role as the text states it, the affiliation, and what they said', () => {
    const reply = seedBot().runLine('/who Riccardo Valle');
    expect(reply.kind).toBe('who');
    expect(reply.entity).toMatchObject({ name: 'Riccardo Valle', kind: 'person', role: 'the research director for The Khorasan Diary', affiliation: 'The Khorasan Diary' });
    expect(reply.summary[0]).toMatch(/^Riccardo Valle, the research director/);
    expect(reply.summary.slice(1).some((s) => /stated|mentioned|noted|explained/.test(s))).toBe(true);
  });

  it('finds people by surname, full name, any case, or a near-miss spelling', () => {
    for (const name of ['lodhi', 'Maleeha Lodhi', 'MALEEHA LODHI', 'lodi', 'Lohdi', 'maleeha lodhy']) {
      expect(seedBot().runLine(`/who ${name}`).title, name).toBe('Maleeha Lodhi');
    }
  });

  it('lists every passage they appear in, role and quotes first', () => {
    const reply = seedBot().runLine('/who webber');
    expect(reply.sources[0]!.text).toContain('Lucas Webber, co-founder and editor of Militant Wire');
    expect(reply.sources.length).toBeGreaterThanOrEqual(6);
    expect(reply.sources.some((s) => s.text.startsWith('Militant Wire’s Webber'))).toBe(true);
  });

  it('a family name two people share names the one the text mentions most, as news calls its subject', () => {
    const bot = story('Hillary Clinton spoke in Leith on Monday. Hillary Clinton said the vote mattered.\n\nHer husband, Bill Clinton, stayed home. Hillary Clinton will travel to Ohio next.');
    expect(bot.runLine('/who Clinton').title).toBe('Hillary Clinton');
    expect(bot.runLine('/who Bill Clinton').title).toBe('Bill Clinton');
  });

  it('finds a person asked for with an honorific or a title the text did not write before the name', () => {
    const bot = story('Dara Voss, a marine biologist at Leith University, said the reef was dying.\n\nMs. Voss said the study took two years.');
    for (const name of ['Ms. Voss', 'Dr Voss', 'Professor Dara Voss', 'mrs voss']) expect(bot.runLine(`/who ${name}`).title, name).toBe('Dara Voss');
    // The honorific alone names no one.
    expect(bot.runLine('/who Mr.').kind).toBe('not_found');
  });

  it('finds each person of a list that shares one family name, described there, though the text never writes the name whole', () => {
    const bot = story('Co-founders Patrick and John Collison started the company in 2010.');
    expect(bot.runLine('/who Patrick Collison').entity).toMatchObject({ name: 'Patrick Collison', role: 'Co-founders' });
    expect(bot.runLine('/who John Collison').entity).toMatchObject({ name: 'John Collison', role: 'Co-founders' });
  });

  it('finds a person by any one word of their name that no one else’s has, the middle one too', () => {
    const bot = story('The boy was an 8-year-old called Arya Galih Gegana. Galih, as he is known, waited.');
    expect(bot.runLine('/who Galih').title).toBe('Arya Galih Gegana');
  });

  it('describes groups too', () => {
    const reply = seedBot().runLine('/who Turkistan Islamic Party');
    expect(reply.entity).toMatchObject({ kind: 'organization', role: 'an al-Qaeda-linked group aiming to establish a caliphate in Xinjiang' });
  });

  it('works on an unseen article', () => {
    const reply = fixtureBot().runLine('/who okafor');
    expect(reply.entity).toMatchObject({ name: 'Amara Okafor', role: 'the institute’s director of research since 2015' });
    expect(reply.summary).toContain('She noted that operators around the basin had shared spare parts since 2019.');
  });

  it('finds the one person a first name starts, and no one when it starts several or is a mere letter', () => {
    expect(seedBot().runLine('/who maleeha').title).toBe('Maleeha Lodhi');
    expect(wireBot().runLine('/who Aaron').title).toBe('Aaron Whitlock');
    expect(seedBot().runLine('/who m').kind).toBe('not_found');
  });

  it('asks which one, with their full names, when a first name starts several people’s', () => {
    const bot = story('John Okonjo, the mayor, spoke first. John Amadi, a councillor, spoke next. Okonjo and Amadi agreed.');
    const reply = bot.runLine('/who John');
    expect(reply.kind).toBe('not_found');
    expect(reply.title).toBe('Several people are called “John”');
    expect(reply.suggestions).toEqual(expect.arrayContaining(['John Okonjo', 'John Amadi']));
  });

  it('finds a person by a family name of several words, typed without the given name: "Bautista Agut", "del Potro"', () => {
    const bot = story('Federer beat Spain’s Roberto Bautista Agut in straight sets. He had hurt his foot against Juan Martin del Potro.');
    expect(bot.runLine('/who Bautista Agut').title).toBe('Roberto Bautista Agut');
    expect(bot.runLine('/who Del Potro').title).toBe('Juan Martin del Potro');
    expect(bot.runLine('/who Martin Agut').kind).toBe('not_found');
  });

  it('answers from a wire story: role, a quote of two sentences, and the byline’s publisher', () => {
    const reply = wireBot().runLine('/who tuilagi');
    expect(reply.entity).toMatchObject({ name: 'Losana Tuilagi', role: 'Fiji\'s environment minister' });
    expect(reply.summary).toContain('"Our reefs feed our families and protect our coasts from storms. We cannot wait for another bleaching season," she said.');
    expect(reply.sources[0]).toMatchObject({ publisher: 'Pacific Wire', published: '2023-11-09' });
  });

  it('does not invent a person: unknown names get suggestions of near names', () => {
    const reply = seedBot().runLine('/who Valentina Tereshkova');
    expect(reply.kind).toBe('not_found');
    const near = seedBot().runLine('/who Graham Smyth');
    expect(near.kind === 'who' ? near.title : near.suggestions).toContain('Graeme Smith');
  });
});

import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/ingest/extract/blocks.ts';
import { clutterReason, removeClutter } from '../../../src/ingest/extract/clutter.ts';

const p = (text: string, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', text, linkShare: 0, group: 0, ...extra });
const kept = (blocks: Block[], context = {}) => removeClutter(blocks, context).kept.map((b) => b.text);

describe('lines that are the page, not the article', () => {
  it.each([
    ['Advertisement', 'ad label'],
    ['Continue Reading Below', 'ad label'],
    ['Story continues below advertisement', 'ad label'],
    ['Continue reading the main story', 'ad label'],
    ['Read more: China plague outbreak confirmed', 'teaser'],
    ['SEE MORE: Hong Kong protests: 800 students under siege', 'teaser'],
    ['Related: The 15 Weirdest Galaxies in Our Universe', 'teaser'],
    ['Sign up for our newsletter to get the best stories delivered to your inbox.', 'prompt'],
    ['Get breaking news alerts and special reports, delivered to your inbox weekday mornings.', 'prompt'],
    ['Like this story? Share it with a friend!', 'prompt'],
    ['Share this article', 'page chrome'],
    ['Protesters have worn masks to protect their identities (Image: GETTY )', 'caption or credit'],
    ['Vicente Aguiar loads garage door trims into his pickup (AP Photo/Alan Diaz, File)', 'caption or credit'],
    ['Natalie Naccache | Bloomberg | Getty Images', 'caption or credit'],
    ['Image copyright Getty Images', 'caption or credit'],
    ['The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor', 'caption or credit'],
    ['FILE PHOTO: Traders work on the floor of the NYSE. REUTERS/Brendan McDermid', 'caption or credit'],
    ['Image 1 of 9', 'caption or credit'],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019', 'dateline'],
    ['Updated 10:01 pm PST, Tuesday, November 19, 2019', 'dateline'],
    ['Published 1 day ago', 'dateline'],
    ['Updated at 1:23 p.m.', 'dateline'],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', 'dateline'],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', 'byline'],
    ['By Stefan Becket, Kathryn Watson, Grace Segers', 'byline'],
    ['Reuters', 'byline'],
    ['Tempo de leitura: 2 minutos', 'counter'],
    ['Also on rt.com Journalists threatened with sedition arrests', 'teaser'],
    ["16-inch MacBook Pro's new scissor switch keyboard via iFixit", 'caption or credit'],
    ['[button link="https://example.com/submit"]Send us YOUR kit review[/button]', 'shortcode'],
  ])('%s', (text, reason) => {
    expect(clutterReason(p(text), {})).toBe(reason);
  });

  it('drops a promotion that is one link in capitals', () => {
    expect(clutterReason(p("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES", { linkShare: 1 }), {})).toBe('promoted link');
  });
});

describe('prose that only looks like clutter', () => {
  it.each([
    'Read more books, the study advised, and watch less television.',
    'The advertisement ran for three weeks before regulators pulled it.',
    'She said the photo, taken in 2018, showed the bridge before the storm.',
    'Updated figures released on Tuesday showed a 3% rise in sales.',
    'By the end of March 3, 2024, most of the votes had been counted.',
    'The newsletter, which has 40,000 subscribers, was founded in 2012 by two former reporters who wanted to cover the county board.',
    '— Tottenham Hotspur (@SpursOfficial) November 20, 2019',
    'Die Entstehung von Insellösungen bei der TI, ePA/ePF und fehlende gesetzliche Rahmenbedingungen.',
    'The ruling was first reported via Twitter by the court clerk.',
  ])('%s', (text) => {
    expect(clutterReason(p(text), {})).toBeUndefined();
  });
});

describe('clutter judged in context', () => {
  it('drops a list whose items are all links, and keeps a list of prose', () => {
    const related = [p('Prince Andrew: BT abandons ties', { kind: 'item', linkShare: 1, group: 1 }), p('EuroMillions: UK ticket holder wins', { kind: 'item', linkShare: 1, group: 1 })];
    const steps = [p('Preheat the oven to 200C.', { kind: 'item', group: 2 }), p('Roast for 40 minutes.', { kind: 'item', group: 2 })];
    expect(kept([p('Lead paragraph of the story.'), ...related, ...steps])).toEqual(['Lead paragraph of the story.', 'Preheat the oven to 200C.', 'Roast for 40 minutes.']);
  });

  it('drops the links under a bare teaser label, up to the next paragraph of text', () => {
    const blocks = [p('More:'), p('Afghan woman politician sees talks as only hope', { linkShare: 1 }), p('China invites Taliban for talks', { linkShare: 1 }), p('It did not reveal the crash location.')];
    expect(kept(blocks)).toEqual(['It did not reveal the crash location.']);
  });

  it('drops a trailer heading and the link list under it', () => {
    const blocks = [p('The band will play Blossom in July.'), p('You may also like...'), p('Who will make the Rock Hall in 2020?', { linkShare: 1 }), p('25 worst inductees ever', { linkShare: 1 })];
    expect(kept(blocks)).toEqual(['The band will play Blossom in July.']);
  });

  it('drops the title repeated above the text, and a kicker above it', () => {
    const blocks = [p('BREAKING NEWS'), p('Home Depot sales miss, shares plunge'), p('Home Depot reported earnings that topped estimates.')];
    expect(kept(blocks, { title: 'Home Depot sales miss, shares plunge' })).toEqual(['Home Depot reported earnings that topped estimates.']);
  });

  it('drops the author named alone and the author box that closes the article', () => {
    const blocks = [p('Phil Helsel'), p('A New York man pleaded guilty on Monday.'), p('He faces up to ten years.'), p('Phil Helsel is a reporter for NBC News.')];
    expect(kept(blocks, { authors: ['Phil Helsel'] })).toEqual(['A New York man pleaded guilty on Monday.', 'He faces up to ten years.']);
  });

  it('reports what it dropped and why', () => {
    const { dropped } = removeClutter([p('Advertisement'), p('Real text.')], {});
    expect(dropped).toEqual([{ reason: 'ad label', text: 'Advertisement' }]);
  });
});

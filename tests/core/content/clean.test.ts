import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPageChrome } from '../../../src/core/content/clean.ts';

describe('the page around an article is not the article', () => {
  it.each([
    'Advertisement',
    'Continue reading the main story',
    'Story continues below advertisement',
    'Enlarge Image',
    'More On: impeachment inquiry',
    'Filed under Politics, Congress',
    'Sign up for our daily newsletter',
    'Get the Morning Report newsletter in your inbox',
    'Read more: How port software became a chokepoint',
    'Share this article',
    'Supporters gather outside the court on Monday. (AP Photo/Jane Doe)',
    'Photo: Getty Images',
    '(Image credit: NASA/JPL)',
    'Copyright 2019 The Associated Press. All rights reserved.',
    '4419111',
    '1,203',
  ])('%s', (line) => expect(isPageChrome(line)).toBe(true));

  it.each([
    'The advertisement ran for three weeks before it was pulled.',
    'Photographers waited outside the court for hours.',
    'More on that later, he said, before leaving the room.',
    'Continue reading, she told the class, and you will see why.',
    '2019: a year of protest',
  ])('prose that mentions the same words stays: %s', (line) => expect(isPageChrome(line)).toBe(false));

  it('drops no line of the real articles in eval/ but a photo credit and a copyright line', () => {
    const root = fileURLToPath(new URL('../../../eval/', import.meta.url));
    const dropped: string[] = [];
    for (const set of ['dev', 'holdout']) {
      for (const file of readdirSync(join(root, set, 'articles'))) {
        const body = readFileSync(join(root, set, 'articles', file), 'utf8').split(/\n---\n/)[1]!;
        dropped.push(...body.split('\n').filter((line) => line.trim() && isPageChrome(line)));
      }
    }
    expect(dropped.sort()).toEqual(['(Image credit: All About Space)', 'Copyright 2019 Hawaii News Now. All rights reserved.']);
  });
});

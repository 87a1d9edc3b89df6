import { describe, expect, it } from 'vitest';
import { plain, sameName, sameRole } from '../../eval/score.ts';

describe('how answers are compared with gold', () => {
  it('a name matches only with the same name words, initials and "Jr." aside', () => {
    expect(sameName('Patrick Carlineo Jr.', 'Patrick Carlineo')).toBe(true);
    expect(sameName('Donald J. Trump', 'Donald Trump')).toBe(true);
    expect(sameName('Trump', 'Donald Trump')).toBe(false);
    expect(sameName('Press Secretary Jane Doe', 'Jane Doe')).toBe(false);
    // A nickname in quotation marks inside the name is still that name.
    expect(sameName('Sean ‘Puffy’ Doe', 'Sean Doe')).toBe(true);
    expect(sameName('Al “Bunchy” Carter', 'Al Carter')).toBe(true);
  });
  it('a role matches when it carries most of the gold words and is mostly made of them', () => {
    expect(sameRole('Kenya’s finance minister', 'finance minister', 'Jo Doe')).toBe(true);
    expect(sameRole('minister', 'Kenya’s finance minister', 'Jo Doe')).toBe(false);
    expect(sameRole('the man who walked into the finance ministry to see the minister on Tuesday', 'finance minister', 'Jo Doe')).toBe(false);
    expect(sameRole('', 'finance minister', 'Jo Doe')).toBe(false);
  });
  it('a title abbreviated as news writes it before a name says the same title', () => {
    expect(sameRole('former Sen.', 'former senator', 'Jo Doe')).toBe(true);
    expect(sameRole('Lt. Gov.', 'lieutenant governor', 'Jo Doe')).toBe(true);
    expect(sameRole('Gov.', 'former senator', 'Jo Doe')).toBe(false);
  });
  it('fragments compare without case, curly quotes or dashes', () => {
    expect(plain('“We got her” — officers')).toBe(plain('"we got her" - Officers'));
  });
});

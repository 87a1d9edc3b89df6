import { describe, expect, it } from 'vitest';
import { classOf, codePointAt, isBlank, lastIndexOfAny, LETTER, LOWERCASE, NUMBER, SPACE, UPPERCASE } from '../../../src/core/text/characters.ts';

describe('classOf', () => {
  it('tells letters, digits, case and spaces as the Unicode properties do', () => {
    expect(classOf('A'.codePointAt(0)!) & (LETTER | UPPERCASE | LOWERCASE)).toBe(LETTER | UPPERCASE);
    expect(classOf('é'.codePointAt(0)!) & (LETTER | LOWERCASE)).toBe(LETTER | LOWERCASE);
    expect(classOf('٣'.codePointAt(0)!) & (NUMBER | LETTER)).toBe(NUMBER);
    expect(classOf(0xa0) & SPACE).toBe(SPACE);
    expect(classOf('’'.codePointAt(0)!) & (LETTER | NUMBER | SPACE)).toBe(0);
  });
  it('reads a letter outside the BMP whole, and half of one as nothing', () => {
    const bold = '𝐀x';
    expect(classOf(codePointAt(bold, 0)) & UPPERCASE).toBe(UPPERCASE);
    expect(classOf(bold.charCodeAt(0)) & (LETTER | NUMBER | SPACE)).toBe(0);
    expect(codePointAt(bold, 2)).toBe('x'.charCodeAt(0));
  });
});

describe('isBlank', () => {
  it('is what trim() === "" says of the slice, without slicing', () => {
    const text = 'a \u00a0\t\u2028b';
    expect(isBlank(text, 1, 5)).toBe(true);
    expect(isBlank(text, 0, 5)).toBe(false);
    expect(isBlank(text, 2, 2)).toBe(true);
  });
});

describe('lastIndexOfAny', () => {
  it('finds the last of several marks, before an end if given', () => {
    expect(lastIndexOfAny('a, b; c — d', ',;—')).toBe(8);
    expect(lastIndexOfAny('a, b; c — d', ',;—', 7)).toBe(4);
    expect(lastIndexOfAny('no marks', ',;')).toBe(-1);
  });
});

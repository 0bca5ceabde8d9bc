import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberWords } from './numbers.js';

describe('parseNumberWords', () => {
  it.each([
    ['7', 7],
    ['1,200', 1200],
    ['104,000', 104000],
    ['2.5 million', 2_500_000],
    ['four', 4],
    ['twelve', 12],
    ['twenty-one', 21],
    ['thirty two', 32],
    ['two hundred', 200],
    ['one hundred and fifty', 150],
    ['three thousand four hundred', 3400],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a dozen', 6],
    ['a hundred', 100],
    ['a million', 1_000_000],
    ['a', 1],
    ['an', 1],
    ['one', 1],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberWords(text)).toEqual({ value, vague: false });
  });

  it.each([
    ['several', 3],
    ['a few', 2],
    ['dozens', 24],
    ['scores of', 40],
    ['hundreds', 200],
    ['thousands', 2000],
    ['several hundred', 300],
    ['a few thousand', 2000],
    ['tens of thousands', 20000],
    ['hundreds of thousands', 200000],
  ])('reads %j as a vague %d', (text, value) => {
    expect(parseNumberWords(text)).toEqual({ value, vague: true });
  });

  it('rejects what is not a whole number expression', () => {
    // "scores" alone is a noun ("test scores"); it counts only before "of".
    for (const text of ['16th', '1990s', 'soldiers', 'four soldiers', 'thousand', '', 'constructor', 'one two', 'scores']) {
      expect(parseNumberWords(text), text).toBeUndefined();
    }
  });
});

describe('findNumbers', () => {
  const found = (s: string) => findNumbers(s).map((n) => [n.text, n.value, n.vague, n.min, n.max]);

  it('finds digits, words and vague words with their offsets', () => {
    const s = 'Roughly 1,200 people and twenty-one horses crossed; dozens of carts followed.';
    const numbers = findNumbers(s);
    expect(numbers.map((n) => [n.text, n.value, n.vague])).toEqual([
      ['1,200', 1200, false],
      ['twenty-one', 21, false],
      ['dozens', 24, true],
    ]);
    for (const n of numbers) expect(s.slice(n.start, n.end)).toBe(n.text);
  });

  it('joins stated ranges', () => {
    expect(found('between 10 and 15 boats')).toEqual([['10 and 15', 10, false, 10, 15]]);
    expect(found('10 to 15 boats')).toEqual([['10 to 15', 10, false, 10, 15]]);
    expect(found('10-15 boats')).toEqual([['10-15', 10, false, 10, 15]]);
    expect(found('two or three boats')).toEqual([['two or three', 2, false, 2, 3]]);
  });

  it('keeps "and" apart from a range unless "between" comes first', () => {
    expect(found('10 and 15 boats').map((n) => n[0])).toEqual(['10', '15']);
  });

  it('marks "a" and "an" as a single, and never reads ordinals', () => {
    expect(findNumbers('a cat and an owl').map((n) => [n.text, n.single])).toEqual([
      ['a', true],
      ['an', true],
    ]);
    expect(found('the 3rd and 16th meetings')).toEqual([]);
  });
});

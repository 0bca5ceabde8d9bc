import { describe, expect, it } from 'vitest';
import { searchWords, tsvectorLiteral } from '../src/storage/postgres/postgres-search.js';

describe('PostgreSQL search words', () => {
  it('splits ASCII text as the Unicode path does, and folds accents off Latin letters only', () => {
    const ascii = "T-72s hit Kyiv's 3rd district at 05:40; e-mail ops@example.org (UN) _x_";
    // Adding one non-ASCII letter at the end takes the Unicode path for the same words.
    expect(searchWords(`${ascii} é`)).toEqual([...searchWords(ascii), 'e']);
    expect(searchWords(ascii)).toEqual(['t', '72s', 'hit', 'kyiv', 's', '3rd', 'district', 'at', '05', '40', 'e', 'mail', 'ops', 'example', 'org', 'un', 'x']);
    expect(searchWords('Şuşa İSTANBUL Ёлка ſtraße')).toEqual(['susa', 'istanbul', 'ёлка', 'strasse'.replace('ss', 'ß')]);
  });

  it('writes each word once with its positions, the title weighing A, past the largest position once', () => {
    expect(tsvectorLiteral(['Shelling near Avdiivka', 'Shelling resumed'])).toBe("'shelling':1A,4 'near':2A 'avdiivka':3A 'resumed':5");
    const long = Array.from({ length: 16390 }, () => 'w').join(' ');
    // Positions stop at 16383: the last seven occurrences share it, written once.
    const literal = tsvectorLiteral(['', `${Array.from({ length: 16380 }, (_, i) => `u${i}`).join(' ')} ${'w '.repeat(10)}`]);
    expect(literal.endsWith("'w':16381,16382,16383")).toBe(true);
    // At most 256 positions a word.
    expect(tsvectorLiteral([long]).split(',').length).toBe(256);
    // A word PostgreSQL could not hold (over 2046 bytes) is left out, its position still counted.
    expect(tsvectorLiteral(['', `a ${'ж'.repeat(1100)} b ${'ж'.repeat(1000)}`])).toBe(`'a':1 'b':3 '${'ж'.repeat(1000)}':4`);
  });
});

import { describe, expect, it } from 'vitest';
import { isoDate } from './iso-date.js';

describe('isoDate', () => {
  it('keeps the calendar day as written, whatever the time zone', () => {
    expect(isoDate('2020-10-05T01:30:00+04:00')).toBe('2020-10-05');
    expect(isoDate('Mon, 05 Oct 2020 23:30:00 -0500')).toBe('2020-10-05');
    expect(isoDate('D:20240305230000+04\'00\'')).toBe('2024-03-05');
  });

  it('reads the forms news pages use', () => {
    expect(isoDate('20201005')).toBe('2020-10-05');
    expect(isoDate('2020/10/5')).toBe('2020-10-05');
    expect(isoDate('5 October 2020')).toBe('2020-10-05');
    expect(isoDate('October 5th, 2020')).toBe('2020-10-05');
    expect(isoDate('Sept. 27, 2020')).toBe('2020-09-27');
    expect(isoDate(new Date('2021-01-02T03:00:00Z'))).toBe('2021-01-02');
  });

  it('gives undefined for no date, impossible dates and non-strings', () => {
    expect(isoDate('yesterday')).toBeUndefined();
    expect(isoDate('2021-02-30')).toBeUndefined();
    expect(isoDate('')).toBeUndefined();
    expect(isoDate(42)).toBeUndefined();
    expect(isoDate(new Date('nonsense'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateNotation, overlaps, parseDateNotation } from './date-range.js';

describe('the date notation', () => {
  it.each([
    ['2020-07-12', { start: '2020-07-12', end: '2020-07-12', precision: 'day' }],
    ['2020-07-12..2020-07-15', { start: '2020-07-12', end: '2020-07-15', precision: 'days' }],
    ['2020-02', { start: '2020-02-01', end: '2020-02-29', precision: 'month' }],
    ['2018-09..2018-12', { start: '2018-09-01', end: '2018-12-31', precision: 'months' }],
    [2019, { start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    ['2021..2023', { start: '2021-01-01', end: '2023-12-31', precision: 'years' }],
  ])('reads %s', (text, range) => {
    expect(parseDateNotation(text)).toEqual(range);
    expect(formatDateNotation(range as never)).toBe(String(text));
  });

  it.each([
    ['2021-02-29', /not a calendar date/],
    ['2020-13', /no month 13/],
    ['July 2020', /not a date/],
    ['2020-07-15..2020-07-12', /ends before it starts/],
    ['2020-07..2020-08-01', /mixes a month and a day/],
    ['2020..2021..2022', /more than one/],
  ])('refuses %s with a reason', (text, reason) => {
    expect(parseDateNotation(text)).toMatch(reason);
  });

  it('knows when two ranges share a day', () => {
    const july = { start: '2020-07-01', end: '2020-07-31' };
    expect(overlaps(july, { start: '2020-07-31' })).toBe(true);
    expect(overlaps(july, { end: '2020-06-30' })).toBe(false);
    expect(overlaps(july, {})).toBe(true);
  });
});

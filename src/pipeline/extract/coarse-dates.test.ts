import { describe, expect, it } from 'vitest';
import { addDays, findCoarseDates, monthOf, months, rangeOf, weekdayOf } from './coarse-dates.js';

const pub = { y: 2019, m: 5, d: 15, iso: '2019-05-15' };

describe('calendar helpers', () => {
  it('builds ranges and refuses impossible ones', () => {
    expect(rangeOf('day', 2020, 2, 29, 2020, 2, 29)).toEqual({ start: '2020-02-29', end: '2020-02-29', precision: 'day' });
    expect(rangeOf('day', 2019, 2, 29, 2019, 2, 29)).toBeNull();
    expect(rangeOf('day', 2019, 3, 5, 2019, 3, 1)).toBeNull();
    expect(months(2019, 11, 2020, 2)).toEqual({ start: '2019-11-01', end: '2020-02-29', precision: 'months' });
  });

  it('counts days and weekdays across month ends', () => {
    expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
    expect(weekdayOf('2019-05-15')).toBe(3);
    expect(monthOf('Sept.')).toBe(9);
  });
});

describe('findCoarseDates', () => {
  it('marks a date whose year came from publication', () => {
    const [c] = findCoarseDates('Heavy rain fell in late June.', pub);
    expect(c).toMatchObject({ text: 'late June', yearless: true, relative: true, range: { start: '2019-06-21', end: '2019-06-30' } });
  });

  it('leaves overlapping readings for the caller to choose from', () => {
    const texts = findCoarseDates('Aid arrived in mid-2017.', pub).map((c) => c.text);
    expect(texts).toEqual(['mid-2017']);
    expect(findCoarseDates('Aid arrived from 2015 to 2017.', pub).map((c) => c.text)).toEqual(['2015 to 2017', '2015', '2017']);
  });

  it('reads a year followed by a footnote mark, not by decimals', () => {
    expect(findCoarseDates('Losses fell in 2016.7 The army then regrouped.', pub).map((c) => c.text)).toEqual(['2016']);
    expect(findCoarseDates('The fund held 2016.7 million.', pub)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import { extract } from './extract.js';
import { fullDateDay, latestDate } from './latest-date.js';

// A report whose own date is unknown: its relative dates are read against the latest day it
// gives in full, not against the day it happens to be read. Reports in the project's own words.

describe('fullDateDay', () => {
  it('reads the ways reports write a day in full', () => {
    expect(fullDateDay('13 July 2020')).toBe('2020-07-13');
    expect(fullDateDay('July 13th, 2020')).toBe('2020-07-13');
    expect(fullDateDay('Sept. 27, 2020')).toBe('2020-09-27');
    expect(fullDateDay('2020-07-13')).toBe('2020-07-13');
    expect(fullDateDay('13.07.2020')).toBe('2020-07-13');
  });

  it('gives nothing for a day no calendar has, or before 1900', () => {
    expect(fullDateDay('31 June 2020')).toBeUndefined();
    expect(fullDateDay('2020-13-01')).toBeUndefined();
    expect(fullDateDay('5 May 1890')).toBeUndefined();
  });
});

describe('latestDate', () => {
  it('takes the latest day given in full, wherever it is, and none after the limit', () => {
    const text = 'Talks resumed on 2 October 2020. The clashes of 12 July 2020 were recalled. A summit is planned for 1 March 2031.';
    expect(latestDate(text, '2026-12-01')).toBe('2020-10-02');
  });

  it('gives nothing when the text gives no day with its year', () => {
    expect(latestDate('Shelling was reported on Tuesday near the border, and again on 14 July.', '2026-12-01')).toBeUndefined();
  });
});

describe('extract without a publication day', () => {
  const gazetteer = Gazetteer.load();
  const today = new Date().toISOString().slice(0, 10);
  const text =
    'Border fighting goes on\n\nArmenian and Azerbaijani troops fought near Chinari on 13 July 2020. ' +
    'Two Armenian soldiers were killed on Tuesday, the ministry in Yerevan said.';

  it('reads "on Tuesday" near the days the report tells of, not years later', () => {
    const result = extract({ text }, gazetteer);
    const dates = result.incidents.filter((i) => !i.background).map((i) => i.date.start);
    expect(dates.length).toBeGreaterThan(0);
    for (const day of dates) expect(day.slice(0, 7)).toBe('2020-07');
    // What the dates were read from is said, and the publication day is not made up.
    expect(result.document.published).toBe(today);
    expect(result.document.dates_read_from).toBe('2020-07-13');
  });

  it('keeps to the publication day when it is given', () => {
    const result = extract({ text, published: '2020-07-16' }, gazetteer);
    expect(result.document.published).toBe('2020-07-16');
    expect(result.document.dates_read_from).toBeUndefined();
    const killed = result.incidents.find((i) => i.casualties.length);
    // The Tuesday before Thursday 16 July 2020.
    expect(killed?.date.start).toBe('2020-07-14');
  });

  it('reads relative dates against today when the text gives no day in full', () => {
    const result = extract({ text: 'Two Armenian soldiers were killed near Chinari yesterday, the ministry said.' }, gazetteer);
    const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    expect(result.incidents.map((i) => i.date.start)).toContain(yesterday);
    expect(result.document.dates_read_from).toBeUndefined();
  });
});

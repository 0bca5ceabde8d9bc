import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import { findDates } from './dates.js';
import { extract } from './extract.js';
import { monthsTold, readingTold } from './months-told.js';
import { sinceUntilPublication, tollSinceStory } from './open-ranges.js';

// Periods left open by their words ("since", "as of"), and years a document gives its months.
// The sentences are written for these tests.
const gazetteer = Gazetteer.load();
const live = (text: string, published: string) => extract({ text, published }, gazetteer).incidents.filter((i) => !i.background);
const first = (s: string, published: string) => findDates(s, published)[0];

describe('since X, in the present perfect', () => {
  it('runs from X to publication, at the precision of X', () => {
    const month = 'Since March 2023, the two sides have exchanged fire almost weekly.';
    expect(sinceUntilPublication(month, first(month, '2023-10-05'), '2023-10-05').range).toEqual({ start: '2023-03-01', end: '2023-10-31', precision: 'months' });
    const day = 'Since 4 June, the crossing has stayed closed.';
    expect(sinceUntilPublication(day, first(day, '2023-06-20'), '2023-06-20').range).toEqual({ start: '2023-06-04', end: '2023-06-20', precision: 'days' });
  });
  it('reads a running toll in reported speech, and since what began on a day, the same way', () => {
    const said = 'The ministry said nine soldiers had been killed since the fighting began on 4 June.';
    expect(sinceUntilPublication(said, first(said, '2023-06-06'), '2023-06-06').range).toEqual({ start: '2023-06-04', end: '2023-06-06', precision: 'days' });
    // Told, not reported: a past perfect of its own stays in the past.
    const told = 'By 1994, some 30,000 people had been killed since 1988.';
    const since1988 = findDates(told, '2023-06-06').find((d) => d.range.start.startsWith('1988'))!;
    expect(sinceUntilPublication(told, since1988, '2023-06-06').range.end).toBe('1988-12-31');
  });
  it('leaves other dates alone', () => {
    const s = 'In March 2023, the two sides exchanged fire.';
    expect(sinceUntilPublication(s, first(s, '2023-10-05'), '2023-10-05').range.end).toBe('2023-03-31');
  });
  it('dates the incident of a whole report', () => {
    const [incident] = live('Since January 2023, Azerbaijan has repeatedly accused Armenia of shelling near Tovuz.', '2023-06-10');
    expect(incident.date).toEqual({ start: '2023-01-01', end: '2023-06-30', precision: 'months' });
  });
});

describe('a running toll "as of" a day', () => {
  it('counts from the start of the story told so far', () => {
    const s = 'As of 20 May, 31 soldiers had been killed.';
    const date = first(s, '2023-06-01');
    expect(tollSinceStory(s, date, { start: '2023-05-11', end: '2023-05-11', precision: 'day' }).range).toEqual({ start: '2023-05-11', end: '2023-05-20', precision: 'days' });
    // A story more than three months back is another story.
    expect(tollSinceStory(s, date, { start: '2022-11-01', end: '2022-11-01', precision: 'day' }).range.start).toBe('2023-05-20');
  });
  it('applies to a whole report', () => {
    const text = 'On 11 May 2023, heavy fighting broke out near Tovuz.\n\nThe army said that as of 20 May, 31 soldiers had been killed.';
    const dates = live(text, '2023-06-01').map((i) => [i.date.start, i.date.end]);
    expect(dates).toContainEqual(['2023-05-11', '2023-05-20']);
  });
});

describe('ranges with one year', () => {
  it('give the start the year written at the end', () => {
    expect(first('The war lasted from 27 September to 10 November 2020.', '2021-01-10').range).toEqual({ start: '2020-09-27', end: '2020-11-10', precision: 'days' });
    expect(first('Shelling went on from 28 December to 3 January 2021.', '2021-02-01').range).toEqual({ start: '2020-12-28', end: '2021-01-03', precision: 'days' });
  });
});

describe('months the document gives a year', () => {
  it('collects every month written with its year', () => {
    const told = monthsTold('After the clashes of July 12-15, 2020 and talks in March of 2019, in 12 July 2016 ...');
    expect([...told.get(7)!]).toEqual([2020, 2016]);
    expect([...told.get(3)!]).toEqual([2019]);
    expect(readingTold(monthsTold('The August 2021 talks'), '2021-08-02', '2019-08-02')).toBe('2021-08-02');
    expect(readingTold(monthsTold('The August 2021 talks'), '2021-03-02', '2019-03-02')).toBeUndefined();
  });
  it('keep a bare "July 12" in the publication year when the document gives July that year, after a story of another year', () => {
    const text = [
      'The July 2021 clashes on the border were the worst in years.',
      '',
      'After the fighting of April 2-5, 2016 the sides had prepared for war. These tensions led to a flare-up on July 12 near Tovuz.',
    ].join('\n');
    const dates = live(text, '2021-08-20').map((i) => i.date.start);
    expect(dates).toContain('2021-07-12');
    expect(dates).not.toContain('2016-07-12');
  });
});

describe('later in a year', () => {
  it('runs from the month of the story told to the end of that year', () => {
    const text = 'On 3 May 2022, the leaders met in Brussels.\n\nLater in 2022, the Armenian foreign minister said the talks had stalled.';
    const dates = live(text, '2023-03-01').map((i) => [i.date.start, i.date.end, i.date.precision]);
    expect(dates).toContainEqual(['2022-05-01', '2022-12-31', 'months']);
  });
});

describe('what dates an incident', () => {
  it('takes a decade for scene-setting, not an incident', () => {
    const result = extract({ text: 'In the early 1990s, heavy fighting displaced many villagers near Tovuz.', published: '2023-01-01' }, gazetteer);
    expect(result.incidents.every((i) => i.background)).toBe(true);
  });
  it('dates resolutions and ceasefires named with their year', () => {
    expect(live('The Security Council resolutions of 1996 demanded a withdrawal from the area.', '2023-01-01').map((i) => i.date.start)).toEqual(['1996-01-01']);
    expect(live('The 2011 ceasefire was broken within weeks near Tovuz.', '2023-01-01').map((i) => i.date.start)).toEqual(['2011-01-01']);
  });
});

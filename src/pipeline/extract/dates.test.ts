import { describe, expect, it } from 'vitest';
import { findDates, hasDateCue } from './dates.js';

// Each case states its publication day: relative words are read against it.
type Row = [text: string, start: string, end: string, precision: string];
const rows = (sentence: string, published: string): Row[] =>
  findDates(sentence, published).map((d) => [d.text, d.range.start, d.range.end, d.range.precision]);
const only = (sentence: string, published: string) => {
  const found = findDates(sentence, published);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('hasDateCue', () => {
  it.each([
    'Talks resumed in March.',
    'Shelling was heard on Sunday.',
    'The mayor spoke yesterday.',
    'The strike came two weeks ago.',
    'Prices rose last month.',
    'The border was redrawn in 1921.',
    'Elections followed in the 1990s.',
    'A truce held until mid-2019.',
  ])('sees a cue in %j', (s) => expect(hasDateCue(s)).toBe(true));

  it.each(['Both armies shelled the ridge.', 'The mayor may resign.', 'About 150,000 troops massed there.', 'Inflation reached 12.8%.'])(
    'sees none in %j',
    (s) => expect(hasDateCue(s)).toBe(false),
  );

  it('gates findDates', () => {
    expect(findDates('The convoy crossed the river at dawn.', '2021-05-01')).toEqual([]);
  });
});

describe('absolute dates', () => {
  it('reads a day-month-year with offsets into the sentence', () => {
    const s = 'Fighting broke out on 3 March 2019 near the pass.';
    const d = only(s, '2019-04-01');
    expect(d).toMatchObject({ text: '3 March 2019', range: { start: '2019-03-03', end: '2019-03-03', precision: 'day' }, relative: false, future: false });
    expect(s.slice(d.start, d.end)).toBe(d.text);
  });

  it('reads a month-day-year', () => {
    expect(rows('The dam was hit on October 4, 2021, officials said.', '2021-11-01')).toEqual([['October 4, 2021', '2021-10-04', '2021-10-04', 'day']]);
  });

  it('reads an ISO day', () => {
    expect(rows('The log entry is dated 2018-06-09.', '2019-01-01')).toEqual([['2018-06-09', '2018-06-09', '2018-06-09', 'day']]);
  });

  it('reads a dotted day only when the day is above 12', () => {
    expect(rows('The order was signed 23.04.2017 in the capital.', '2018-01-01')).toEqual([['23.04.2017', '2017-04-23', '2017-04-23', 'day']]);
    expect(findDates('The order was signed 05.04.2017 in the capital.', '2018-01-01')).toEqual([]);
  });

  it('reads a month and year', () => {
    expect(rows('A new envoy arrived in February 2016.', '2017-01-01')).toEqual([['February 2016', '2016-02-01', '2016-02-29', 'month']]);
  });

  it('reads a bare year, also as a label', () => {
    expect(rows('The bridge was rebuilt in 2011.', '2015-01-01')).toEqual([['2011', '2011-01-01', '2011-12-31', 'year']]);
    expect(rows('Memories of the 2006 siege linger.', '2015-01-01')).toEqual([['2006', '2006-01-01', '2006-12-31', 'year']]);
  });
});

describe('dates relative to publication', () => {
  it('puts a weekday on or before publication', () => {
    // 2022-03-10 is a Thursday.
    expect(only('Drones struck a depot on Monday.', '2022-03-10')).toMatchObject({ text: 'Monday', range: { start: '2022-03-07', precision: 'day' }, relative: true, future: false });
    expect(only('Drones struck a depot on Thursday.', '2022-03-10').range.start).toBe('2022-03-10');
    expect(only('Drones struck a depot last Thursday.', '2022-03-10').range.start).toBe('2022-03-03');
  });

  it('puts a weekday after publication when the clause speaks of the future', () => {
    expect(only('The envoys will meet on Monday.', '2022-03-10')).toMatchObject({ range: { start: '2022-03-14' }, future: true });
    expect(only('The ministry said on Monday it will reply.', '2022-03-10')).toMatchObject({ range: { start: '2022-03-07' }, future: false });
  });

  it('reads yesterday, today and days ago', () => {
    expect(only('A shell fell on the school yesterday.', '2022-03-10').range.start).toBe('2022-03-09');
    expect(only('The crossing reopened today.', '2022-03-10').range.start).toBe('2022-03-10');
    expect(only('Two soldiers died three days ago.', '2022-03-10')).toMatchObject({ range: { start: '2022-03-07', precision: 'day' }, relative: true });
  });

  it('reads tomorrow as the day after publication, in the future', () => {
    expect(only('The envoys fly home tomorrow.', '2022-03-10')).toMatchObject({ range: { start: '2022-03-11' }, relative: true, future: true });
  });

  it('reads last week as the previous Monday to Sunday', () => {
    expect(only('Skirmishes were reported last week.', '2022-03-10')).toMatchObject({ range: { start: '2022-02-28', end: '2022-03-06', precision: 'days' }, relative: true });
  });

  it('reads last year and this month', () => {
    expect(rows('Exports fell sharply last year.', '2022-03-10')).toEqual([['last year', '2021-01-01', '2021-12-31', 'year']]);
    expect(rows('Three villages were evacuated this month.', '2022-03-10')).toEqual([['this month', '2022-03-01', '2022-03-31', 'month']]);
  });

  it('gives a month-day without a year the publication year when that is not later', () => {
    expect(only('The checkpoint was closed on March 2.', '2022-03-10')).toMatchObject({ range: { start: '2022-03-02' }, relative: true });
    expect(only('Talks collapsed on December 1.', '2022-12-06').range.start).toBe('2022-12-01');
  });

  it('moves a month-day without a year back a year when it would follow publication', () => {
    expect(only('The checkpoint was closed on March 20.', '2022-03-10')).toMatchObject({ range: { start: '2021-03-20' }, future: false });
  });

  it('keeps a month-day after publication when it is planned', () => {
    expect(only('A donor conference is scheduled for March 20.', '2022-03-10')).toMatchObject({ range: { start: '2022-03-20' }, future: true });
  });

  it('reads a month named as a label', () => {
    expect(rows('Both sides still argue about the August raids.', '2019-10-01')).toEqual([['August', '2019-08-01', '2019-08-31', 'month']]);
  });

  it('leaves out words that count from another date of the story', () => {
    expect(findDates('The raid came a week after talks, and the next day the town fell.', '2022-03-10')).toEqual([]);
  });
});

describe('ranges', () => {
  it('reads a span of days in one month, with or without the year', () => {
    expect(rows('Heavy fighting lasted from May 3-6, 2015.', '2016-01-01')).toEqual([['May 3-6, 2015', '2015-05-03', '2015-05-06', 'days']]);
    expect(rows('Drills were held on June 8 – 11 near the lake.', '2021-07-01')).toEqual([['June 8 – 11', '2021-06-08', '2021-06-11', 'days']]);
    expect(rows('Drills were held 8–11 June 2021 near the lake.', '2021-07-01')).toEqual([['8–11 June 2021', '2021-06-08', '2021-06-11', 'days']]);
  });

  it('reads a span of days across months', () => {
    expect(rows('Aid convoys ran between June 25 – July 9.', '2021-08-01')).toEqual([['June 25 – July 9', '2021-06-25', '2021-07-09', 'days']]);
    expect(rows('The curfew lasted from June 25 to July 9.', '2021-08-01')).toEqual([['June 25 to July 9', '2021-06-25', '2021-07-09', 'days']]);
  });

  it('joins two days with "and" only when they are a span', () => {
    expect(rows('Sirens sounded between June 3 and 9.', '2021-08-01')).toEqual([['June 3 and 9', '2021-06-03', '2021-06-09', 'days']]);
    expect(rows('Votes were held on 3 and 4 June.', '2021-08-01')).toEqual([['3 and 4 June', '2021-06-03', '2021-06-04', 'days']]);
  });

  it('reads a span of years', () => {
    expect(rows('The blockade of 2001-2003 ruined the valley.', '2010-01-01')).toEqual([['2001-2003', '2001-01-01', '2003-12-31', 'years']]);
    expect(rows('The blockade of 2001–2003 ruined the valley.', '2010-01-01')[0][3]).toBe('years');
    expect(rows('Output grew between 2004 and 2007.', '2010-01-01')).toEqual([['2004 and 2007', '2004-01-01', '2007-12-31', 'years']]);
    expect(rows('Output grew in 2004 and 2007.', '2010-01-01')).toHaveLength(2);
  });

  it('reads a span of months', () => {
    expect(rows('Grain was shipped in August and September of 2019.', '2020-01-01')).toEqual([['August and September of 2019', '2019-08-01', '2019-09-30', 'months']]);
  });
});

describe('times of day', () => {
  it('keeps the day of a date with a time', () => {
    expect(rows('The first blast came at 3 AM on 9 May 2018.', '2018-06-01')).toEqual([['9 May 2018', '2018-05-09', '2018-05-09', 'day']]);
    expect(rows('Guns opened up in the late evening of November 2, 2017.', '2018-01-01')).toEqual([['November 2, 2017', '2017-11-02', '2017-11-02', 'day']]);
  });

  it('finds no date in a bare time', () => {
    expect(findDates('The sirens began at about 5 AM.', '2018-01-01')).toEqual([]);
  });
});

describe('coarse periods', () => {
  it.each([
    ['The port was mined in late 2014.', 'late 2014', '2014-09-01', '2014-12-31', 'months'],
    ['Talks stalled in early 2016.', 'early 2016', '2016-01-01', '2016-04-30', 'months'],
    ['The cabinet fell in mid-2013.', 'mid-2013', '2013-05-01', '2013-08-31', 'months'],
    ['A ceasefire was agreed in mid-June.', 'mid-June', '2016-06-11', '2016-06-20', 'days'],
    ['A ceasefire was agreed in late April.', 'late April', '2016-04-21', '2016-04-30', 'days'],
    ['The militia grew since the mid-1970s.', 'mid-1970s', '1974-01-01', '1976-12-31', 'years'],
    ['Refugees arrived in the early 1960s.', 'early 1960s', '1960-01-01', '1963-12-31', 'years'],
    ['The pact dates from the late 1950s.', 'late 1950s', '1957-01-01', '1959-12-31', 'years'],
    ['The pact dates from the end of the 1950s.', 'end of the 1950s', '1957-01-01', '1959-12-31', 'years'],
    ['Unrest marked the 1980s.', '1980s', '1980-01-01', '1989-12-31', 'years'],
    ['Raids multiplied in the last three years.', 'last three years', '2013-01-01', '2016-12-31', 'years'],
  ])('%j', (sentence, text, start, end, precision) => {
    expect(rows(sentence, '2016-07-01')).toEqual([[text, start, end, precision]]);
  });
});

describe('the future', () => {
  it.each([
    ['A vote on the charter will take place in 2031.', '2031'],
    ['The pipeline is planned for 2030.', '2030'],
    ['Demining is scheduled for April 2029.', 'April 2029'],
    ['The troops should leave by 2032.', '2032'],
    ['The dam is expected to open in 2030.', '2030'],
    ['The line opens next year.', 'next year'],
  ])('marks %j', (sentence, text) => {
    expect(only(sentence, '2028-05-01')).toMatchObject({ text, future: true });
  });

  it('drops a year after publication the clause does not speak of as future', () => {
    expect(findDates('The treaty of 2031 ended the feud.', '2028-05-01')).toEqual([]);
  });

  it('does not mark a past date future because the clause looks ahead elsewhere', () => {
    expect(only('In 2027 the council said it will appeal.', '2028-05-01').future).toBe(false);
  });
});

describe('traps', () => {
  it.each([
    'Some 150,000 troops took part.',
    'Reserves stood at $61.27 billion.',
    'Turnout fell by 12.8% overall.',
    'A 76-year-old shepherd was wounded.',
    'Leaders met at the 21st annual summit.',
    'They invoked Article 4 of the treaty.',
    'The council passed Resolution 853 that week.',
    'A 3+3 format was floated, then a 2+2 one.',
    'This may be the last chance, and they may march on the capital.',
    'Observers began the Zapad-2021 manoeuvres on schedule.',
    'Payments are due on the 13th.',
    'The army moved 2000 soldiers to the border.',
    'The Sept figures were not published.',
  ])('finds no date in %j', (sentence) => {
    expect(findDates(sentence, '2024-06-01')).toEqual([]);
  });
});

it('returns dates sorted and apart', () => {
  const found = findDates('After the 1999 accord, fighting resumed in March 2004 and again on 2 May 2004.', '2005-01-01');
  expect(found.map((d) => d.text)).toEqual(['1999', 'March 2004', '2 May 2004']);
  for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
});

it('rejects a publication day that is not ISO', () => {
  expect(() => findDates('It happened in 2010.', '12/05/2020')).toThrow(/YYYY-MM-DD/);
});

describe('more periods', () => {
  it.each([
    ['Crops failed in the summer of 2017.', 'summer of 2017', '2017-06-01', '2017-08-31', 'months'],
    ['Tariffs doubled in the first half of 2018.', 'first half of 2018', '2018-01-01', '2018-06-30', 'months'],
    ['Rail traffic halted in May of this year.', 'May of this year', '2019-05-01', '2019-05-31', 'month'],
    ['The well ran dry in the first week of March.', 'first week of March', '2019-03-01', '2019-03-07', 'days'],
    ['No shots were fired in the past 48 hours.', 'past 48 hours', '2019-05-13', '2019-05-15', 'days'],
    ['The road was paved two decades ago.', 'two decades ago', '1999-01-01', '1999-12-31', 'year'],
    ['Fuel ran short from May 2017 to February 2018.', 'May 2017 to February 2018', '2017-05-01', '2018-02-28', 'months'],
  ])('%j', (sentence, text, start, end, precision) => {
    expect(rows(sentence, '2019-05-15')).toEqual([[text, start, end, precision]]);
  });

  it('runs a span without a year across the new year', () => {
    expect(rows('Snow closed the pass from December 28 to January 4.', '2019-05-15')).toEqual([['December 28 to January 4', '2018-12-28', '2019-01-04', 'days']]);
  });

  it('moves a 29 February back to a year that has none', () => {
    expect(rows('Talks failed on February 29.', '2020-02-10')).toEqual([['February 29', '2019-02-28', '2019-02-28', 'day']]);
  });

  it('marks the coming months as future', () => {
    expect(only('Much depends on the coming months.', '2019-05-15')).toMatchObject({ future: true, range: { start: '2019-05-01' } });
  });

  it('takes the year a month label points to later in the phrase', () => {
    expect(rows('Losses since the October offensive in 2016 were high.', '2019-05-15')).toEqual([
      ['October', '2016-10-01', '2016-10-31', 'month'],
      ['2016', '2016-01-01', '2016-12-31', 'year'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { dateRangeOf, eventDateOf, geoPrecisionOf, locationPrecisionOf, parseAcledDate, timePrecisionOf, type TimePrecision } from './precision.js';
import { interactionOf, interCodeOf } from './inter-codes.js';

const clash = { event_type: 'Battles', sub_event_type: 'Armed clash', extension: false };

describe('ACLED dates', () => {
  it('reads ISO dates and the "12 July 2020" form, and nothing else', () => {
    expect(parseAcledDate('2020-07-12')).toBe('2020-07-12');
    expect(parseAcledDate('12 July 2020')).toBe('2020-07-12');
    expect(parseAcledDate('12-July-2020')).toBe('2020-07-12');
    expect(parseAcledDate('1 Feb 2024')).toBe('2024-02-01');
    for (const bad of ['2020-02-30', '31 June 2020', '12 Juli 2020', '12/07/2020', '', 'yesterday']) expect(parseAcledDate(bad), bad).toBeUndefined();
  });

  it('codes a range to its middle, with the precision of its length', () => {
    expect([eventDateOf({ start: '2020-07-12', end: '2020-07-15', precision: 'days' }), timePrecisionOf({ start: '2020-07-12', end: '2020-07-15', precision: 'days' })]).toEqual(['2020-07-13', 2]);
    expect(timePrecisionOf({ start: '2020-07-12', end: '2020-07-12', precision: 'day' })).toBe(1);
    expect(timePrecisionOf({ start: '2020-07-01', end: '2020-07-20', precision: 'days' })).toBe(3);
    expect(eventDateOf({ start: '2020-07-01', end: '2020-07-31', precision: 'month' })).toBe('2020-07-16');
    expect(timePrecisionOf({ start: '1992-01-01', end: '1994-12-31', precision: 'years' })).toBe(3);
  });

  it('reads every date and precision back into a range that writes them again', () => {
    for (let day = Date.UTC(2019, 11, 20); day < Date.UTC(2021, 2, 10); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const precision of [1, 2, 3] as TimePrecision[]) {
        const range = dateRangeOf(date, precision);
        expect([eventDateOf(range), timePrecisionOf(range)], `${date} ${precision}`).toEqual([date, precision]);
      }
    }
    expect(dateRangeOf('2020-07-16', 3)).toEqual({ start: '2020-07-01', end: '2020-07-31', precision: 'month' });
  });
});

describe('ACLED codes', () => {
  it('maps location precision both ways', () => {
    expect(['exact', 'near', 'district', 'province', 'region', 'country'].map((p) => geoPrecisionOf(p as never))).toEqual([1, 2, 2, 3, 3, 3]);
    for (const geo of [1, 2, 3] as const) expect(geoPrecisionOf(locationPrecisionOf(geo))).toBe(geo);
  });

  it("codes a state's forces as State forces at home and External forces abroad", () => {
    const armenianArmy = { kind: 'armed_force' as const, side: 'AM', country: 'AM' };
    expect(interCodeOf(armenianArmy, { country: 'AM', type: clash })).toBe(1);
    expect(interCodeOf(armenianArmy, { country: 'AZ', type: clash })).toBe(8);
    expect(interCodeOf({ kind: 'official', side: 'third', country: 'EU' }, { country: 'AM', type: clash })).toBe(8);
    expect(interCodeOf({ kind: 'group', side: 'AM', country: 'AM' }, { country: 'AM', type: { event_type: 'Protests', sub_event_type: 'Peaceful protest', extension: false } })).toBe(6);
    expect(interCodeOf({ kind: 'person', side: 'AM', country: 'AM' }, { country: 'AM', type: clash })).toBe(7);
    expect([interactionOf(8, 1), interactionOf(1, 0), interactionOf(3, 3)]).toEqual([18, 10, 33]);
  });
});

import { describe, expect, it } from 'vitest';
import type { GoldIncident } from './gold-types.js';
import { placeIndex } from './place-index.js';
import { dateAffinity, overall, rate, scoreDocument, type PredictedIncident } from './score.js';

const places = placeIndex([
  { id: 'armenia', name: 'Armenia', names: {}, aliases: [] },
  { id: 'syunik-province', name: 'Syunik', names: {}, aliases: ['Zangezur'], parent_id: 'armenia' },
  { id: 'nerkin-hand', name: 'Nerkin Hand', names: {}, aliases: [], parent_id: 'syunik-province' },
  { id: 'azerbaijan', name: 'Azerbaijan', names: {}, aliases: [] },
  { id: 'ganja', name: 'Ganja', names: {}, aliases: ['Gəncə'], parent_id: 'azerbaijan' },
  { id: 'tovuz-district', name: 'Tovuz', names: {}, aliases: [], parent_id: 'azerbaijan' },
]);

function gold(over: Partial<GoldIncident> & { id: string }): GoldIncident {
  return { date: { start: '2024-02-13', end: '2024-02-13', precision: 'day' }, places: [], casualties: [], claimant_sides: [], type: 'Armed clash', ...over };
}

function predicted(over: Partial<PredictedIncident> = {}): PredictedIncident {
  return { background: false, type: { sub_event_type: 'Armed clash' }, date: { start: '2024-02-13', end: '2024-02-13', precision: 'day' }, places: [], casualties: [], claims: [], ...over };
}

const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });
const place = (id: string, name = id) => ({ id, name });
const row = (outcome: string, side: string, low: number, high: number) => ({ outcome, side, low, high });
const claimant = (country: string) => ({ claimant: { country } });

describe('dateAffinity', () => {
  it('is the overlap over the union for overlapping ranges', () => {
    expect(dateAffinity(day('2020-07-12'), day('2020-07-12'))).toBe(1);
    expect(dateAffinity({ start: '2020-07-12', end: '2020-07-15', precision: 'days' }, day('2020-07-12'))).toBe(0.25);
  });
  it('lets ranges a month apart meet only when one is known to the month or year', () => {
    expect(dateAffinity({ start: '2020-05-01', end: '2020-05-31', precision: 'month' }, day('2020-06-20'))).toBe(0);
    expect(dateAffinity({ start: '2020-05-01', end: '2020-05-31', precision: 'month' }, day('2020-07-20'))).toBeNull();
    expect(dateAffinity(day('2020-07-12'), day('2020-07-13'))).toBeNull();
  });
});

describe('scoreDocument', () => {
  it('matches one to one and counts recall and precision, leaving background incidents out', () => {
    const g = [gold({ id: 'a' }), gold({ id: 'b', date: day('2024-02-12') })];
    const p = [predicted(), predicted(), predicted({ background: true, date: day('2024-02-12') })];
    const s = scoreDocument('doc', g, p, places);
    expect(s.incident_recall).toEqual({ hit: 1, of: 2 });
    expect(s.incident_precision).toEqual({ hit: 1, of: 2 });
    expect(s.missed).toEqual(['b']);
    expect(s.spurious).toEqual([1]);
  });

  it('prefers the pair with the closer date, then shared places, then the same type', () => {
    const g = [
      gold({ id: 'strike', type: 'Shelling/artillery/missile attack', places: ['ganja'], date: day('2020-10-11') }),
      gold({ id: 'truce', type: 'Agreement', date: day('2020-10-10') }),
    ];
    const p = [
      predicted({ type: { sub_event_type: 'Agreement' }, date: day('2020-10-10') }),
      predicted({ type: { sub_event_type: 'Shelling/artillery/missile attack' }, date: day('2020-10-11'), places: [place('ganja', 'Ganja')] }),
    ];
    const s = scoreDocument('doc', g, p, places);
    expect(s.matches.map((m) => [m.gold, m.predicted])).toEqual([
      ['strike', 1],
      ['truce', 0],
    ]);
    expect(s.type).toEqual({ hit: 2, of: 2 });
  });

  it('matches unrelated places only on overlapping dates, and prefers a related place', () => {
    const sameDay = scoreDocument('doc', [gold({ id: 'a', places: ['nerkin-hand'] })], [predicted({ places: [place('ganja')] }), predicted({ places: [place('syunik-province')] })], places);
    expect(sameDay.matches.map((m) => [m.predicted, m.place])).toEqual([[1, false]]);
    const wrongPlace = scoreDocument('doc', [gold({ id: 'a', places: ['nerkin-hand'] })], [predicted({ places: [place('ganja')] })], places);
    expect(wrongPlace.place).toEqual({ hit: 0, of: 1 });
    const month = { start: '2020-05-01', end: '2020-05-31', precision: 'month' as const };
    const apart = scoreDocument('doc', [gold({ id: 'a', date: month, places: ['nerkin-hand'] })], [predicted({ date: day('2020-06-10'), places: [place('ganja')] })], places);
    expect(apart.matches).toEqual([]);
    const near = scoreDocument('doc', [gold({ id: 'a', date: month, places: ['nerkin-hand'] })], [predicted({ date: day('2020-06-10'), places: [place('armenia')] })], places);
    expect(near.matches).toHaveLength(1);
  });

  it('counts a date as exact only when both ends equal the gold', () => {
    const g = [gold({ id: 'month', date: { start: '2019-08-01', end: '2019-08-31', precision: 'month' } }), gold({ id: 'day', date: day('2024-02-13') })];
    const p = [predicted({ date: day('2019-08-05') }), predicted()];
    expect(scoreDocument('doc', g, p, places).exact_date).toEqual({ hit: 1, of: 2 });
  });

  it('accepts a predicted place inside the gold place, resolved by id or by name', () => {
    const g = [gold({ id: 'inside', places: ['syunik-province'] }), gold({ id: 'by-name', places: ['ganja'], date: day('2020-10-11') })];
    const p = [predicted({ places: [place('nerkin-hand')] }), predicted({ date: day('2020-10-11'), places: [place('gyandzha-unknown-id', 'Gəncə')] })];
    expect(scoreDocument('doc', g, p, places).place).toEqual({ hit: 2, of: 2 });
  });

  it('needs every gold place, and a broader predicted place is not enough', () => {
    const g = [gold({ id: 'a', places: ['nerkin-hand'] }), gold({ id: 'b', places: ['tovuz-district', 'nerkin-hand'], date: day('2020-07-12') })];
    const p = [predicted({ places: [place('armenia')] }), predicted({ date: day('2020-07-12'), places: [place('tovuz-district')] })];
    const s = scoreDocument('doc', g, p, places);
    expect(s.matches).toHaveLength(2);
    expect(s.place).toEqual({ hit: 0, of: 2 });
  });

  it('leaves incidents without gold places out of the place count', () => {
    expect(scoreDocument('doc', [gold({ id: 'a' })], [predicted({ places: [place('ganja')] })], places).place).toEqual({ hit: 0, of: 0 });
  });

  it('finds a gold figure in a row of the same outcome and side whose range holds it', () => {
    const g = [
      gold({
        id: 'a',
        casualties: [
          { outcome: 'killed', side: 'AM', value: 4 },
          { outcome: 'wounded', side: 'AM', value: 1 },
          { outcome: 'killed', side: 'unknown', value: 201 },
        ],
      }),
    ];
    const p = [predicted({ casualties: [row('killed', 'AM', 4, 4), row('wounded', 'AZ', 1, 1), row('killed', 'unknown', 200, 200)] })];
    expect(scoreDocument('doc', g, p, places).casualty).toEqual({ hit: 1, of: 3 });
  });

  it('counts figures only over matched incidents', () => {
    const g = [gold({ id: 'a', casualties: [{ outcome: 'killed', side: 'AZ', value: 10 }] }), gold({ id: 'b', date: day('2020-01-01'), casualties: [{ outcome: 'killed', side: 'AZ', value: 1 }] })];
    const p = [predicted({ casualties: [row('killed', 'AZ', 10, 12)] })];
    expect(scoreDocument('doc', g, p, places).casualty).toEqual({ hit: 1, of: 1 });
  });

  it('needs every gold claimant side among the predicted claimants, over incidents that have some', () => {
    const g = [gold({ id: 'both', claimant_sides: ['AM', 'AZ'] }), gold({ id: 'one', claimant_sides: ['EU'], date: day('2024-02-14') }), gold({ id: 'none', date: day('2024-02-07') })];
    const p = [
      predicted({ claims: [claimant('AZ'), claimant('unknown')] }),
      predicted({ date: day('2024-02-14'), claims: [claimant('EU'), claimant('AZ')] }),
      predicted({ date: day('2024-02-07') }),
    ];
    expect(scoreDocument('doc', g, p, places).claimant_side).toEqual({ hit: 1, of: 2 });
  });
});

describe('overall and rate', () => {
  it('adds the documents up and rounds', () => {
    const a = scoreDocument('a', [gold({ id: 'x' })], [predicted()], places);
    const b = scoreDocument('b', [gold({ id: 'y' }), gold({ id: 'z', date: day('2000-01-01') })], [], places);
    const total = overall([a, b]);
    expect(total.incident_recall).toEqual({ hit: 1, of: 3 });
    expect(total.incident_precision).toEqual({ hit: 1, of: 1 });
    expect(rate(total.incident_recall)).toBe(0.333);
    expect(rate({ hit: 0, of: 0 })).toBeNull();
  });
});

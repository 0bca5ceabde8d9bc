import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Incident, Place } from '../../domain/index.js';
import { Catalog } from '../../export/catalog.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import { datePrecOf, dateRangeOf, isoDayOf } from './ged-precision.js';
import { priogridOf } from './ged-location.js';
import { inGedScope } from './ged-scope.js';
import { stableId } from './stable-id.js';
import { ucdpFormat } from './ucdp-format.js';

describe('GED columns', () => {
  it('are GED 23.1/24.1 columns, in its order', () => {
    expect(ucdpFormat.columns).toEqual([
      'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence',
      'conflict_dset_id', 'conflict_new_id', 'conflict_name', 'dyad_dset_id', 'dyad_new_id', 'dyad_name',
      'side_a_dset_id', 'side_a_new_id', 'side_a', 'side_b_dset_id', 'side_b_new_id', 'side_b',
      'number_of_sources', 'source_article', 'source_office', 'source_date', 'source_headline', 'source_original',
      'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2', 'latitude', 'longitude', 'geom_wkt',
      'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity', 'date_prec', 'date_start', 'date_end',
      'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low', 'gwnoa', 'gwnob',
    ]);
    expect(ucdpFormat.idColumn).toBe('id');
    expect(ucdpFormat.incidentId('244657')).toBe('ucdp-244657');
    for (const c of ucdpFormat.required) expect(ucdpFormat.columns).toContain(c);
  });
});

describe('date_prec and dates', () => {
  const prec = (start: string, end: string) => datePrecOf({ start, end });
  it('follows the codebook: day, 2-6 days, the week, 8-30 days or the month, longer', () => {
    expect(prec('2020-07-12', '2020-07-12')).toBe(1);
    expect(prec('2020-07-12', '2020-07-15')).toBe(2);
    expect(prec('2020-07-12', '2020-07-17')).toBe(2);
    expect(prec('2020-07-12', '2020-07-18')).toBe(3);
    expect(prec('2020-07-12', '2020-08-10')).toBe(4);
    expect(prec('2020-07-01', '2020-07-31')).toBe(4);
    expect(prec('2020-07-05', '2020-08-04')).toBe(5);
    expect(prec('2020-01-01', '2020-12-31')).toBe(5);
  });

  it('reads GED date cells, with or without a time', () => {
    expect(isoDayOf('2020-07-12')).toBe('2020-07-12');
    expect(isoDayOf('2020-07-12 00:00:00.000')).toBe('2020-07-12');
    expect(isoDayOf('2020-02-30')).toBeUndefined();
    expect(isoDayOf('12 July 2020')).toBeUndefined();
  });

  it('rebuilds a range whose date_prec is the row’s', () => {
    for (const [start, end, precision] of [
      ['2020-07-12', '2020-07-12', 'day'],
      ['2020-07-12', '2020-07-15', 'days'],
      ['2020-07-01', '2020-07-31', 'month'],
      ['2018-09-01', '2018-12-31', 'months'],
      ['2019-01-01', '2019-12-31', 'year'],
      ['2021-01-01', '2023-12-31', 'years'],
    ] as const) {
      const range = dateRangeOf(start, end);
      expect(range.precision).toBe(precision);
      expect(datePrecOf(range)).toBe(prec(start, end));
    }
  });
});

describe('ids and grid cells', () => {
  it('makes the same whole number from the same id, in 1e9..2e9', () => {
    expect(stableId('2020-07-12-tovuz-tavush-clashes')).toBe(stableId('2020-07-12-tovuz-tavush-clashes'));
    expect(stableId('a')).not.toBe(stableId('b'));
    for (const id of ['a', 'b', '2020-07-12-tovuz-tavush-clashes']) {
      expect(Number.isInteger(stableId(id))).toBe(true);
      expect(stableId(id)).toBeGreaterThanOrEqual(1e9);
      expect(stableId(id)).toBeLessThan(2e9);
    }
  });

  it('numbers PRIO-GRID cells from the south-west corner', () => {
    expect(priogridOf(-89.9, -179.9)).toBe(1);
    expect(priogridOf(-89.9, 179.9)).toBe(720);
    expect(priogridOf(-89.4, -179.9)).toBe(721);
    expect(priogridOf(40.95, 45.65)).toBe(261 * 720 + 451 + 1);
  });
});

describe('exporting the built-in record', () => {
  let rows: Map<string, Record<string, string | number>>;
  let incidents: Incident[];

  beforeAll(async () => {
    const store = await SqliteStore.open(':memory:');
    await store.replaceRecord(loadRecordDir());
    const catalog = await Catalog.load(store);
    incidents = (await store.listIncidents({ limit: 1000 })).items;
    rows = new Map(incidents.map((i) => [i.id, ucdpFormat.toRow(i, { catalog })]));
    await store.close();
  }, 120_000);

  it('writes every column of every incident, with where_prec 1-7, date_prec 1-5, type_of_violence 1-3', () => {
    expect(rows.size).toBeGreaterThan(100);
    for (const [id, row] of rows) {
      expect(Object.keys(row), id).toEqual([...ucdpFormat.columns]);
      expect([1, 2, 3, 4, 5, 6, 7], id).toContain(row.where_prec);
      expect([1, 2, 3, 4, 5], id).toContain(row.date_prec);
      expect([1, 2, 3], id).toContain(row.type_of_violence);
      expect(row.best as number, id).toBe((row.deaths_a as number) + (row.deaths_b as number) + (row.deaths_civilians as number) + (row.deaths_unknown as number));
      expect(row.low as number, id).toBeLessThanOrEqual(row.best as number);
      expect(row.high as number, id).toBeGreaterThanOrEqual(row.best as number);
      expect(row.relid).toBe(id);
    }
  });

  it('gives every incident its own stable GED id', () => {
    const ids = [...rows.values()].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows.get('2020-07-12-tovuz-tavush-clashes')!.id).toBe(stableId('2020-07-12-tovuz-tavush-clashes'));
  });

  it('writes the July 2020 Tovuz-Tavush clashes as GED would', () => {
    expect(rows.get('2020-07-12-tovuz-tavush-clashes')).toMatchObject({
      year: 2020,
      code_status: 'Clear',
      type_of_violence: 1,
      conflict_name: 'Armenia - Azerbaijan',
      dyad_name: 'Government of Armenia - Government of Azerbaijan',
      side_a: 'Government of Armenia',
      side_b: 'Government of Azerbaijan',
      gwnoa: 371,
      gwnob: 373,
      // Three places: a border event, coded at the first of them.
      where_prec: 5,
      where_coordinates: 'Tovuz District',
      where_description: 'Tovuz District; Tavush Province; Armenia–Azerbaijan state border',
      adm_1: 'Gazakh-Tovuz Economic Region',
      adm_2: 'Tovuz District',
      latitude: 40.95,
      longitude: 45.65,
      geom_wkt: 'POINT (45.65 40.95)',
      country: 'Azerbaijan',
      country_id: 373,
      region: 'Europe',
      event_clarity: 2,
      date_prec: 2,
      date_start: '2020-07-12',
      date_end: '2020-07-15',
      // An Azerbaijani soldier (side_b), an Azerbaijani civilian, 20 soldiers of a side the sources do not tell.
      deaths_a: 0,
      deaths_b: 1,
      deaths_civilians: 1,
      deaths_unknown: 20,
      best: 22,
      low: 2,
      high: 22,
      number_of_sources: 2,
    });
    const row = rows.get('2020-07-12-tovuz-tavush-clashes')!;
    expect(String(row.source_office).split(';')).toHaveLength(2);
    expect(String(row.source_original)).toContain('Hikmet Hajiyev');
  });

  it('takes side_b from the dead when the actors name one side (Ganja, October 2020)', () => {
    expect(rows.get('2020-10-11-ganja-missile-strike')).toMatchObject({
      type_of_violence: 1,
      side_a: 'Government of Armenia',
      side_b: 'Government of Azerbaijan',
      where_prec: 1,
      where_coordinates: 'Ganja',
      date_prec: 1,
      deaths_civilians: 10,
      best: 10,
      event_clarity: 1,
    });
  });

  it('keeps low, best and high apart (the April 2016 war)', () => {
    expect(rows.get('2016-04-02-four-day-war')).toMatchObject({ deaths_unknown: 100, best: 100, low: 100, high: 999, date_prec: 2, where_prec: 5 });
  });

  it('codes an incident known only to the country at the country (where_prec 6)', () => {
    expect(rows.get('2022-09-azerbaijani-offensive-inside-armenia')).toMatchObject({ where_prec: 6, country: 'Armenia', country_id: 371, where_coordinates: 'Armenia' });
    expect(rows.get('1989-armenia-karabakh-unification-act')).toMatchObject({ where_prec: 6, country: 'Armenia', date_prec: 5, year: 1989 });
  });

  it('tells which incidents GED itself would hold', () => {
    const inScope = incidents.filter(inGedScope).map((i) => i.id);
    expect(inScope).toContain('2020-07-12-tovuz-tavush-clashes');
    expect(inScope).not.toContain('2018-velvet-revolution');
  });
});

describe('exporting incidents of other kinds', () => {
  const state = (id: string, name: string, country: string): Actor => ({ id, name, kind: 'state', side: country, country, aliases: [], demonyms: [], roles: [] });
  const group = (id: string, name: string): Actor => ({ id, name, kind: 'group', side: 'unknown', country: 'unknown', aliases: [], demonyms: [], roles: [] });
  const town: Place = { id: 'town', name: '=Town', names: {}, aliases: [], level: 'settlement', country: 'AZ', lat: 40.5, lon: -45.25 };
  const catalog = Catalog.of([town], [state('az', 'Azerbaijan', 'AZ'), group('g1', 'Group One'), group('g2', 'Group Two')], [], []);
  const base: Incident = {
    id: 'synthetic',
    title: 'Synthetic',
    summary: '',
    type: { event_type: 'Violence against civilians', sub_event_type: 'Attack', extension: false },
    date: { start: '2021-03-01', end: '2021-03-01', precision: 'day' },
    places: [{ place_id: 'town', precision: 'near' }],
    actor_ids: ['az'],
    tags: [],
    status: 'accepted',
    origin: 'record',
    claims: [],
    casualties: [{ outcome: 'killed', group: 'civilian', side: 'AZ', low: 2, best: 3, high: 4, conservative: 2, claim_ids: [] }],
    responsibility: { status: 'unknown', accounts: [] },
    sides: [],
  };

  it('writes violence against civilians as one-sided, against "civilians"', () => {
    expect(ucdpFormat.toRow(base, { catalog })).toMatchObject({
      type_of_violence: 3,
      side_a: 'Government of Azerbaijan',
      side_b: 'civilians',
      dyad_name: 'Government of Azerbaijan - civilians',
      conflict_name: 'Government of Azerbaijan - civilians',
      where_prec: 2,
      deaths_civilians: 3,
      low: 2,
      high: 4,
      gwnob: '',
    });
  });

  it('writes fighting between groups with no government as non-state', () => {
    const row = ucdpFormat.toRow({ ...base, type: { event_type: 'Battles', sub_event_type: 'Armed clash', extension: false }, actor_ids: ['g1', 'g2'] }, { catalog });
    expect(row).toMatchObject({ type_of_violence: 2, side_a: 'Group One', side_b: 'Group Two', conflict_name: 'Group One - Group Two', gwnoa: '' });
  });

  it('makes text cells spreadsheet-safe and leaves negative numbers alone', () => {
    const row = ucdpFormat.toRow(base, { catalog });
    expect(row.where_coordinates).toBe("'=Town");
    expect(row.longitude).toBe(-45.25);
    expect(row.geom_wkt).toBe('POINT (-45.25 40.5)');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../domain/index.js';
import { Catalog } from '../../export/catalog.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import type { Store } from '../../storage/store.js';
import { acledFormat } from './acled-format.js';
import { listAllIncidents } from '../../export/collect-record.js';

let store: Store;
let catalog: Catalog;
let incidents: Incident[];
const rowOf = (id: string) => acledFormat.toRow(incidents.find((i) => i.id === id)!, { catalog });

beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  await store.replaceRecord(loadRecordDir());
  catalog = await Catalog.load(store);
  incidents = await listAllIncidents(store);
}, 60_000);

describe('acledFormat columns', () => {
  it("has ACLED's 31 columns in ACLED's order", () => {
    expect(acledFormat.columns).toEqual(
      'event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities tags timestamp'.split(' '),
    );
    expect(acledFormat.required).toContain('event_id_cnty');
    expect(acledFormat.idColumn).toBe('event_id_cnty');
  });
});

describe('acledFormat.toRow over the built-in record', () => {
  it('writes every column of every incident, with codes inside ACLED ranges', () => {
    expect(incidents.length).toBeGreaterThan(50);
    const ids = new Set<string | number>();
    for (const incident of incidents) {
      const row = acledFormat.toRow(incident, { catalog });
      const at = `${incident.id}: `;
      expect(Object.keys(row), at).toEqual([...acledFormat.columns]);
      ids.add(row.event_id_cnty);
      expect(row.event_date, at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.year, at).toBe(Number(String(row.event_date).slice(0, 4)));
      expect([1, 2, 3], at).toContain(row.time_precision);
      expect([1, 2, 3], at).toContain(row.geo_precision);
      expect(['Political violence', 'Demonstrations', 'Political violence; Demonstrations', 'Strategic developments'], at).toContain(row.disorder_type);
      expect(row.sub_event_type, at).not.toMatch(/Meeting|Statement|exercise|Arms transfer|Mission|Legal/);
      for (const [actor, inter] of [['actor1', 'inter1'], ['actor2', 'inter2']] as const) {
        if (row[actor]) expect([1, 2, 3, 4, 5, 6, 7, 8], at + inter).toContain(row[inter]);
        else expect(row[inter], at + inter).toBe(0);
      }
      if (row.actor1 || row.actor2) expect(String(row.interaction), at).toMatch(/^[1-8][0-8]$/);
      if (row.location) {
        expect(row.iso, at).toEqual(expect.any(Number));
        expect(row.country, at).not.toBe('');
        expect(row.region, at).not.toBe('');
        expect(String(row.latitude), at).toMatch(/^-?\d+(\.\d{1,4})?$/);
      }
      expect(row.source, at).not.toBe('');
      expect(row.fatalities, at).toEqual(expect.any(Number));
      expect(row.timestamp, at).toEqual(expect.any(Number));
      expect(row.notes, at).not.toBe('');
    }
    expect(ids.size).toBe(incidents.length);
  });

  it('maps the July 2020 Tovuz clashes by ACLED rules', () => {
    const row = rowOf('2020-07-12-tovuz-tavush-clashes');
    expect(row).toMatchObject({
      event_id_cnty: '2020-07-12-tovuz-tavush-clashes',
      // 12-15 July: the middle of four days, a span of days (2).
      event_date: '2020-07-13',
      year: 2020,
      time_precision: 2,
      disorder_type: 'Political violence',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      // Each side blames the other: the record's order stands. Armenia's army in Azerbaijan is an external force.
      actor1: 'Armed Forces of Armenia',
      inter1: 8,
      actor2: 'Armed Forces of Azerbaijan',
      inter2: 1,
      interaction: 18,
      assoc_actor_1: '',
      assoc_actor_2: '',
      civilian_targeting: '',
      // The most precise place, Tovuz District (Azerbaijan), and its admin1 above it.
      iso: 31,
      region: 'Caucasus and Central Asia',
      country: 'Azerbaijan',
      admin1: 'Gazakh-Tovuz Economic Region',
      admin2: 'Tovuz District',
      admin3: '',
      location: 'Tovuz District',
      latitude: 40.95,
      longitude: 45.65,
      geo_precision: 2,
      // 1 AZ civilian + at least 1 AZ soldier; "up to 20" sets no floor.
      fatalities: 2,
      tags: 'border; 2020-july-clashes',
    });
    expect(String(row.source).split('; ')).toHaveLength(new Set(String(row.source).split('; ')).size);
    expect(row.notes).toMatch(/^From 12 to 15 July 2020/);
    // The newest cited document's day, not the time of export.
    expect(Number(row.timestamp) % 86_400).toBe(0);
    expect(acledFormat.toRow(incidents.find((i) => i.id === '2020-07-12-tovuz-tavush-clashes')!, { catalog })).toEqual(row);
  });

  it('writes extensions as Strategic developments / Other, tagged with the Truce type', () => {
    const extension = incidents.find((i) => i.type.extension)!;
    const row = acledFormat.toRow(extension, { catalog });
    expect(row).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Other', disorder_type: 'Strategic developments' });
    expect(String(row.tags)).toContain(`truce type=${extension.type.sub_event_type}`);
  });

  it('codes dates to the middle of a month or longer with time precision 3', () => {
    const month = incidents.find((i) => i.date.precision === 'month')!;
    expect(rowOf(month.id)).toMatchObject({ time_precision: 3, event_date: `${month.date.start.slice(0, 7)}-${month.date.end.endsWith('-31') ? '16' : month.date.end.endsWith('-30') ? '15' : month.date.end.endsWith('-29') ? '15' : '14'}` });
    const day = incidents.find((i) => i.date.precision === 'day')!;
    expect(rowOf(day.id)).toMatchObject({ time_precision: 1, event_date: day.date.start });
  });

  it('makes text cells safe for spreadsheets', () => {
    const tovuz = incidents.find((i) => i.id === '2020-07-12-tovuz-tavush-clashes')!;
    const row = acledFormat.toRow({ ...tovuz, summary: '=HYPERLINK("x")', tags: ['-1'] }, { catalog });
    expect(row.notes).toBe(`'=HYPERLINK("x")`);
    expect(row.tags).toBe(`'-1`);
  });
});

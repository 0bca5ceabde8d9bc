import { stringify } from 'csv-stringify/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import { openPostgresForTest, POSTGRES_TEST_URL } from '../../../test/postgres-fixtures.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import type { Store } from '../../storage/store.js';
import { ACLED_COLUMNS } from '../acled/acled-columns.js';
import { acledFormat } from '../acled/acled-format.js';
import { ImportFileError } from './read-csv-rows.js';
import { runImport, type ImportSummary } from './run-import.js';
import { listAllIncidents } from '../../export/collect-record.js';

// The same file read on the importing thread and on a worker thread must give the same record.

const record = loadRecordDir();
const places = ['Agdam', 'Chinari', 'Goris', 'A village no record knows'];
const actors = ['Military Forces of Armenia (2018-)', 'Military Forces of Azerbaijan (2003-)', 'A militia no record knows'];

function row(n: number): string[] {
  const cells: Record<string, string> = {
    event_id_cnty: `AZE${n}`,
    event_date: `2020-07-${String(1 + (n % 28)).padStart(2, '0')}`,
    year: '2020',
    time_precision: String(1 + (n % 3)),
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: actors[n % actors.length],
    inter1: '1',
    actor2: actors[(n + 1) % actors.length],
    inter2: '1',
    interaction: '11',
    iso: '31',
    region: 'Caucasus and Central Asia',
    country: 'Azerbaijan',
    admin1: 'Tovuz',
    location: places[n % places.length],
    latitude: '40.9050',
    longitude: '45.5600',
    geo_precision: '1',
    source: 'APA',
    source_scale: 'National',
    notes: `Shelling near the village, report ${n}.`,
    fatalities: String(n % 5),
    tags: '',
    timestamp: '1594684800',
  };
  return ACLED_COLUMNS.map((c) => cells[c] ?? '');
}

async function importInto(file: string, options: { thread: boolean; plain?: boolean }): Promise<{ store: Store; summary: ImportSummary; again: ImportSummary }> {
  const sqlite = await SqliteStore.open(':memory:');
  await sqlite.replaceRecord(record);
  // `plain`: a store that takes incidents as objects only (as PostgreSQL's does).
  const plain = new Proxy(sqlite, {
    get: (target, key) => {
      const value = Reflect.get(target, key, target);
      return key === 'saveEncodedImportBatch' ? undefined : typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const store: Store = options.plain ? plain : sqlite;
  const summary = await runImport(store, acledFormat, file, { thread: options.thread });
  const again = await runImport(store, acledFormat, file, { thread: options.thread });
  return { store, summary, again };
}

let dir: string;
let file: string;

beforeAll(() => {
  dir = tempDir('truce-import-thread-');
  file = join(dir, 'acled.csv');
  const rows = Array.from({ length: 4500 }, (_, n) => stringify([row(n + 1)]));
  rows[100] = 'AZE0,2020-07-01\n'; // too few fields
  rows[2000] = stringify([row(5)]); // an id given earlier
  rows[3000] = rows[3000].replace('2020-07-', '2020-13-'); // no such date
  rows[4000] = rows[4000].replace('APA', 'A "quoted" APA'); // a quote in an unquoted field
  writeFileSync(file, stringify([[...ACLED_COLUMNS]]) + rows.join(''));
});

describe('runImport on a worker thread', () => {
  it('gives the same summary, incidents and search results as on the importing thread', async () => {
    const here = await importInto(file, { thread: false });
    for (const options of [{ thread: true }, { thread: true, plain: true }]) {
      const there = await importInto(file, options);
      expect(there.summary).toEqual(here.summary);
      expect(there.again).toEqual(here.again);
      expect(await listAllIncidents(there.store)).toEqual(await listAllIncidents(here.store));
      expect(await there.store.search('shelling village', 50)).toEqual(await here.store.search('shelling village', 50));
      expect(await there.store.incidentStats({ interval: 'month', by: 'side' })).toEqual(await here.store.incidentStats({ interval: 'month', by: 'side' }));
      expect(await there.store.listActors()).toEqual(await here.store.listActors());
      expect(await there.store.listPlaces()).toEqual(await here.store.listPlaces());
    }
    expect(here.summary).toMatchObject({ rows: 4500, imported: 4496, existing: 0, failed: 4 });
    expect(here.summary.problems.map((p) => p.line)).toEqual([102, 2002, 3002, 4002]);
    expect(here.again).toMatchObject({ imported: 0, existing: 4496, failed: 4 });
  }, 60_000);

  it.skipIf(!POSTGRES_TEST_URL)('gives the same record on PostgreSQL, read here or on the thread', async () => {
    const here = await importInto(file, { thread: false });
    for (const thread of [false, true]) {
      const store = await openPostgresForTest();
      try {
        await store.replaceRecord(record);
        expect(await runImport(store, acledFormat, file, { thread })).toEqual(here.summary);
        expect(await runImport(store, acledFormat, file, { thread })).toEqual(here.again);
        expect(await listAllIncidents(store)).toEqual(await listAllIncidents(here.store));
      } finally {
        await store.close();
      }
    }
  }, 120_000);

  it('refuses a file without the columns the format needs, as on the importing thread', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'event_id_cnty,notes\nAZE1,hello\n');
    const store = await SqliteStore.open(':memory:');
    await expect(runImport(store, acledFormat, bad, { thread: true })).rejects.toThrow(ImportFileError);
  });
});

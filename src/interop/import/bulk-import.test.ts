import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import { listAllIncidents } from '../../export/collect-record.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteImportWriter } from '../../storage/sqlite/sqlite-import-writer.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import { ACLED_COLUMNS } from '../acled/acled-columns.js';
import { acledTestRow } from './acled-test-row.js';
import { acledFormat } from '../acled/acled-format.js';
import { runImport } from './run-import.js';

// A large import into a small record drops the secondary indexes of incidents, claims and
// facets, and builds them once at the end (SqliteImportWriter.deferIndexes): the record and
// its indexes must come out as a row-by-row import leaves them, and a crash in between must
// leave the indexes to be built when the file is next opened.
const record = loadRecordDir();

function row(n: number): string[] {
  return acledTestRow(n, {
    time_precision: String(1 + (n % 3)),
    actor1: n % 2 ? 'Military Forces of Azerbaijan (2003-)' : 'Military Forces of Armenia (2018-)',
    region: 'Caucasus and Central Asia',
    source_scale: 'National',
    notes: `Shells hit the outskirts of the town, report ${n}.`,
    fatalities: String(n % 4),
    timestamp: '1610000000',
  });
}

/** The indexes of the tables an import fills, as SQLite holds them. */
function indexesOf(path: string): { name: string; sql: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('incidents', 'claims', 'incident_facets') ORDER BY name`).all() as { name: string; sql: string }[];
  } finally {
    db.close();
  }
}

let dir: string;
let file: string;

beforeAll(() => {
  dir = tempDir('truce-bulk-import-');
  file = join(dir, 'acled.csv');
  // More rows than one transaction takes (10,000), so the indexes are seen missing between two.
  writeFileSync(file, stringify([[...ACLED_COLUMNS], ...Array.from({ length: 12_500 }, (_, n) => row(n + 1))]));
});

/** A SQLite file in the test's folder holding the built-in record, closed. */
async function recordFile(name: string): Promise<string> {
  const path = join(dir, name);
  const store = await SqliteStore.open(path);
  await store.replaceRecord(record);
  await store.close();
  return path;
}

describe('a large import into SQLite', () => {
  it('builds the indexes once at the end, and leaves the record as a row-by-row import does', async () => {
    const path = await recordFile('bulk.db');
    const indexes = indexesOf(path);
    expect(indexes.map((i) => i.name)).toContain('incidents_by_date');

    const store = await SqliteStore.open(path);
    const during: string[][] = [];
    const summary = await runImport(store, acledFormat, file, {
      thread: true,
      // After the first transaction has committed, another connection sees the file as a crash would leave it.
      onProgress: ({ rows }) => {
        if (rows > 10_000 && !during.length) during.push(indexesOf(path).map((i) => i.name));
      },
    });
    expect(summary).toMatchObject({ rows: 12_500, imported: 12_500, failed: 0 });
    expect(during[0]).not.toContain('incidents_by_date');
    expect(during[0]).not.toContain('claims_by_incident');
    expect(indexesOf(path)).toEqual(indexes);

    // The same file read and written row by row, on the importing thread, with every index kept up to date.
    const plain = await SqliteStore.open(':memory:');
    await plain.replaceRecord(record);
    expect(await runImport(plain, acledFormat, file, { thread: false })).toEqual(summary);
    expect(await listAllIncidents(store)).toEqual(await listAllIncidents(plain));
    expect(await store.search('shells outskirts', 20)).toEqual(await plain.search('shells outskirts', 20));
    expect(await store.listIncidents({ from: '2021-03-01', to: '2021-03-31', limit: 5 })).toEqual(await plain.listIncidents({ from: '2021-03-01', to: '2021-03-31', limit: 5 }));

    // Importing the file again adds nothing, with the indexes in place.
    expect(await runImport(store, acledFormat, file, { thread: true })).toMatchObject({ imported: 0, existing: 12_500 });
    expect(indexesOf(path)).toEqual(indexes);
    await store.close();
    await plain.close();
  }, 120_000);

  it('builds them when the file is next opened after a crash in the middle, not while the import runs', async () => {
    const path = await recordFile('crash.db');
    const indexes = indexesOf(path);
    const deferred = indexes.filter((i) => i.name !== 'incidents_listed_long');
    // What the first transaction of a large import commits: the indexes gone, their definitions noted with the importing process.
    const leaveAsImportDid = (pid: number) => {
      const db = new Database(path);
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('import_deferred_indexes', JSON.stringify({ pid, indexes: deferred }));
      for (const i of deferred) db.exec(`DROP INDEX "${i.name}"`);
      db.close();
    };
    const marker = () => {
      const db = new Database(path, { readonly: true });
      const row = db.prepare(`SELECT value FROM settings WHERE key = 'import_deferred_indexes'`).get();
      db.close();
      return row;
    };

    // An import still running in another process (this test's parent stands for it): opening the file leaves its indexes to it.
    leaveAsImportDid(process.ppid);
    await (await SqliteStore.open(path)).close();
    expect(indexesOf(path).map((i) => i.name)).toEqual(['incidents_listed_long']);
    expect(marker()).toBeDefined();
    const db = new Database(path);
    db.prepare(`DELETE FROM settings WHERE key = 'import_deferred_indexes'`).run();
    for (const i of deferred) db.exec(i.sql);
    db.close();

    // An import whose process is gone: the next open builds them.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    leaveAsImportDid(gone);
    await (await SqliteStore.open(path)).close();
    expect(indexesOf(path)).toEqual(indexes);
    expect(marker()).toBeUndefined();
  });

  it('sorts with a small cache on threads while it builds, and gives the connection its own settings back', async () => {
    const path = await recordFile('settings.db');
    const indexes = indexesOf(path).filter((i) => i.name !== 'incidents_listed_long');
    const db = new Database(path);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('import_deferred_indexes', JSON.stringify({ pid: process.pid, indexes }));
    for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
    db.pragma('cache_size = -65536');
    db.pragma('threads = 0');
    SqliteImportWriter.restoreIndexes(db);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(db.pragma('threads', { simple: true })).toBe(0);
    db.close();
    expect(indexesOf(path).filter((i) => i.name !== 'incidents_listed_long')).toEqual(indexes);
  });
});

import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import { ACLED_COLUMNS } from '../acled/acled-columns.js';
import { acledTestRow } from './acled-test-row.js';
import { acledFormat } from '../acled/acled-format.js';
import { runImport } from './run-import.js';

// An imported claim that states its incident's summary has no full-text row of its own on
// SQLite (CLAIM_IN_SUMMARY): claim search must find it through the incident's row all the
// same, beside the record's own claims, and a copy of the record must carry it over.

const record = loadRecordDir();

function row(n: number): string[] {
  return acledTestRow(n, {
    // Every fifth row has no notes: its claim then states the title and date, and keeps a row of its own.
    notes: n % 5 ? `Ceasefire violated: shells hit ${n % 2 ? 'a school' : 'the outskirts of the town'} ${n % 7 ? 'at night' : 'twice at night, shells again'}, report ${n}.` : '',
    fatalities: String(n % 3),
  });
}

let dir: string;
let store: SqliteStore;
let copy: SqliteStore;

beforeAll(async () => {
  dir = tempDir('truce-claim-search-');
  const file = join(dir, 'acled.csv');
  writeFileSync(file, stringify([[...ACLED_COLUMNS], ...Array.from({ length: 600 }, (_, n) => row(n + 1))]));
  store = await SqliteStore.open(join(dir, 'truce.db'));
  await store.replaceRecord(record);
  expect(await runImport(store, acledFormat, file, { thread: false })).toMatchObject({ imported: 600, failed: 0 });
  // A copy indexes every claim in a row of its own, as a store written claim by claim does.
  copy = await SqliteStore.open(':memory:');
  await store.copyInto(copy);
});

afterAll(async () => {
  await store.close();
  await copy.close();
});

const ids = (claims: { id: string }[]) => claims.map((c) => c.id).sort();

describe('claim search over an import', () => {
  it('gives imported claims no full-text row of their own, except those that do not state the summary', () => {
    const db = new Database(join(dir, 'truce.db'), { readonly: true });
    try {
      const rows = db.prepare(`SELECT count(*) AS n FROM claims_fts WHERE id LIKE 'acled-%'`).pluck().get();
      expect(rows).toBe(120);
    } finally {
      db.close();
    }
  });

  it('finds the same claims as a record indexing every claim in a row of its own', async () => {
    for (const words of ['school', 'shells night', 'report 17', 'report 1', 'ceasefire', 'shelling', 'Goris', 'armenia', 'outskirts town twice']) {
      const found = await store.search(words, 1000);
      expect(found.claims.length, words).toBeGreaterThan(0);
      expect(ids(found.claims), words).toEqual(ids((await copy.search(words, 1000)).claims));
      expect(found.incidents, words).toEqual((await copy.search(words, 1000)).incidents);
    }
  });

  it('keeps to the limit, the best scored first, without a claim twice', async () => {
    const all = (await store.search('shells', 1000)).claims.map((c) => c.id);
    const some = (await store.search('shells', 25)).claims.map((c) => c.id);
    expect(some).toHaveLength(25);
    expect(new Set(all).size).toBe(all.length);
    expect(all.slice(0, 25)).toEqual(some);
    // Imported notes with the word twice rank above those with it once.
    const imported = some.filter((id) => id.startsWith('acled-')).map((id) => Number(/(\d+)\/c1$/.exec(id)![1]));
    expect(imported.slice(0, 5).every((n) => n % 7 === 0)).toBe(true);
  });
});

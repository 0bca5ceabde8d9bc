import { stringify } from 'csv-stringify/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConflictRecord, Incident } from '../src/domain/index.js';
import { Catalog } from '../src/export/catalog.js';
import { acledFormat } from '../src/interop/acled/acled-format.js';
import { runImport } from '../src/interop/import/run-import.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD, tempDir } from './helpers.js';
import { runCli } from './run-cli.js';
import { listAllIncidents } from '../src/export/collect-record.js';

/** A store's incidents as ACLED rows, every cell as text (as a CSV file holds it), by event id. */
async function exportRows(store: Store, only?: (i: Incident) => boolean): Promise<Map<string, Record<string, string>>> {
  const catalog = await Catalog.load(store);
  const rows = new Map<string, Record<string, string>>();
  for (const incident of await listAllIncidents(store)) {
    if (only && !only(incident)) continue;
    const row = acledFormat.toRow(incident, { catalog });
    rows.set(String(row.event_id_cnty), Object.fromEntries(acledFormat.columns.map((c) => [c, String(row[c])])));
  }
  return rows;
}

/** The rows as a CSV file, by event id (a store lists imported incidents in its own order). */
function csvOf(rows: Map<string, Record<string, string>>): string {
  const sorted = [...rows.keys()].sort().map((id) => rows.get(id)!);
  return stringify([[...acledFormat.columns], ...sorted.map((r) => acledFormat.columns.map((c) => r[c]))]);
}

const dir = tempDir('truce-acled-roundtrip-');
let record: ConflictRecord;
let exported: Map<string, Record<string, string>>;
let file: string;

beforeAll(async () => {
  record = loadRecordDir();
  const store = await SqliteStore.open(':memory:');
  await store.replaceRecord(record);
  exported = await exportRows(store);
  await store.close();
  file = join(dir, 'built-in.acled.csv');
  writeFileSync(file, csvOf(exported));
}, 120_000);

describe('ACLED round trip: export, import, export', () => {
  it.each([
    ['an empty store', false],
    ['a store holding the built-in record', true],
  ])('gives the same rows, every column of every built-in incident, imported into %s', async (_, withRecord) => {
    const store = await SqliteStore.open(':memory:');
    if (withRecord) await store.replaceRecord(record);
    const summary = await runImport(store, acledFormat, file);
    expect(summary.problems).toEqual([]);
    expect(summary.imported).toBe(exported.size);
    const again = await exportRows(store, (i) => i.origin === 'imported');
    expect(again.size).toBe(exported.size);
    for (const [id, row] of exported) expect(again.get(id), id).toEqual(row);
    expect(csvOf(again)).toBe(readFileSync(file, 'utf8'));
    const twice = await runImport(store, acledFormat, file);
    expect(twice).toMatchObject({ imported: 0, existing: exported.size, failed: 0 });
    await store.close();
  }, 120_000);
});

describe('truce import --format acled', () => {
  const db = join(dir, 'cli.db');
  const bad = join(dir, 'with-bad-rows.csv');
  beforeAll(() => {
    expect(runCli(['init', '--data', MINI_RECORD], db).code).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n');
    // Line 3's date broken, line 4 cut short; the rest as exported.
    const cells = lines[2].split(',');
    cells[1] = '2020-02-30';
    writeFileSync(bad, [lines[0], lines[1], cells.join(','), 'X1,2020-01-01', ...lines.slice(3)].join('\n'));
  }, 120_000);

  it('imports the rows it can read, names file:line of the others and exits 1', () => {
    const result = runCli(['import', '--format', 'acled', bad], db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}:3: event_date:`);
    expect(result.stderr).toContain(`${bad}:4: the row has 2 fields`);
    expect(result.stdout).toMatch(new RegExp(`${exported.size + 1} rows, ${exported.size - 1} new incidents, 0 already in the record, 2 left out`));
  });

  it('adds nothing the second time, and exits 0 on a clean file', () => {
    const again = runCli(['import', '--format', 'acled', bad, '--json'], db);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, existing: exported.size - 1, failed: 2 });
    const clean = runCli(['import', '--format', 'acled', file], db);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/1 new incidents/);
  });
});

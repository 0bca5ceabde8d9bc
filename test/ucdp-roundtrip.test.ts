import { stringify } from 'csv-stringify/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../src/domain/index.js';
import { Catalog } from '../src/export/catalog.js';
import { runImport, type ImportSummary } from '../src/interop/import/run-import.js';
import { ucdpFormat } from '../src/interop/ucdp/ucdp-format.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { tempDir } from './helpers.js';
import { listAllIncidents } from '../src/export/collect-record.js';

/** The store's incidents as GED CSV lines, header first, rows sorted by GED id. */
async function gedCsv(store: Store): Promise<string[]> {
  const catalog = await Catalog.load(store);
  const rows = (await listAllIncidents(store)).map((i) => ucdpFormat.toRow(i, { catalog }));
  const lines = rows.map((row) => stringify([ucdpFormat.columns.map((c) => row[c])]));
  const byId = (line: string) => Number(line.split(',')[0]);
  return [stringify([[...ucdpFormat.columns]]), ...lines.sort((a, b) => byId(a) - byId(b))];
}

describe('UCDP GED round trip on the built-in record', () => {
  let first: string[];
  let second: string[];
  let third: string[];
  let summary: ImportSummary;
  let again: ImportSummary;
  let imported: Incident[];

  beforeAll(async () => {
    const record = await SqliteStore.open(':memory:');
    await record.replaceRecord(loadRecordDir());
    first = await gedCsv(record);
    await record.close();

    const file = join(tempDir(), 'ged.csv');
    writeFileSync(file, first.join(''));
    const fresh = await SqliteStore.open(':memory:');
    summary = await runImport(fresh, ucdpFormat, file);
    again = await runImport(fresh, ucdpFormat, file);
    second = await gedCsv(fresh);
    imported = await listAllIncidents(fresh);
    await fresh.close();

    // The same file into a store that holds the record: the rows' places and sides are the record's own.
    const both = await SqliteStore.open(':memory:');
    await both.replaceRecord(loadRecordDir());
    await runImport(both, ucdpFormat, file);
    const catalog = await Catalog.load(both);
    const inRecord = (await listAllIncidents(both)).filter((i) => i.origin === 'imported');
    third = [first[0], ...inRecord.map((i) => stringify([ucdpFormat.columns.map((c) => ucdpFormat.toRow(i, { catalog })[c])]))];
    third = [third[0], ...third.slice(1).sort((a, b) => Number(a.split(',')[0]) - Number(b.split(',')[0]))];
    await both.close();
  }, 240_000);

  it('imports every exported row', () => {
    expect(summary.problems).toEqual([]);
    expect(summary.imported).toBe(first.length - 1);
    expect(first.length - 1).toBeGreaterThan(100);
  });

  it('gives the same rows back: export, import, export', () => {
    expect(second.length).toBe(first.length);
    for (let k = 0; k < first.length; k++) expect(second[k]).toBe(first[k]);
  });

  it('rebuilds date, type, place and deaths from the model, keeping none of those cells as written', () => {
    const modeled = ['year', 'type_of_violence', 'where_prec', 'country', 'country_id', 'region', 'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low'];
    for (const incident of imported) {
      expect(incident.origin).toBe('imported');
      expect(Object.keys(incident.external!.fields).filter((c) => modeled.includes(c)), incident.id).toEqual([]);
    }
    const tovuz = imported.find((i) => i.external!.fields.relid === '2020-07-12-tovuz-tavush-clashes')!;
    expect(tovuz.date).toEqual({ start: '2020-07-12', end: '2020-07-15', precision: 'days' });
    expect(tovuz.casualties.filter((r) => r.outcome === 'killed').map(({ group, side, low, best, high }) => ({ group, side, low, best, high }))).toEqual([
      { group: 'military', side: 'AZ', low: 1, best: 1, high: 1 },
      { group: 'civilian', side: 'unknown', low: 1, best: 1, high: 1 },
      { group: 'unknown', side: 'unknown', low: 0, best: 20, high: 20 },
    ]);
  });

  it('gives the same rows back when the record already knows the places and actors', () => {
    expect(third).toEqual(first);
  });

  it('adds nothing on a second import of the same file', () => {
    expect(again.imported).toBe(0);
    expect(again.existing).toBe(first.length - 1);
  });
});

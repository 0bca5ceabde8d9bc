import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../src/export/claim-row.js';
import { allIncidents } from '../src/export/collect-record.js';
import { CSV_COLUMNS } from '../src/export/incident-row.js';
import { DATASET_FORMATS, writeExport, type ExportFormat, type ExportRecords } from '../src/export/write-export.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { tempDir } from './helpers.js';

// GDAL reads what QGIS reads: if ogrinfo opens an export with the right driver, geometry,
// feature count and fields, QGIS will too. Debian's gdal-bin has it; .ci/run installs it.
const HAS_OGRINFO = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;
if (!HAS_OGRINFO) {
  console.warn("test/export-ogr.test.ts skipped: GDAL's ogrinfo is not installed (apt-get install gdal-bin; .ci/run installs it).");
}

type OgrSummary = { driver: string; geometry: string; count: number; extent?: number[]; fields: Record<string, string> };

/** `ogrinfo -ro -al -so FILE [options]`, read into its parts. */
function ogrinfo(file: string, ...options: string[]): OgrSummary {
  const run = spawnSync('ogrinfo', ['-ro', '-al', '-so', ...options, file], { encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/ERROR/);
  expect(run.status).toBe(0);
  const out = run.stdout;
  const fields: Record<string, string> = {};
  // Field lines are the only ones shaped "name: Type (width.precision)".
  for (const [, name, type] of out.matchAll(/^(\w+): (\w+) \(\d+\.\d+\)$/gm)) fields[name!] = type!;
  const extent = /^Extent: \((\S+), (\S+)\) - \((\S+), (\S+)\)$/m.exec(out);
  return {
    driver: /using driver `(\w+)'/.exec(out)?.[1] ?? '',
    geometry: /^Geometry: (.+)$/m.exec(out)?.[1] ?? '',
    count: Number(/^Feature Count: (\d+)$/m.exec(out)?.[1]),
    ...(extent ? { extent: extent.slice(1).map(Number) } : {}),
    fields,
  };
}

describe.skipIf(!HAS_OGRINFO)('exports of the built-in record, as GDAL reads them', () => {
  const dir = tempDir('truce-ogr-');
  let store: Store;
  let incidents = 0;
  let claims = 0;

  /** Writes an export of the whole built-in record to a file and returns its path. */
  async function exportFile(format: ExportFormat, records: ExportRecords, name: string): Promise<string> {
    const path = join(dir, name);
    const file = createWriteStream(path);
    await writeExport(store, format, file, {}, records);
    file.end();
    await finished(file);
    return path;
  }

  beforeAll(async () => {
    store = await SqliteStore.open(':memory:');
    await store.replaceRecord(loadRecordDir());
    for await (const incident of allIncidents(store)) {
      incidents += 1;
      claims += incident.claims.length;
    }
  }, 120_000);

  it('opens the GeoJSON as points in WGS84, one feature per incident, properties as typed columns', async () => {
    const info = ogrinfo(await exportFile('geojson', 'incidents', 'incidents.geojson'));
    expect(info).toMatchObject({ driver: 'GeoJSON', geometry: 'Point', count: incidents });
    const [minLon, minLat, maxLon, maxLat] = info.extent!;
    expect(minLon).toBeGreaterThanOrEqual(-180);
    expect(maxLon).toBeLessThanOrEqual(180);
    expect(minLat).toBeGreaterThanOrEqual(-90);
    expect(maxLat).toBeLessThanOrEqual(90);
    expect(info.fields).toMatchObject({
      id: 'String',
      title: 'String',
      event_type: 'String',
      date_start: 'Date',
      date_end: 'Date',
      location_precision: 'String',
      killed_low: 'Integer',
      killed_best: 'Integer',
      killed_high: 'Integer',
      wounded_best: 'Integer',
      claims: 'Integer',
      sources: 'String',
    });
  });

  it('opens the incidents CSV: one feature per incident, the columns as fields', async () => {
    const info = ogrinfo(await exportFile('csv', 'incidents', 'incidents.csv'), '-oo', 'HEADERS=YES');
    expect(info).toMatchObject({ driver: 'CSV', count: incidents });
    expect(Object.keys(info.fields)).toEqual([...CSV_COLUMNS]);
  });

  it('opens the incidents CSV as points from its latitude and longitude', async () => {
    const info = ogrinfo(join(dir, 'incidents.csv'), '-oo', 'HEADERS=YES', '-oo', 'X_POSSIBLE_NAMES=longitude', '-oo', 'Y_POSSIBLE_NAMES=latitude');
    expect(info).toMatchObject({ geometry: 'Point', count: incidents });
  });

  it('opens the claims CSV: one feature per claim, the columns as fields', async () => {
    const info = ogrinfo(await exportFile('csv', 'claims', 'claims.csv'), '-oo', 'HEADERS=YES');
    expect(info).toMatchObject({ driver: 'CSV', count: claims });
    expect(Object.keys(info.fields)).toEqual([...CLAIM_COLUMNS]);
  });

  it.each(['acled', 'ucdp'] as const)('opens the %s CSV as points from its latitude and longitude, its columns as fields', async (format) => {
    const file = await exportFile(format, 'incidents', `${format}.csv`);
    const info = ogrinfo(file, '-oo', 'HEADERS=YES', '-oo', 'X_POSSIBLE_NAMES=longitude', '-oo', 'Y_POSSIBLE_NAMES=latitude', '-oo', 'AUTODETECT_TYPE=YES');
    expect(info).toMatchObject({ driver: 'CSV', geometry: 'Point', count: incidents });
    expect(Object.keys(info.fields)).toEqual([...DATASET_FORMATS[format].columns]);
    expect(info.fields).toMatchObject({ latitude: 'Real', longitude: 'Real' });
    const [minLon, minLat, maxLon, maxLat] = info.extent!;
    expect(Math.max(Math.abs(minLon!), Math.abs(maxLon!))).toBeLessThanOrEqual(180);
    expect(Math.max(Math.abs(minLat!), Math.abs(maxLat!))).toBeLessThanOrEqual(90);
  });
});

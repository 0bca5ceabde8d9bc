import { parse } from 'csv-parse/sync';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../src/export/claim-row.js';
import { CSV_COLUMNS } from '../src/export/incident-row.js';
import { DATASET_FORMATS } from '../src/export/write-export.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { createApp } from '../src/server/app.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { MINI_RECORD, tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

type Download = { status: number; type: string | null; disposition: string | null; text: string };
type Feature = { type: string; id: string; geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> };

/** An API on a fresh in-memory store holding `record`; `get` downloads a path as text. */
async function apiOn(record: ReturnType<typeof loadRecordDir>) {
  const store = await SqliteStore.open(':memory:');
  await store.replaceRecord(record);
  const app = createApp(store);
  return async (path: string): Promise<Download> => {
    const res = await app.request(path);
    return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
  };
}

const rows = (csv: string): string[][] => parse(csv, { relax_column_count: false });
const lines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('truce export', () => {
  const dir = tempDir('truce-export-');
  const db = join(dir, 'mini.db');
  beforeAll(() => {
    expect(runCli(['init', '--data', MINI_RECORD], db).code).toBe(0);
  }, 120_000);

  it('writes GeoJSON of the incidents the filters select', () => {
    const out = runCli(['export', '--format', 'geojson', '--place', 'Riverford'], db);
    expect(out.code).toBe(0);
    const collection = JSON.parse(out.stdout);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: Feature) => f.id)).toEqual(['2021-03-05-riverford-clash']);
    expect(collection.features[0]).toMatchObject({ geometry: { type: 'Point' }, properties: { place: 'Riverford', killed_low: 4, killed_high: 6, claims: 4 } });
  });

  it('writes claims as CSV, one row per claim, with their incident and document', () => {
    const out = runCli(['export', '--format', 'csv', '--records', 'claims', '--type', 'Armed clash'], db);
    expect(out.code).toBe(0);
    const [header, ...body] = rows(out.stdout);
    expect(header).toEqual([...CLAIM_COLUMNS]);
    expect(body).toHaveLength(4);
    const wire = Object.fromEntries(header!.map((c, k) => [c, body[3]![k]]));
    expect(wire).toMatchObject({
      incident_id: '2021-03-05-riverford-clash',
      claimant: 'Wire Service',
      stance: 'reports',
      hedges: 'reportedly',
      figures: 'up to 6 killed (military, XN); at least 2 wounded (civilian, XS)',
    });
    expect(wire.document_title).toBeTruthy();
    expect(wire.document_publisher).toBeTruthy();
  });

  it('writes claims as JSON Lines to a file', () => {
    const file = join(dir, 'claims.jsonl');
    const out = runCli(['export', '--format', 'jsonl', '--records', 'claims', '--output', file], db);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^Wrote .*claims\.jsonl: \d+ incidents' claims\.\n$/);
    const claims = lines(readFileSync(file, 'utf8'));
    expect(claims.length).toBeGreaterThanOrEqual(8);
    expect(claims.every((c) => c.record_type === 'claim' && typeof c.incident_id === 'string')).toBe(true);
    expect(claims[0]).toMatchObject({ claimant: { name: expect.any(String) }, document: { title: expect.any(String) } });
  });

  it.each(['acled', 'ucdp'] as const)('writes %s rows that import back into the same rows, and names a bad row by its line', (format) => {
    const file = join(dir, `${format}.csv`);
    const written = runCli(['export', '--format', format, '--output', file], db);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(`Wrote ${file}: 5 incidents.\n`);
    const exported = rows(readFileSync(file, 'utf8'));
    expect(exported[0]).toEqual([...DATASET_FORMATS[format].columns]);
    expect(exported.length).toBe(1 + 5); // every incident, the peace-process steps on the timeline among them
    // A row with a date no calendar has, after the good ones.
    const columns = exported[0]!;
    const bad = exported[1]!.map((cell, k) => (/date/.test(columns[k]!) ? '2021-02-30' : /^(event_id_cnty|id)$/.test(columns[k]!) ? '999999' : cell));
    appendFileSync(file, `${bad.map((c) => JSON.stringify(c)).join(',')}\n`);

    const copy = join(dir, `${format}-copy.db`);
    expect(runCli(['init', '--data', MINI_RECORD], copy).code).toBe(0);
    const imported = runCli(['import', '--format', format, file], copy);
    expect(imported.stdout).toMatch(/6 rows, 5 new incidents, 0 already in the record, 1 left out/);
    expect(imported.stderr).toMatch(new RegExp(`${format}\\.csv:7: `));
    expect(imported.code).toBe(1);
    // The copy holds each incident twice, as recorded and as imported; both export as the same row.
    const again = rows(runCli(['export', '--format', format], copy).stdout);
    const sorted = (r: string[][]) => r.map((row) => JSON.stringify(row)).sort();
    expect(sorted(again.slice(1))).toEqual(sorted([...exported.slice(1), ...exported.slice(1)]));
  });

  it.each([
    [['--format', 'xml'], /--format xml is not a format this command writes; use one of json, jsonl, csv, geojson, acled, ucdp/],
    [['--format', 'geojson', '--records', 'claims'], /--records claims is written as csv or jsonl, not geojson/],
    [['--format', 'csv', '--records', 'people'], /--records people is not something this command exports; use one of incidents, claims/],
  ])('explains a bad request in one line: %j', (args, message) => {
    const out = runCli(['export', ...args], db);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });
});

describe('GET /api/v1/exports/{format} on the built-in record', () => {
  let get: Awaited<ReturnType<typeof apiOn>>;
  let incidentIds: string[];
  let tovuzIds: string[];
  beforeAll(async () => {
    get = await apiOn(loadRecordDir());
    incidentIds = lines((await get('/api/v1/exports/jsonl')).text).filter((r) => r.record_type === 'incident').map((r) => r.id as string);
    tovuzIds = lines((await get('/api/v1/exports/jsonl?place=Tovuz')).text).filter((r) => r.record_type === 'incident').map((r) => r.id as string);
  }, 120_000);

  it.each([
    ['json', 'application/json; charset=utf-8', 'truce-record.json'],
    ['jsonl', 'application/x-ndjson; charset=utf-8', 'truce-record.jsonl'],
    ['csv', 'text/csv; charset=utf-8', 'truce-incidents.csv'],
    ['geojson', 'application/geo+json', 'truce-incidents.geojson'],
    ['acled', 'text/csv; charset=utf-8', 'truce-acled.csv'],
    ['ucdp', 'text/csv; charset=utf-8', 'truce-ucdp.csv'],
    ['csv?records=claims', 'text/csv; charset=utf-8', 'truce-claims.csv'],
    ['jsonl?records=claims', 'application/x-ndjson; charset=utf-8', 'truce-claims.jsonl'],
  ])('serves %s as %s, an attachment named %s', async (format, type, file) => {
    const answer = await get(`/api/v1/exports/${format}`);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(type);
    expect(answer.disposition).toBe(`attachment; filename="${file}"`);
    expect(answer.text.length).toBeGreaterThan(100);
  });

  it('writes GeoJSON by RFC 7946: a FeatureCollection, one feature per incident, Points in WGS84 or no geometry, flat properties', async () => {
    const collection = JSON.parse((await get('/api/v1/exports/geojson')).text);
    expect(Object.keys(collection).sort()).toEqual(['features', 'type']); // no crs: RFC 7946 §4
    expect(collection.type).toBe('FeatureCollection');
    const features = collection.features as Feature[];
    expect(features.map((f) => f.id)).toEqual(incidentIds);
    const keys = Object.keys(features[0]!.properties);
    for (const f of features) {
      expect(f.type).toBe('Feature');
      expect(f.properties.id).toBe(f.id);
      expect(Object.keys(f.properties)).toEqual(keys);
      for (const value of Object.values(f.properties)) expect(['string', 'number']).toContain(value === null ? 'string' : typeof value);
      if (f.geometry === null) {
        expect(f.properties.place).toBeNull();
        continue;
      }
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
      for (const x of [lon!, lat!]) expect(Number(x.toFixed(5))).toBe(x);
      expect(f.properties.killed_low as number).toBeLessThanOrEqual(f.properties.killed_best as number);
      expect(f.properties.killed_best as number).toBeLessThanOrEqual(f.properties.killed_high as number);
    }
    expect(features.filter((f) => f.geometry === null).length).toBeLessThan(features.length / 2);
  });

  it('applies the filters to every format: ?place=Tovuz gives only the Tovuz incidents', async () => {
    expect(tovuzIds.length).toBeGreaterThan(0);
    expect(tovuzIds.length).toBeLessThan(incidentIds.length);
    const geo = JSON.parse((await get('/api/v1/exports/geojson?place=Tovuz')).text);
    expect(geo.features.map((f: Feature) => f.id)).toEqual(tovuzIds);
    const csv = rows((await get('/api/v1/exports/csv?place=Tovuz')).text);
    expect(csv[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.slice(1).map((r) => r[0])).toEqual(tovuzIds);
    const claims = rows((await get('/api/v1/exports/csv?place=Tovuz&records=claims')).text).slice(1);
    expect(new Set(claims.map((r) => r[0]))).toEqual(new Set(tovuzIds));
    const acled = rows((await get('/api/v1/exports/acled?place=Tovuz')).text);
    expect(acled.length - 1).toBe(tovuzIds.length);
  });

  it('writes the datasets\' precision codes: ACLED time and geo precision 1-3, UCDP where_prec 1-7 and date_prec 1-5', async () => {
    const column = (csv: string[][], name: string) => csv.slice(1).map((r) => r[csv[0]!.indexOf(name)]);
    const acled = rows((await get('/api/v1/exports/acled')).text);
    expect(acled.length - 1).toBe(incidentIds.length);
    expect(new Set(column(acled, 'time_precision'))).toEqual(new Set(['1', '2', '3']));
    for (const code of column(acled, 'geo_precision')) expect(['1', '2', '3']).toContain(code);
    const ucdp = rows((await get('/api/v1/exports/ucdp')).text);
    expect(ucdp.length - 1).toBe(incidentIds.length);
    for (const code of column(ucdp, 'where_prec')) expect(['1', '2', '3', '4', '5', '6', '7']).toContain(code);
    for (const code of column(ucdp, 'date_prec')) expect(['1', '2', '3', '4', '5']).toContain(code);
  });

  it('refuses an unknown format with 404 naming the formats, and claims in a format that has no rows of them with 400', async () => {
    const unknown = await get('/api/v1/exports/shapefile');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error.message).toContain('json, jsonl, csv, geojson, acled, ucdp');
    const claims = await get('/api/v1/exports/geojson?records=claims');
    expect(claims.status).toBe(400);
    expect(JSON.parse(claims.text).error).toMatchObject({ code: 'invalid_parameter', field: 'records' });
    expect((await get('/api/v1/exports/csv?records=people')).status).toBe(400);
  });
});

describe('spreadsheet safety', () => {
  // A cell starting with = + - @, a tab or a carriage return is a formula to a spreadsheet.
  const NASTY = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tcmd', '\rcmd'];

  it('prefixes every such text cell of the incident and claim CSVs with an apostrophe', async () => {
    const record = loadRecordDir(MINI_RECORD);
    const clash = record.incidents.find((i) => i.id === '2021-03-05-riverford-clash')!;
    const [title, summary, statement, quote, claimStatement, docTitle] = NASTY;
    clash.title = title!;
    clash.summary = summary!;
    clash.claims[0] = { ...clash.claims[0]!, statement: statement!, quote: quote! };
    clash.claims[1] = { ...clash.claims[1]!, statement: claimStatement! };
    const doc = record.documents.find((d) => d.id === clash.claims[1]!.document_id)!;
    doc.title = docTitle!;
    const get = await apiOn(record);

    const incidents = rows((await get('/api/v1/exports/csv?place=Riverford')).text);
    const row = incidents.find((r) => r[0] === clash.id)!;
    const cell = (header: string[], r: string[], column: string) => r[header.indexOf(column)];
    expect(cell(incidents[0]!, row, 'title')).toBe(`'${title}`);
    expect(cell(incidents[0]!, row, 'summary')).toBe(`'${summary}`);

    const [header, ...claims] = rows((await get('/api/v1/exports/csv?place=Riverford&records=claims')).text);
    const [first, second] = claims.filter((r) => r[0] === clash.id);
    expect(cell(header!, first!, 'incident_title')).toBe(`'${title}`);
    expect(cell(header!, first!, 'statement')).toBe(`'${statement}`);
    expect(cell(header!, first!, 'quote')).toBe(`'${quote}`);
    expect(cell(header!, second!, 'statement')).toBe(`'${claimStatement}`);
    expect(cell(header!, second!, 'document_title')).toBe(`'${docTitle}`);
    for (const r of [...incidents, ...claims]) for (const c of r) expect(c).not.toMatch(/^[=+@\t\r]/);
  });
});

import { stringify } from 'csv-stringify/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import type { Incident } from '../../domain/index.js';
import { Catalog } from '../../export/catalog.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import type { Store } from '../../storage/store.js';
import { runImport, type ImportSummary } from '../import/run-import.js';
import { GED_COLUMNS, type GedColumn } from './ged-columns.js';
import { ucdpFormat } from './ucdp-format.js';

type Cells = Partial<Record<GedColumn, string>>;

/** The 12 July 2020 Tovuz fighting as a GED coder might have written it, in GED's CSV spelling of dates. */
const CLASH: Cells = {
  id: '244001',
  relid: 'AZE-2020-1-13637-1',
  year: '2020',
  active_year: 'TRUE',
  code_status: 'Clear',
  type_of_violence: '1',
  conflict_dset_id: '13637',
  conflict_new_id: '13637',
  conflict_name: 'Armenia - Azerbaijan',
  dyad_dset_id: '13637',
  dyad_new_id: '13637',
  dyad_name: 'Government of Armenia - Government of Azerbaijan',
  side_a_dset_id: '371',
  side_a_new_id: '371',
  side_a: 'Government of Armenia',
  side_b_dset_id: '373',
  side_b_new_id: '373',
  side_b: 'Government of Azerbaijan',
  number_of_sources: '2',
  source_article: '"Trend News Agency,2020-07-12,Armenian forces shell positions";"APA,2020-07-13,Clashes continue"',
  source_office: 'Trend News Agency;APA',
  source_date: '2020-07-12;2020-07-13',
  source_headline: 'Armenian forces shell positions;Clashes continue',
  source_original: 'Azerbaijani Defence Ministry',
  where_prec: '1',
  where_coordinates: 'Tovuz town',
  // As an export writes a cell that would be a formula: the import must take the apostrophe off.
  where_description: "'=Tovuz town, near the state border",
  adm_1: 'Tovuz district',
  adm_2: '',
  latitude: '40.992200',
  longitude: '45.627500',
  geom_wkt: 'POINT (45.6275 40.9922)',
  priogrid_gid: '188372',
  country: 'Azerbaijan',
  country_id: '373',
  region: 'Europe',
  event_clarity: '1',
  date_prec: '1',
  date_start: '2020-07-12 00:00:00.000',
  date_end: '2020-07-12 00:00:00.000',
  deaths_a: '2',
  deaths_b: '3',
  deaths_civilians: '1',
  deaths_unknown: '0',
  best: '6',
  high: '9',
  low: '5',
  gwnoa: '371',
  gwnob: '373',
};

const ONE_SIDED: Cells = {
  ...CLASH,
  id: '244002',
  type_of_violence: '3',
  dyad_name: 'Government of Azerbaijan - civilians',
  conflict_name: 'Government of Azerbaijan - civilians',
  side_a: 'Government of Azerbaijan',
  side_b: 'civilians',
  gwnoa: '373',
  gwnob: '',
  // International airspace: Truce has no such precision, so the row keeps it.
  where_prec: '7',
  where_coordinates: 'Caspian Sea',
  where_description: 'over the Caspian Sea',
  adm_1: '',
  latitude: '40.5',
  longitude: '50.5',
  date_prec: '2',
  date_start: '2020-07-12',
  date_end: '2020-07-14',
  deaths_a: '0',
  deaths_b: '0',
  deaths_civilians: '4',
  best: '4',
  low: '4',
  high: '4',
};

const NON_STATE: Cells = {
  ...CLASH,
  id: '244003',
  type_of_violence: '2',
  side_a: 'Group One',
  side_b: 'Group Two',
  dyad_name: 'Group One - Group Two',
  gwnoa: '',
  gwnob: '',
  where_prec: '4',
  where_coordinates: 'Gegharkunik',
  where_description: 'Gegharkunik province',
  adm_1: 'Gegharkunik',
  country: 'Armenia',
  country_id: '371',
  latitude: '40.3',
  longitude: '45.3',
  date_start: '2021-05-12',
  date_end: '2021-05-12',
  year: '2021',
  deaths_a: '2',
  deaths_b: '3',
  deaths_civilians: '0',
  deaths_unknown: '0',
  best: '5',
  low: '5',
  high: '5',
};

const ROWS: Cells[] = [
  CLASH, // line 2
  ONE_SIDED, // 3
  NON_STATE, // 4
  { ...CLASH, id: '244004', deaths_a: 'two' }, // 5
  { ...CLASH, id: '244005', date_start: '2020-07-14', date_end: '2020-07-12' }, // 6
  { ...CLASH, id: '244006', latitude: '95.1' }, // 7
  { ...CLASH, id: '244007', where_prec: '9' }, // 8
  { ...CLASH, id: '' }, // 9
  { ...CLASH, id: '244009', best: '7' }, // 10
];

const lineOf = (cells: Cells) => stringify([GED_COLUMNS.map((c) => cells[c] ?? '')]);

describe('importing a GED file', () => {
  let store: Store;
  let catalog: Catalog;
  let summary: ImportSummary;
  let again: ImportSummary;
  const incident = async (id: string) => (await store.getIncident(id)) as Incident;

  beforeAll(async () => {
    const file = join(tempDir(), 'ged-sample.csv');
    writeFileSync(file, stringify([[...GED_COLUMNS]]) + ROWS.map(lineOf).join(''));
    store = await SqliteStore.open(':memory:');
    await store.replaceRecord(loadRecordDir());
    summary = await runImport(store, ucdpFormat, file);
    again = await runImport(store, ucdpFormat, file);
    catalog = await Catalog.load(store);
  }, 120_000);

  it("reports each bad row's line and column, and imports the rest", () => {
    expect(summary.problems).toEqual([
      { line: 5, column: 'deaths_a', message: expect.stringContaining('"two"') },
      { line: 6, column: 'date_end', message: expect.stringContaining('before date_start') },
      { line: 7, column: 'latitude', message: expect.stringContaining('95.1') },
      { line: 8, column: 'where_prec', message: expect.stringContaining('1 to 7') },
      { line: 9, column: 'id', message: expect.stringContaining('no id') },
      { line: 10, column: 'best', message: expect.stringContaining('is 6') },
    ]);
    expect(summary).toMatchObject({ rows: 9, imported: 3, failed: 6, existing: 0 });
  });

  it('adds nothing when the same file comes again', () => {
    expect(again).toMatchObject({ rows: 9, imported: 0, existing: 3, failed: 6 });
  });

  it('gives each row one claim: UCDP reports it, citing the file', async () => {
    const clash = await incident('ucdp-244001');
    expect(clash.origin).toBe('imported');
    expect(clash.claims).toHaveLength(1);
    expect(clash.claims[0]).toMatchObject({ id: 'ucdp-244001/c1', kind: 'casualties', stance: 'reports', claimant_id: 'ucdp', document_id: summary.document_id });
    expect(clash.claims[0].statement).toMatch(/UCDP GED event 244001/);
    expect(clash.external).toMatchObject({ dataset: 'ucdp', id: '244001', line: 2 });
    const document = await store.getDocument(summary.document_id);
    expect(document?.title).toBe('ged-sample.csv');
  });

  it("models the row's date, type, place and actors in the record's own terms", async () => {
    const clash = await incident('ucdp-244001');
    expect(clash.date).toEqual({ start: '2020-07-12', end: '2020-07-12', precision: 'day' });
    expect(clash.type).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    expect(clash.actor_ids).toEqual(['am-government', 'az-government']);
    expect(clash.places).toEqual([{ place_id: 'tovuz-city', precision: 'exact' }]);
    expect(clash.sides).toEqual(['AM', 'AZ']);
    const oneSided = await incident('ucdp-244002');
    expect(oneSided.type).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack' });
    expect(oneSided.actor_ids).toEqual(['az-government']);
  });

  it('derives the figures per side and group, with low, best and high summing to the row', async () => {
    const killed = (await incident('ucdp-244001')).casualties.filter((r) => r.outcome === 'killed');
    expect(killed.map(({ group, side, best }) => ({ group, side, best }))).toEqual([
      { group: 'military', side: 'AM', best: 2 },
      { group: 'military', side: 'AZ', best: 3 },
      { group: 'civilian', side: 'unknown', best: 1 },
      { group: 'unknown', side: 'unknown', best: 0 },
    ]);
    const sum = (k: 'low' | 'best' | 'high') => killed.reduce((n, r) => n + r[k], 0);
    expect([sum('low'), sum('best'), sum('high')]).toEqual([5, 6, 9]);
  });

  it("keeps the columns Truce does not model, and a modeled cell only when the model can't give it back", async () => {
    const fields = (await incident('ucdp-244001')).external!.fields;
    expect(fields).toMatchObject({ relid: 'AZE-2020-1-13637-1', conflict_new_id: '13637', where_description: '=Tovuz town, near the state border', date_start: '2020-07-12 00:00:00.000' });
    for (const modeled of ['year', 'type_of_violence', 'where_prec', 'date_prec', 'country', 'deaths_a', 'best', 'low', 'high']) expect(fields).not.toHaveProperty(modeled);
    expect((await incident('ucdp-244002')).external!.fields.where_prec).toBe('7');
    // Two groups with no country: Truce counts their dead together, the row keeps the split.
    const nonState = await incident('ucdp-244003');
    expect(nonState.external!.fields).toMatchObject({ deaths_a: '2', deaths_b: '3' });
    expect(nonState.casualties.map(({ group, side, best }) => ({ group, side, best }))).toEqual([{ group: 'military', side: 'unknown', best: 5 }]);
  });

  it('exports each imported row as it was read', async () => {
    for (const cells of [CLASH, ONE_SIDED, NON_STATE]) {
      const row = ucdpFormat.toRow(await incident(`ucdp-${cells.id}`), { catalog });
      expect(stringify([GED_COLUMNS.map((c) => row[c])])).toBe(lineOf(cells));
    }
  });

  it('reads decimal commas in the coordinates, as a spreadsheet set to such a language saves them, and exports them with a point', async () => {
    const cells = { ...CLASH, id: '244011', latitude: '40,992200', longitude: '45,627500' };
    const file = join(tempDir(), 'ged-decimal-commas.csv');
    writeFileSync(file, stringify([[...GED_COLUMNS]], { delimiter: ';' }) + stringify([GED_COLUMNS.map((c) => cells[c] ?? '')], { delimiter: ';' }));
    expect(await runImport(store, ucdpFormat, file)).toMatchObject({ rows: 1, imported: 1, failed: 0 });
    const row = ucdpFormat.toRow(await incident('ucdp-244011'), { catalog: await Catalog.load(store) });
    expect([row.latitude, row.longitude].map(String)).toEqual(['40.992200', '45.627500']);
  });
});

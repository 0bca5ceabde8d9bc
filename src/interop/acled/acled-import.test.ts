import { stringify } from 'csv-stringify/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import { Catalog } from '../../export/catalog.js';
import { loadRecordDir } from '../../record/load-record.js';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.js';
import type { Store } from '../../storage/store.js';
import { runImport, type ImportSummary } from '../import/run-import.js';
import { ACLED_COLUMNS } from './acled-columns.js';
import { acledFormat } from './acled-format.js';

type Cells = Partial<Record<(typeof ACLED_COLUMNS)[number], string>>;

/** A row as ACLED publishes it (the 2020 Tovuz fighting, as an ACLED analyst might have coded it). */
const CLASH: Cells = {
  event_id_cnty: 'AZE1001',
  event_date: '12 July 2020',
  year: '2020',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Armenia (2018-)',
  inter1: '8',
  actor2: 'Military Forces of Azerbaijan (2003-)',
  assoc_actor_2: 'Civilians (Azerbaijan)',
  inter2: '1',
  interaction: '18',
  iso: '31',
  region: 'Caucasus and Central Asia',
  country: 'Azerbaijan',
  admin1: 'Tovuz',
  location: 'Agdam',
  latitude: '40.9050',
  longitude: '45.5600',
  geo_precision: '1',
  source: 'Trend News Agency; APA',
  source_scale: 'National',
  notes: "-On 12 July 2020, Armenian forces shelled Azerbaijani positions near Agdam (Tovuz); 3 soldiers killed.",
  fatalities: '3',
  tags: '',
  timestamp: '1594684800',
};
const PROTEST: Cells = {
  ...CLASH,
  event_id_cnty: 'ARM2002',
  event_date: '2020-07-14',
  time_precision: '2',
  disorder_type: 'Demonstrations',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  actor1: 'Protesters (Armenia)',
  inter1: '6',
  actor2: '',
  assoc_actor_2: '',
  inter2: '0',
  interaction: '60',
  iso: '51',
  country: 'Armenia',
  admin1: 'Yerevan',
  location: 'Yerevan',
  latitude: '40.1811',
  longitude: '44.5136',
  geo_precision: '1',
  source: 'Armenpress',
  notes: 'Protesters gathered in Yerevan in support of the army.',
  fatalities: '0',
  tags: 'crowd size=no report',
};

const line = (cells: Cells) => stringify([ACLED_COLUMNS.map((c) => cells[c] ?? '')]);
const header = stringify([[...ACLED_COLUMNS]]);

let dir: string;
let store: Store;
let file: string;
let first: ImportSummary;

beforeAll(async () => {
  dir = tempDir('truce-acled-');
  store = await SqliteStore.open(':memory:');
  await store.replaceRecord(loadRecordDir());
  file = join(dir, 'acled.csv');
  writeFileSync(
    file,
    header +
      line(CLASH) + // 2
      line({ ...CLASH, event_id_cnty: 'AZE1003', event_date: '2020-13-45' }) + // 3
      line({ ...CLASH, event_id_cnty: 'AZE1004', latitude: 'north' }) + // 4
      line({ ...CLASH, event_id_cnty: 'AZE1005', sub_event_type: 'Skirmish' }) + // 5
      'AZE1006,2020-07-12,2020\n' + // 6: three fields
      line({ ...CLASH, event_id_cnty: 'AZE1007', fatalities: 'many' }) + // 7
      line({ ...CLASH, event_id_cnty: '' }) + // 8
      line({ ...CLASH, event_id_cnty: 'AZE1009', event_type: 'Riots' }) + // 9
      line({ ...CLASH, event_id_cnty: 'AZE1010' }).replace('Trend News Agency; APA', 'Trend "News" Agency') + // 10: a quote in an unquoted field
      line(PROTEST), // 11
  );
  first = await runImport(store, acledFormat, file);
}, 60_000);

describe('runImport with acledFormat', () => {
  it('imports the good rows and reports each bad one with its line and column', () => {
    expect(first).toMatchObject({ rows: 10, imported: 2, existing: 0, failed: 8 });
    const problems = first.problems.map((p) => [p.line, p.column]);
    expect(problems).toEqual([
      [3, 'event_date'],
      [4, 'latitude'],
      [5, 'sub_event_type'],
      [6, undefined],
      [7, 'fatalities'],
      [8, 'event_id_cnty'],
      [9, 'event_type'],
      [10, undefined],
    ]);
    expect(first.problems[3].message).toMatch(/fields/);
    expect(first.problems[7].message).toMatch(/CSV/);
  });

  it('makes an incident whose one claim cites the file, with the figure derived', async () => {
    const incident = (await store.getIncident('acled-aze1001'))!;
    expect(incident).toMatchObject({
      origin: 'imported',
      status: 'unreviewed',
      type: { event_type: 'Battles', sub_event_type: 'Armed clash', extension: false },
      date: { start: '2020-07-12', end: '2020-07-12', precision: 'day' },
      summary: CLASH.notes,
      external: { dataset: 'acled', id: 'AZE1001', line: 2 },
    });
    expect(incident.claims).toHaveLength(1);
    expect(incident.claims[0]).toMatchObject({ id: 'acled-aze1001/c1', kind: 'casualties', stance: 'reports', claimant_id: 'acled', document_id: first.document_id, statement: CLASH.notes });
    expect(incident.casualties).toEqual([expect.objectContaining({ outcome: 'killed', low: 3, best: 3, high: 3, conservative: 3 })]);
    // Known to the record by an alias of another name ("Armed Forces of Azerbaijan" is not "Military Forces ..."), so new actors, with the country read from the name.
    expect(incident.actor_ids).toHaveLength(3);
    const actors = await Promise.all(incident.actor_ids.map((id) => store.getActor(id)));
    expect(actors.map((a) => a?.country)).toEqual(['AM', 'AZ', 'AZ']);
    expect(incident.external?.fields).toMatchObject({ inter1: '8', interaction: '18', source: 'Trend News Agency; APA', event_date: '12 July 2020' });
    expect(incident.external?.fields).not.toHaveProperty('notes');
    expect(incident.external?.fields).not.toHaveProperty('fatalities');
    const doc = await store.getDocument(first.document_id);
    expect(doc).toMatchObject({ publisher_id: 'acled', format: 'text/csv', title: 'acled.csv' });
  });

  it('finds places the record has: Yerevan is the built-in Yerevan', async () => {
    const protest = (await store.getIncident('acled-arm2002'))!;
    expect(protest.places).toEqual([{ place_id: 'yerevan', precision: 'exact' }]);
    expect(protest.claims[0]).toMatchObject({ kind: 'event', casualties: [] });
    expect(protest.date).toEqual({ start: '2020-07-11', end: '2020-07-17', precision: 'days' });
    expect(protest.tags).toEqual(['crowd size=no report']);
  });

  it('gives each imported row back as it was read', async () => {
    const catalog = await Catalog.load(store);
    for (const [id, cells] of [['acled-aze1001', CLASH], ['acled-arm2002', PROTEST]] as const) {
      const row = acledFormat.toRow((await store.getIncident(id))!, { catalog });
      const expected = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, cells[c] ?? '']));
      // The notes start with "-": written back with spreadsheetSafe's apostrophe, as they were read from Truce's exports.
      if (id === 'acled-aze1001') expected.notes = `'${expected.notes}`;
      expect(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))).toEqual(expected);
    }
  });

  it('adds nothing when the same file is imported again', async () => {
    const again = await runImport(store, acledFormat, file);
    expect(again).toMatchObject({ imported: 0, existing: 2, failed: 8, document_id: first.document_id });
  });
});

describe('runImport with acledFormat, on a download of 2024 or later', () => {
  // ACLED's newer downloads spell the actor types out ("State forces") instead of inter codes,
  // and a file saved from a spreadsheet on Windows starts with a byte-order mark and ends its lines with CRLF.
  const WORDED: Cells = {
    ...CLASH,
    event_id_cnty: 'AZE3001',
    actor1: 'Police Forces of Azerbaijan (2003-)',
    inter1: 'State forces',
    actor2: 'OSCE Special Monitoring Team',
    assoc_actor_2: '',
    inter2: 'External/Other forces',
    interaction: 'State forces-External/Other forces',
  };

  it('reads the actor types in words, the byte-order mark and CRLF, and gives the row back as it was', async () => {
    const worded = join(tempDir('truce-acled-2024-'), 'acled-2024.csv');
    writeFileSync(worded, `\uFEFF${(header + line(WORDED) + line({ ...WORDED, event_id_cnty: 'AZE3002', inter1: 'Rebel groups', inter2: 'Civilians' })).replace(/\n/g, '\r\n')}`);
    const summary = await runImport(store, acledFormat, worded);
    expect(summary).toMatchObject({ rows: 2, imported: 2, failed: 0 });
    const incident = (await store.getIncident('acled-aze3001'))!;
    const actors = await Promise.all(incident.actor_ids.map((id) => store.getActor(id)));
    expect(actors.map((a) => a?.name)).toEqual([WORDED.actor1, WORDED.actor2]);
    // State forces stands for an armed force and External/Other forces for an organisation, as codes 1 and 8 do.
    expect(actors.map((a) => a?.kind)).toEqual(['armed_force', 'organisation']);
    const catalog = await Catalog.load(store);
    const row = acledFormat.toRow(incident, { catalog });
    expect(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))).toEqual({ ...Object.fromEntries(ACLED_COLUMNS.map((c) => [c, WORDED[c] ?? ''])), notes: `'${WORDED.notes}` });
  });

  it('reads a file a spreadsheet saved with semicolons (where the decimal mark is a comma)', async () => {
    const semicolons = join(tempDir('truce-acled-semicolons-'), 'acled-semicolons.csv');
    const cells = { ...WORDED, event_id_cnty: 'AZE3003', source: 'Trend; APA' };
    writeFileSync(semicolons, stringify([[...ACLED_COLUMNS], ACLED_COLUMNS.map((c) => cells[c] ?? '')], { delimiter: ';' }));
    const summary = await runImport(store, acledFormat, semicolons);
    expect(summary).toMatchObject({ rows: 1, imported: 1, failed: 0 });
    expect((await store.getIncident('acled-aze3003'))?.external?.fields).toMatchObject({ source: 'Trend; APA', inter1: 'State forces' });
  });

  it('reads decimal commas in the coordinates of such a file, and exports them with a point, as ACLED writes them', async () => {
    const commas = join(tempDir('truce-acled-decimal-commas-'), 'acled-decimal-commas.csv');
    const cells = { ...CLASH, event_id_cnty: 'AZE3004', location: 'Goris', admin1: 'Syunik', admin2: 'Goris', latitude: '39,5111', longitude: '46,3386' };
    const bad = { ...cells, event_id_cnty: 'AZE3005', latitude: '39,51,11' };
    writeFileSync(commas, stringify([[...ACLED_COLUMNS], ...[cells, bad].map((row) => ACLED_COLUMNS.map((c) => row[c] ?? ''))], { delimiter: ';' }));
    const summary = await runImport(store, acledFormat, commas);
    expect(summary).toMatchObject({ rows: 2, imported: 1, failed: 1 });
    expect(summary.problems).toEqual([{ line: 3, column: 'latitude', message: expect.stringContaining('39,51,11') }]);
    const incident = (await store.getIncident('acled-aze3004'))!;
    const place = await store.getPlace(incident.places[0].place_id);
    // The record's Goris, or one made at the row's point: either way within a kilometre of it.
    expect(Math.abs(place!.lat! - 39.5111)).toBeLessThan(0.01);
    const row = acledFormat.toRow(incident, { catalog: await Catalog.load(store) });
    expect([row.latitude, row.longitude].map(String)).toEqual(['39.5111', '46.3386']);
  });
});

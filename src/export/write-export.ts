import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import { acledFormat } from '../interop/acled/acled-format.js';
import type { RowFormat } from '../interop/row-format.js';
import { ucdpFormat } from '../interop/ucdp/ucdp-format.js';
import type { Incident } from '../domain/index.js';
import type { IncidentQuery, Store } from '../storage/store.js';
import { BlockWriter } from './block-writer.js';
import { Catalog } from './catalog.js';
import { CLAIM_COLUMNS, claimRecord, claimRow } from './claim-row.js';
import { allIncidents, collectRecord } from './collect-record.js';
import { CSV_COLUMNS, incidentRow } from './incident-row.js';
import { presentIncident } from './present-incident.js';
import { presentAgreement, presentMeeting, presentPrecondition } from './present-peace.js';
import { GEOJSON_HEAD, GEOJSON_TAIL, toGeoJsonFeature } from './to-geojson.js';
import { datasetLine, rowHeader } from './write-rows.js';

export { CSV_COLUMNS } from './incident-row.js';

/** Every format `truce export` and GET /exports/{format} write. */
export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'geojson', 'acled', 'ucdp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export holds a row (or line) of. */
export const EXPORT_RECORDS = ['incidents', 'claims'] as const;
export type ExportRecords = (typeof EXPORT_RECORDS)[number];

/** The formats that write claims, one a row: the rest are shaped around incidents. */
export const CLAIM_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

/** The formats that are another dataset's rows: ACLED's event CSV, UCDP's GED CSV. */
export const DATASET_FORMATS: Record<'acled' | 'ucdp', RowFormat> = { acled: acledFormat, ucdp: ucdpFormat };

export const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(name);
export const isExportRecords = (name: string): name is ExportRecords => (EXPORT_RECORDS as readonly string[]).includes(name);

/**
 * Writes the record (or the incidents a query selects) in one of the export formats, or, with
 * records 'claims', the claims of those incidents. JSON is one object; every other format
 * streams incident by incident, so an export of any size holds one page of incidents in memory;
 * `onIncident` hears of each incident written (or whose claims were), and the count is returned
 * (0 for json, which is collected whole).
 */
export async function writeExport(store: Store, format: ExportFormat, out: Writable, query: IncidentQuery = {}, records: ExportRecords = 'incidents', onIncident?: (done: number) => void): Promise<number> {
  // Rows go out in blocks, waiting when the stream is full: a slow reader slows the export rather than filling memory.
  const blocks = new BlockWriter(out);
  let done = 0;
  async function* incidents(): AsyncGenerator<Incident> {
    for await (const incident of allIncidents(store, query)) {
      yield incident;
      onIncident?.(++done);
    }
  }
  await writeFormat(store, format, (text) => blocks.write(text), incidents, query, records);
  await blocks.end();
  return done;
}

async function writeFormat(store: Store, format: ExportFormat, write: (text: string) => Promise<void>, eachIncident: () => AsyncIterable<Incident>, query: IncidentQuery, records: ExportRecords): Promise<void> {
  if (records === 'claims') {
    if (!CLAIM_FORMATS.includes(format)) throw new Error(`claims are exported as ${CLAIM_FORMATS.join(' or ')}, not ${format}`);
    const catalog = await Catalog.load(store);
    if (format === 'csv') await write(stringify([[...CLAIM_COLUMNS]]));
    for await (const incident of eachIncident()) {
      for (const claim of incident.claims) {
        await write(format === 'csv' ? stringify([claimRow(catalog, incident, claim)]) : `${JSON.stringify(claimRecord(catalog, incident, claim))}\n`);
      }
    }
    return;
  }
  if (format === 'json') {
    await write(`${JSON.stringify(await collectRecord(store, query), null, 2)}\n`);
    return;
  }
  const catalog = await Catalog.load(store);
  if (format === 'csv') {
    await write(stringify([[...CSV_COLUMNS]]));
    for await (const incident of eachIncident()) await write(stringify([incidentRow(presentIncident(catalog, incident))]));
    return;
  }
  if (format === 'geojson') {
    await write(GEOJSON_HEAD);
    let first = true;
    for await (const incident of eachIncident()) {
      await write(`${first ? '' : ',\n'}${JSON.stringify(toGeoJsonFeature(presentIncident(catalog, incident)))}`);
      first = false;
    }
    await write(GEOJSON_TAIL);
    return;
  }
  if (format === 'acled' || format === 'ucdp') {
    const dataset = DATASET_FORMATS[format];
    await write(rowHeader(dataset));
    for await (const incident of eachIncident()) await write(datasetLine(dataset, catalog, incident));
    return;
  }
  for await (const incident of eachIncident()) {
    await write(`${JSON.stringify({ record_type: 'incident', ...presentIncident(catalog, incident) })}\n`);
  }
  const timeline = (id: string) => store.getIncident(id);
  for (const a of await store.listAgreements()) await write(`${JSON.stringify(presentAgreement(catalog, a, await timeline(a.id)))}\n`);
  for (const m of await store.listMeetings()) await write(`${JSON.stringify(presentMeeting(catalog, m, await timeline(m.id)))}\n`);
  for (const p of await store.listPreconditions()) await write(`${JSON.stringify(presentPrecondition(catalog, p, await timeline(p.id)))}\n`);
}

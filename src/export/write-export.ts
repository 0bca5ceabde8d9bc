import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import type { IncidentQuery, Store } from '../storage/store.js';
import { Catalog } from './catalog.js';
import { allIncidents, collectRecord } from './collect-record.js';
import { presentIncident, type PresentedIncident } from './present-incident.js';
import { presentAgreement, presentMeeting, presentPrecondition } from './present-peace.js';
import { spreadsheetSafe } from './spreadsheet-safe.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV columns of an incident: one row each, figures per outcome summed over sides and groups. */
export const CSV_COLUMNS = [
  'id', 'title', 'event_type', 'sub_event_type', 'date_start', 'date_end', 'date_precision',
  'places', 'countries', 'latitude', 'longitude', 'location_precision', 'actors', 'sides',
  'killed_low', 'killed_best', 'killed_high', 'wounded_low', 'wounded_best', 'wounded_high',
  'responsibility', 'status', 'origin', 'claims', 'claimants', 'documents', 'summary',
] as const;

function csvRow(i: PresentedIncident): (string | number)[] {
  const sum = (outcome: string, key: 'low' | 'best' | 'high') =>
    i.casualties.filter((c) => c.outcome === outcome).reduce((n, c) => n + c[key], 0);
  const first = i.places[0];
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: i.id,
    title: i.title,
    event_type: i.type.event_type,
    sub_event_type: i.type.sub_event_type,
    date_start: i.date.start,
    date_end: i.date.end,
    date_precision: i.date.precision,
    places: i.places.map((p) => p.name).join('; '),
    countries: [...new Set(i.places.map((p) => p.country))].join('; '),
    latitude: first?.lat ?? '',
    longitude: first?.lon ?? '',
    location_precision: first?.precision ?? '',
    actors: i.actors.map((a) => a.name).join('; '),
    sides: i.sides.join('; '),
    killed_low: sum('killed', 'low'),
    killed_best: sum('killed', 'best'),
    killed_high: sum('killed', 'high'),
    wounded_low: sum('wounded', 'low'),
    wounded_best: sum('wounded', 'best'),
    wounded_high: sum('wounded', 'high'),
    responsibility: i.responsibility.status,
    status: i.status,
    origin: i.origin,
    claims: i.claims.length,
    claimants: [...new Set(i.claims.map((c) => `${c.claimant.name} (${c.claimant.country})`))].join('; '),
    documents: [...new Set(i.claims.map((c) => `${c.document.title}, ${c.document.publisher}, ${c.document.published}`))].join('; '),
    summary: i.summary,
  };
  return CSV_COLUMNS.map((c) => spreadsheetSafe(row[c]));
}

/**
 * Writes the record (or the incidents a query selects) in one of the export formats.
 * JSON is one object; JSON Lines and CSV stream incident by incident.
 */
export async function writeExport(store: Store, format: ExportFormat, out: Writable, query: IncidentQuery = {}): Promise<void> {
  const write = (text: string) => new Promise<void>((resolve, reject) => out.write(text, (e) => (e ? reject(e) : resolve())));
  if (format === 'json') {
    await write(`${JSON.stringify(await collectRecord(store, query), null, 2)}\n`);
    return;
  }
  const catalog = await Catalog.load(store);
  if (format === 'csv') {
    await write(stringify([[...CSV_COLUMNS]]));
    for await (const incident of allIncidents(store, query)) await write(stringify([csvRow(presentIncident(catalog, incident))]));
    return;
  }
  for await (const incident of allIncidents(store, query)) {
    await write(`${JSON.stringify({ record_type: 'incident', ...presentIncident(catalog, incident) })}\n`);
  }
  const timeline = (id: string) => store.getIncident(id);
  for (const a of await store.listAgreements()) await write(`${JSON.stringify(presentAgreement(catalog, a, await timeline(a.id)))}\n`);
  for (const m of await store.listMeetings()) await write(`${JSON.stringify(presentMeeting(catalog, m, await timeline(m.id)))}\n`);
  for (const p of await store.listPreconditions()) await write(`${JSON.stringify(presentPrecondition(catalog, p, await timeline(p.id)))}\n`);
}

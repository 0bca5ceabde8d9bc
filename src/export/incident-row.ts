import type { PresentedIncident } from './present-incident.js';
import { spreadsheetSafe } from './spreadsheet-safe.js';

/** The CSV columns of an incident: one row each, figures per outcome summed over sides and groups. */
export const CSV_COLUMNS = [
  'id', 'title', 'event_type', 'sub_event_type', 'date_start', 'date_end', 'date_precision',
  'places', 'countries', 'latitude', 'longitude', 'location_precision', 'actors', 'sides',
  'killed_low', 'killed_best', 'killed_high', 'wounded_low', 'wounded_best', 'wounded_high',
  'responsibility', 'status', 'origin', 'claims', 'claimants', 'documents', 'summary',
] as const;

/** An incident's killed and wounded figures, each summed over sides and groups (0 when none is claimed). */
export function figureTotals(i: PresentedIncident) {
  const total = (outcome: string, key: 'low' | 'best' | 'high') => i.casualties.filter((c) => c.outcome === outcome).reduce((n, c) => n + c[key], 0);
  return {
    killed_low: total('killed', 'low'),
    killed_best: total('killed', 'best'),
    killed_high: total('killed', 'high'),
    wounded_low: total('wounded', 'low'),
    wounded_best: total('wounded', 'best'),
    wounded_high: total('wounded', 'high'),
  };
}

/** The publishers an incident's claims cite, each once, in the order first cited. */
export function publishersOf(i: PresentedIncident): string[] {
  return [...new Set(i.claims.map((c) => c.document.publisher))];
}

/** An incident as a CSV row in CSV_COLUMNS order, every text cell spreadsheet-safe. */
export function incidentRow(i: PresentedIncident): (string | number)[] {
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
    ...figureTotals(i),
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

import { casualtyFigure, type CasualtyFigure, type Claim, type Incident, type PlaceLevel } from '../../domain/index.js';
import { RowProblem, type RowContext } from '../row-format.js';
import { slugId } from '../import/slug-id.js';
import { joinList, splitList, unsafeCell } from './cell-text.js';
import { ACLED_COLUMNS } from './acled-columns.js';
import { countryCodeOf, countryInName } from './acled-countries.js';
import { readType } from './event-columns.js';
import { actorKindOf } from './inter-codes.js';
import { dateRangeOf, locationPrecisionOf, parseAcledDate, type GeoPrecision, type TimePrecision } from './precision.js';

/** Columns Truce does not model, kept with the incident so an export writes them back. */
const UNMODELLED = ['disorder_type', 'inter1', 'inter2', 'interaction', 'civilian_targeting', 'region', 'source', 'source_scale', 'timestamp'];
/**
 * Names and coordinates as the row wrote them. The record may know the actor or place under
 * another name, or at other coordinates; the export gives the row's wording back as long as
 * the incident still has the same actors and place.
 */
const AS_WRITTEN = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'country', 'iso', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude'];

export function acledIncidentId(eventIdCnty: string): string {
  return `acled-${slugId(eventIdCnty)}`;
}

function code(text: string, column: string, max: number): number | RowProblem {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= max ? n : new RowProblem(column, `"${text}" is not a ${column} code: ACLED uses 1 to ${max}`);
}

function coordinate(text: string, column: string, limit: number): number | RowProblem {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && Math.abs(n) <= limit ? n : new RowProblem(column, `"${text}" is not a ${column} (a number from -${limit} to ${limit})`);
}

/**
 * Reads one ACLED row as an incident with one claim: ACLED, citing the imported file,
 * reports the event as the row's notes tell it, with the row's fatalities as its figure.
 */
export function readAcledRow(raw: Record<string, string>, ctx: RowContext): Incident | RowProblem {
  const row: Record<string, string> = {};
  for (const column of ACLED_COLUMNS) row[column] = unsafeCell(raw[column] ?? '');
  const id = row.event_id_cnty.trim();
  if (!id) return new RowProblem('event_id_cnty', 'the row has no event_id_cnty, which an import needs to recognise it later');

  const day = parseAcledDate(row.event_date);
  if (!day) return new RowProblem('event_date', `"${row.event_date}" is not a date (ACLED writes 2020-07-12 or 12 July 2020)`);
  if (row.year.trim() && Number(row.year) !== Number(day.slice(0, 4))) return new RowProblem('year', `year ${row.year} is not the year of event_date ${row.event_date}`);
  const timePrecision = code(row.time_precision, 'time_precision', 3);
  if (timePrecision instanceof RowProblem) return timePrecision;

  const typed = readType(row.event_type, row.sub_event_type, row.tags);
  if ('column' in typed) return new RowProblem(typed.column, typed.message);

  const fatalities = row.fatalities.trim() === '' ? 0 : Number(row.fatalities);
  if (!Number.isInteger(fatalities) || fatalities < 0) return new RowProblem('fatalities', `"${row.fatalities}" is not a number of people (a whole number, 0 or more)`);

  const country = countryCodeOf(row.iso, row.country);
  const places: Incident['places'] = [];
  const location = row.location.trim();
  if (location) {
    const lat = coordinate(row.latitude, 'latitude', 90);
    if (lat instanceof RowProblem) return lat;
    const lon = coordinate(row.longitude, 'longitude', 180);
    if (lon instanceof RowProblem) return lon;
    const geo = code(row.geo_precision, 'geo_precision', 3);
    if (geo instanceof RowProblem) return geo;
    // The admin units are made from the row when the record lacks them, at the row's point: the best the row gives.
    const unit = (name: string, level: PlaceLevel, parent_id?: string) => ctx.place({ name, country, lat, lon, level, ...(parent_id ? { parent_id } : {}) });
    const admin1 = row.admin1.trim() && row.admin1.trim() !== location ? unit(row.admin1.trim(), 'admin1') : undefined;
    const admin2 = row.admin2.trim() && row.admin2.trim() !== location ? unit(row.admin2.trim(), 'admin2', admin1) : undefined;
    const level: PlaceLevel = location === row.admin1.trim() ? 'admin1' : location === row.admin2.trim() ? 'admin2' : 'settlement';
    places.push({ place_id: unit(location, level, admin2 ?? admin1), precision: locationPrecisionOf(geo as GeoPrecision) });
  }

  const actorIds: string[] = [];
  const addActor = (name: string, inter: string) => {
    const actorId = ctx.actor({ name, kind: actorKindOf(Number(inter)), country: countryInName(name) ?? 'unknown' });
    if (!actorIds.includes(actorId)) actorIds.push(actorId);
  };
  for (const [actor, assoc, inter] of [
    ['actor1', 'assoc_actor_1', 'inter1'],
    ['actor2', 'assoc_actor_2', 'inter2'],
  ]) {
    if (row[actor].trim()) addActor(row[actor].trim(), row[inter]);
    for (const name of splitList(row[assoc])) addActor(name, row[inter]);
  }

  const incidentId = acledIncidentId(id);
  const casualties: CasualtyFigure[] = [];
  if (fatalities > 0) casualties.push(casualtyFigure({ outcome: 'killed', group: 'unknown', side: 'unknown' }, { count: fatalities }) as CasualtyFigure);
  const title = location ? `${typed.type.sub_event_type} in ${location}` : typed.type.sub_event_type;
  const claim: Claim = {
    id: `${incidentId}/c1`,
    kind: fatalities > 0 ? 'casualties' : 'event',
    stance: 'reports',
    claimant_id: ctx.claimant_id,
    document_id: ctx.document.id,
    statement: row.notes.trim() || `${title} on ${day}.`,
    hedges: [],
    blames: [],
    casualties,
    status: 'unreviewed',
  };

  const fields: Record<string, string> = {};
  for (const column of [...UNMODELLED, ...AS_WRITTEN]) if (column in raw) fields[column] = row[column];
  // Modelled columns whose wording the model would not give back exactly.
  const canonical: Record<string, string> = {
    event_date: day,
    year: day.slice(0, 4),
    time_precision: String(timePrecision),
    event_type: typed.type.extension ? 'Strategic developments' : typed.type.event_type,
    sub_event_type: typed.type.extension ? 'Other' : typed.type.sub_event_type,
    geo_precision: row.geo_precision.trim(),
    fatalities: String(fatalities),
    tags: joinList(splitList(row.tags)),
  };
  for (const [column, value] of Object.entries(canonical)) if (column in raw && row[column] !== value) fields[column] = row[column];

  return {
    id: incidentId,
    title,
    summary: row.notes,
    type: typed.type,
    date: dateRangeOf(day, timePrecision as TimePrecision),
    places,
    actor_ids: actorIds,
    tags: typed.tags,
    status: 'unreviewed',
    origin: 'imported',
    claims: [claim],
    casualties: [],
    responsibility: { status: 'unknown', accounts: [] },
    sides: [],
    external: { dataset: 'acled', id, line: ctx.line, fields },
  };
}

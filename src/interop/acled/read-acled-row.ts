import { casualtyFigure, type CasualtyFigure, type Claim, type Incident, type PlaceLevel } from '../../domain/index.js';
import { decimalPoint } from '../decimal-point.js';
import { RowProblem, type RowContext } from '../row-format.js';
import { slugId } from '../import/slug-id.js';
import { joinList, splitList, unsafeCell } from './cell-text.js';
import type { AcledColumn } from './acled-columns.js';
import { countryCodeOf, countryInName } from './acled-countries.js';
import { readType } from './event-columns.js';
import { actorKindOf } from './inter-codes.js';
import { dateRangeOf, locationPrecisionOf, parseAcledDate, type GeoPrecision, type TimePrecision } from './precision.js';

/** Columns Truce does not model, kept with the incident so an export writes them back. */
const UNMODELLED: AcledColumn[] = ['disorder_type', 'inter1', 'inter2', 'interaction', 'civilian_targeting', 'region', 'source', 'source_scale', 'timestamp'];
/**
 * Names and coordinates as the row wrote them. The record may know the actor or place under
 * another name, or at other coordinates; the export gives the row's wording back as long as
 * the incident still has the same actors and place.
 */
const AS_WRITTEN: AcledColumn[] = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'country', 'iso', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude'];

/** The columns kept with the incident, the unmodelled first. */
const KEPT = [...UNMODELLED, ...AS_WRITTEN];
/** Modelled columns kept too when the row words them otherwise than the export would (see readAcledRow's `canonical`). */
const CANONICAL: AcledColumn[] = ['event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'geo_precision', 'fatalities', 'tags'];
/** Each party's columns: the actor, the actors associated with it, their inter code. */
const ACTOR_COLUMNS = [
  ['actor1', 'assoc_actor_1', 'inter1'],
  ['actor2', 'assoc_actor_2', 'inter2'],
] as const;

// Top-level functions rather than closures made for each row: a million rows made two
// million closures, each given its name at run time by the TypeScript loader.

/** A place of the row (its location or an admin unit): the record's, or one made at the row's point. */
function unitOf(ctx: RowContext, name: string, country: string, lat: number, lon: number, level: PlaceLevel, parent_id?: string): string {
  return ctx.place(parent_id ? { name, country, lat, lon, level, parent_id } : { name, country, lat, lon, level });
}

function addActor(ctx: RowContext, actorIds: string[], name: string, inter: string): void {
  const actorId = ctx.actor({ name, kind: actorKindOf(inter), country: countryInName(name) ?? 'unknown' });
  if (!actorIds.includes(actorId)) actorIds.push(actorId);
}

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

function cell(text: string | undefined): string {
  return unsafeCell(text ?? '');
}

/**
 * The row's cells by ACLED's column names, spreadsheet apostrophes taken off, coordinates with a decimal point, a missing column
 * empty. An object literal, so every row's object has one shape from the start and each column
 * is read by name: filled in a loop over the names, a million rows made as many objects grown key
 * by key, and every read of them went through V8's slowest (megamorphic) lookups.
 */
function cellsOf(raw: Record<string, string>): Record<AcledColumn, string> {
  return {
    event_id_cnty: cell(raw.event_id_cnty),
    event_date: cell(raw.event_date),
    year: cell(raw.year),
    time_precision: cell(raw.time_precision),
    disorder_type: cell(raw.disorder_type),
    event_type: cell(raw.event_type),
    sub_event_type: cell(raw.sub_event_type),
    actor1: cell(raw.actor1),
    assoc_actor_1: cell(raw.assoc_actor_1),
    inter1: cell(raw.inter1),
    actor2: cell(raw.actor2),
    assoc_actor_2: cell(raw.assoc_actor_2),
    inter2: cell(raw.inter2),
    interaction: cell(raw.interaction),
    civilian_targeting: cell(raw.civilian_targeting),
    iso: cell(raw.iso),
    region: cell(raw.region),
    country: cell(raw.country),
    admin1: cell(raw.admin1),
    admin2: cell(raw.admin2),
    admin3: cell(raw.admin3),
    location: cell(raw.location),
    latitude: decimalPoint(cell(raw.latitude)),
    longitude: decimalPoint(cell(raw.longitude)),
    geo_precision: cell(raw.geo_precision),
    source: cell(raw.source),
    source_scale: cell(raw.source_scale),
    notes: cell(raw.notes),
    fatalities: cell(raw.fatalities),
    tags: cell(raw.tags),
    timestamp: cell(raw.timestamp),
  };
}

/**
 * Reads one ACLED row as an incident with one claim: ACLED, citing the imported file,
 * reports the event as the row's notes tell it, with the row's fatalities as its figure.
 */
export function readAcledRow(raw: Record<string, string>, ctx: RowContext): Incident | RowProblem {
  const row = cellsOf(raw);
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
    const admin1 = row.admin1.trim() && row.admin1.trim() !== location ? unitOf(ctx, row.admin1.trim(), country, lat, lon, 'admin1') : undefined;
    const admin2 = row.admin2.trim() && row.admin2.trim() !== location ? unitOf(ctx, row.admin2.trim(), country, lat, lon, 'admin2', admin1) : undefined;
    const level: PlaceLevel = location === row.admin1.trim() ? 'admin1' : location === row.admin2.trim() ? 'admin2' : 'settlement';
    places.push({ place_id: unitOf(ctx, location, country, lat, lon, level, admin2 ?? admin1), precision: locationPrecisionOf(geo as GeoPrecision) });
  }

  const actorIds: string[] = [];
  for (const [actor, assoc, inter] of ACTOR_COLUMNS) {
    if (row[actor].trim()) addActor(ctx, actorIds, row[actor].trim(), row[inter]);
    if (row[assoc]) for (const name of splitList(row[assoc])) addActor(ctx, actorIds, name, row[inter]);
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
  for (const column of KEPT) if (column in raw) fields[column] = row[column];
  // Modelled columns whose wording the model would not give back exactly.
  const canonical = [
    day,
    day.slice(0, 4),
    String(timePrecision),
    typed.type.extension ? 'Strategic developments' : typed.type.event_type,
    typed.type.extension ? 'Other' : typed.type.sub_event_type,
    row.geo_precision.trim(),
    String(fatalities),
    row.tags && joinList(splitList(row.tags)),
  ];
  for (let c = 0; c < CANONICAL.length; c++) if (row[CANONICAL[c]] !== canonical[c] && CANONICAL[c] in raw) fields[CANONICAL[c]] = row[CANONICAL[c]];

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

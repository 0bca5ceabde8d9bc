import { casualtyRanges, eventTypeOf, type Claim, type Incident, type IncidentPlace } from '../../domain/index.js';
import { decimalPoint } from '../decimal-point.js';
import { RowProblem, type RowContext } from '../row-format.js';
import { fromCell, modeledCells } from './ged-cells.js';
import { KEPT_COLUMNS, MODELED_COLUMNS } from './ged-columns.js';
import { DEATH_COLUMNS, deathsProblem, figuresOf, type GedDeaths } from './ged-deaths.js';
import { importedModel } from './ged-export.js';
import { dateRangeOf, isoDayOf, locationOfWherePrec, type WherePrec } from './ged-precision.js';
import { CIVILIANS, sideNamed, type GedSide, type ViolenceType } from './ged-sides.js';
import { gwCountryNamed } from './gw-countries.js';

/** The incident id of a GED row: `ucdp-` and GED's id. */
export function ucdpIncidentId(gedId: string): string {
  return `ucdp-${gedId.trim()}`;
}

/** A whole number from a cell, within [min, max], or a RowProblem naming the column. */
function wholeNumber(row: Record<string, string>, column: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | RowProblem {
  const cell = (row[column] ?? '').trim();
  if (!/^\d+$/.test(cell)) return new RowProblem(column, `${column} is "${cell}", not a whole number`);
  const n = Number(cell);
  if (n < min || n > max) return new RowProblem(column, `${column} is ${n}; GED's ${column} runs from ${min} to ${max}`);
  return n;
}

function coordinate(row: Record<string, string>, column: 'latitude' | 'longitude', limit: number): number | undefined | RowProblem {
  const cell = (row[column] ?? '').trim();
  if (!cell) return undefined;
  const n = Number(cell);
  if (!Number.isFinite(n) || !/^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(cell)) return new RowProblem(column, `${column} is "${cell}", not a number`);
  if (Math.abs(n) > limit) return new RowProblem(column, `${column} ${n} is outside -${limit}..${limit}`);
  return n;
}

const VIOLENCE_WORDS: Record<ViolenceType, string> = { 1: 'state-based conflict', 2: 'non-state conflict', 3: 'one-sided violence' };

/**
 * Reads a GED row into an incident with one claim: UCDP reports, in the imported file, the
 * deaths by side, the date and the place. The sides become actors (a "Government of X"
 * a state), the location a place in the record (with its admin units as parents), deaths
 * figures that derive back to the row's columns (ged-deaths.ts). GED's type_of_violence
 * gives the type: 3 "Violence against civilians / Attack", 1 and 2 "Battles / Armed clash"
 * (told apart again by whether a side is a government). The row's other cells are kept
 * in `external.fields` (ged-columns.ts says which).
 */
export function gedIncident(raw: Record<string, string>, ctx: RowContext): Incident | RowProblem {
  const row: Record<string, string> = {};
  for (const [column, cell] of Object.entries(raw)) row[column] = fromCell(cell);
  for (const column of ['latitude', 'longitude']) if (row[column] !== undefined) row[column] = decimalPoint(row[column]);

  const id = (row.id ?? '').trim();
  if (!id) return new RowProblem('id', 'the row has no id');
  if (!/^\d+$/.test(id)) return new RowProblem('id', `id is "${id}"; GED's ids are whole numbers`);

  const violence = wholeNumber(row, 'type_of_violence', 1, 3);
  if (violence instanceof RowProblem) return violence;
  const wherePrec = wholeNumber(row, 'where_prec', 1, 7);
  if (wherePrec instanceof RowProblem) return wherePrec;
  const datePrec = wholeNumber(row, 'date_prec', 1, 5);
  if (datePrec instanceof RowProblem) return datePrec;
  const deaths = {} as GedDeaths;
  for (const column of DEATH_COLUMNS) {
    const n = wholeNumber(row, column);
    if (n instanceof RowProblem) return n;
    deaths[column] = n;
  }
  const deathsWrong = deathsProblem(deaths);
  if (deathsWrong) return new RowProblem(deathsWrong.column, deathsWrong.message);

  const start = isoDayOf(row.date_start ?? '');
  if (!start) return new RowProblem('date_start', `date_start is "${row.date_start ?? ''}", not a date (YYYY-MM-DD, or GED's "YYYY-MM-DD 00:00:00.000")`);
  const end = isoDayOf(row.date_end ?? '');
  if (!end) return new RowProblem('date_end', `date_end is "${row.date_end ?? ''}", not a date (YYYY-MM-DD, or GED's "YYYY-MM-DD 00:00:00.000")`);
  if (end < start) return new RowProblem('date_end', `date_end ${end} is before date_start ${start}`);

  const lat = coordinate(row, 'latitude', 90);
  if (lat instanceof RowProblem) return lat;
  const lon = coordinate(row, 'longitude', 180);
  if (lon instanceof RowProblem) return lon;
  if ((lat === undefined) !== (lon === undefined)) return new RowProblem(lat === undefined ? 'latitude' : 'longitude', 'a row with one coordinate needs the other');

  const a = sideNamed(row.side_a ?? '');
  const b = sideNamed(row.side_b ?? '');
  const actorOf = (s: GedSide) =>
    ctx.actor({ name: s.name, kind: s.government ? 'state' : 'group', ...(s.key.length === 2 ? { side: s.key, country: s.key } : {}) });
  const actor_ids = [a, b].filter((s): s is GedSide => s !== undefined && s.key !== CIVILIANS).map(actorOf);

  const country = gwCountryNamed(row.country ?? '')?.iso ?? 'unknown';
  const places = placesOf(row, ctx, wherePrec as WherePrec, country, lat, lon);

  const type = eventTypeOf(violence === 3 ? 'Attack' : 'Armed clash')!;
  const date = dateRangeOf(start, end);
  const incidentId = ucdpIncidentId(id);
  const casualties = figuresOf(deaths, a?.key ?? 'unknown', b?.key ?? 'unknown');
  const dyad = row.dyad_name?.trim() || [a?.name, b?.name].filter(Boolean).join(' - ');
  const where = row.where_coordinates?.trim() || row.country?.trim() || '';
  const claim: Claim = {
    id: `${incidentId}/c1`,
    kind: casualties.length ? 'casualties' : 'event',
    stance: 'reports',
    claimant_id: ctx.claimant_id,
    document_id: ctx.document.id,
    statement:
      `UCDP GED event ${id} (${VIOLENCE_WORDS[violence as ViolenceType]}${dyad ? `, ${dyad}` : ''})${where ? ` at ${where}` : ''}, ` +
      `${start === end ? start : `${start} to ${end}`}: ${deaths.best} deaths (low ${deaths.low}, high ${deaths.high}).`,
    hedges: [],
    blames: [],
    casualties,
    status: 'unreviewed',
  };
  const incident: Incident = {
    id: incidentId,
    title: [dyad, where && `at ${where}`].filter(Boolean).join(' ') || `UCDP GED event ${id}`,
    summary: [row.source_headline, row.where_description].map((s) => s?.trim()).filter(Boolean).join(' | '),
    type,
    date,
    places,
    actor_ids: [...new Set(actor_ids)],
    tags: [],
    status: 'unreviewed',
    origin: 'imported',
    claims: [claim],
    casualties: [],
    responsibility: { status: 'unknown', accounts: [] },
    sides: [],
    external: { dataset: 'ucdp', id, line: ctx.line, fields: {} },
  };
  incident.external!.fields = keptFields(row, incident, places.length ? country : undefined);
  return incident;
}

/**
 * The place the row codes (where_coordinates, else its smallest admin unit, else the
 * country), at the precision where_prec gives, with adm_1 and adm_2 as its parents. The
 * admin units get the event's coordinates: a point inside them, the only one the row has.
 */
function placesOf(row: Record<string, string>, ctx: RowContext, wherePrec: WherePrec, country: string, lat?: number, lon?: number): IncidentPlace[] {
  const { precision, level } = locationOfWherePrec(wherePrec);
  const adm1 = row.adm_1?.trim() ?? '';
  const adm2 = row.adm_2?.trim() ?? '';
  const name = row.where_coordinates?.trim() || adm2 || adm1 || row.country?.trim() || '';
  if (!name) return [];
  const at = lat !== undefined && lon !== undefined ? { lat, lon } : {};
  const same = (x: string) => x.toLowerCase() === name.toLowerCase();
  let parent: string | undefined;
  if (level !== 'country' && adm1 && !same(adm1)) parent = ctx.place({ name: adm1, country, level: 'admin1', ...at });
  if (level !== 'country' && adm2 && !same(adm2) && adm2.toLowerCase() !== adm1.toLowerCase())
    parent = ctx.place({ name: adm2, country, level: 'admin2', ...at, ...(parent ? { parent_id: parent } : {}) });
  const place_id = ctx.place({ name, country, level, ...at, ...(parent ? { parent_id: parent } : {}) });
  return [{ place_id, precision }];
}

/**
 * The cells the incident keeps as written: every non-empty kept column, and each modeled
 * column whose cell the model would not give back (compared the way the export computes it).
 */
function keptFields(row: Record<string, string>, incident: Incident, placeCountry: string | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const column of KEPT_COLUMNS) if (row[column]) fields[column] = row[column];
  const derived = { ...incident, casualties: casualtyRanges(incident.claims, () => 'ucdp') };
  const modeled = modeledCells(importedModel(derived, fields, placeCountry));
  for (const column of MODELED_COLUMNS) if (row[column] !== undefined && String(modeled[column]) !== row[column]) fields[column] = row[column];
  return fields;
}



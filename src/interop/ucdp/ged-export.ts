import type { ExternalRow, Incident } from '../../domain/index.js';
import type { Catalog } from '../../export/catalog.js';
import { modeledCells, gedCells } from './ged-cells.js';
import { GED_COLUMNS, MODELED_COLUMNS, type GedColumn } from './ged-columns.js';
import { deathsOf } from './ged-deaths.js';
import { locationOf, priogridOf } from './ged-location.js';
import { datePrecOf, wherePrecOf } from './ged-precision.js';
import { conflictName, dyadName, sideNamed, sidesOfIncident, violenceOf } from './ged-sides.js';
import { sourceCells } from './ged-sources.js';
import { stableId } from './stable-id.js';

/**
 * An incident as a GED row. A row imported from GED comes back as it was read: its
 * id and kept cells, and the modeled cells recomputed from the incident. Any other
 * incident is written from the record: see nativeCells.
 */
export function gedRow(incident: Incident, catalog: Catalog): Record<string, string | number> {
  const external = incident.external?.dataset === 'ucdp' ? incident.external : undefined;
  const cells = external ? importedCells(incident, external, catalog) : nativeCells(incident, catalog);
  return gedCells(GED_COLUMNS, (column) => cells[column]);
}

/**
 * A Truce incident's row. GED's ids are stable numbers made from Truce's ids
 * (stable-id.ts); relid is the incident's own id. active_year (whether the dyad passed 25
 * deaths that year) depends on every incident of the year and is left empty. code_status
 * is "Clear". event_clarity is 2 ("lower clarity": an aggregate whose deaths cannot be told
 * apart by day or place) when the incident spans a week or more or several places, else 1.
 */
function nativeCells(incident: Incident, catalog: Catalog): Partial<Record<GedColumn, string | number>> {
  const { a, b } = sidesOfIncident(incident, catalog);
  const violence = violenceOf(incident.type, a, b);
  const location = locationOf(incident, catalog, a?.key);
  const deaths = deathsOf(incident.casualties, a?.key, b?.key);
  const modeled = modeledCells({ date: incident.date, violence, wherePrec: location.where_prec, country: location.country, deaths });
  const conflict = conflictName(violence, a, b);
  const dyad = dyadName(a, b);
  const sideIds = (s: typeof a) => (s ? stableId(`side:${s.name}`) : '');
  const place = location.place;
  return {
    ...modeled,
    id: stableId(incident.id),
    relid: incident.id,
    active_year: '',
    code_status: 'Clear',
    conflict_dset_id: stableId(`conflict:${conflict}`),
    conflict_new_id: stableId(`conflict:${conflict}`),
    conflict_name: conflict,
    dyad_dset_id: stableId(`dyad:${dyad}`),
    dyad_new_id: stableId(`dyad:${dyad}`),
    dyad_name: dyad,
    side_a_dset_id: sideIds(a),
    side_a_new_id: sideIds(a),
    side_a: a?.name ?? '',
    side_b_dset_id: sideIds(b),
    side_b_new_id: sideIds(b),
    side_b: b?.name ?? '',
    ...sourceCells(incident, catalog),
    where_coordinates: place?.name ?? '',
    where_description: location.where_description,
    adm_1: location.adm_1,
    adm_2: location.adm_2,
    latitude: place?.lat ?? '',
    longitude: place?.lon ?? '',
    geom_wkt: place ? `POINT (${place.lon} ${place.lat})` : '',
    priogrid_gid: place ? priogridOf(place.lat, place.lon) : '',
    event_clarity: datePrecOf(incident.date) >= 3 || incident.places.length > 1 ? 2 : 1,
    gwnoa: a?.government ? (a.gwno ?? '') : '',
    gwnob: b?.government ? (b.gwno ?? '') : '',
  };
}

/** The model of an imported row, from the incident and the row's own names for its sides (kept with it). */
export function importedModel(incident: Incident, fields: Record<string, string>, placeCountry: string | undefined) {
  const a = sideNamed(fields.side_a ?? '');
  const b = sideNamed(fields.side_b ?? '');
  const first = incident.places[0];
  return {
    date: incident.date,
    violence: violenceOf(incident.type, a, b),
    wherePrec: first ? wherePrecOf(first.precision) : (6 as const),
    ...(first && placeCountry ? { country: placeCountry } : {}),
    deaths: deathsOf(incident.casualties, a?.key, b?.key),
  };
}

function importedCells(incident: Incident, external: ExternalRow, catalog: Catalog): Partial<Record<GedColumn, string | number>> {
  const place = incident.places[0] ? catalog.places.get(incident.places[0].place_id) : undefined;
  const modeled = modeledCells(importedModel(incident, external.fields, place?.country));
  const cells: Partial<Record<GedColumn, string | number>> = { id: external.id };
  for (const column of GED_COLUMNS) {
    if (column === 'id') continue;
    const kept = external.fields[column];
    cells[column] = kept ?? ((MODELED_COLUMNS as readonly string[]).includes(column) ? modeled[column as keyof typeof modeled] : '');
  }
  return cells;
}

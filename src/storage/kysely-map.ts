import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { IncidentPlace, Place } from '../domain/index.js';
import { placesInBox } from './kysely-read.js';
import { LOCATION_PRECISIONS, type MapPoints, type MapQuery } from './map-store.js';
import { fromJson, type Database } from './schema.js';
import type { SqlDialect } from './sql-dialect.js';

// The map's reads: every matching incident as one point, with no more of it than the map draws.
// KyselyStore delegates here so its own file stays small.

const CHUNK = 500;
const RANK = new Map(LOCATION_PRECISIONS.map((p, k) => [p as string, k]));

/**
 * One row per listed incident matching the filters (the listing's meaning of each), with only
 * its places and sides taken out of the stored JSON: parsing whole incidents would cost ten
 * times as much. How each backend reads them is its dialect's placesAndSides.
 */
export async function mapPoints(db: Kysely<Database>, dialect: SqlDialect, query: MapQuery, textMatch: (text: string) => RawBuilder<boolean>): Promise<MapPoints> {
  const empty: MapPoints = { ids: [], dates: [], lats: new Float64Array(0), lons: new Float64Array(0), precisions: new Uint8Array(0), sides: [], unlocated: 0 };
  let q = db
    .selectFrom('incidents')
    .select(['id', 'date_start', dialect.placesAndSides().as('located')])
    .where('parent_id', 'is', null);
  if (query.from) q = q.where('date_end', '>=', query.from);
  if (query.to) q = q.where('date_start', '<=', query.to);
  if (query.types?.length) {
    const types = query.types.map((t) => t.toLowerCase());
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['event_type']), 'in', types), eb(eb.fn('lower', ['sub_event_type']), 'in', types)]));
  }
  if (query.status?.length) q = q.where('status', 'in', query.status);
  const boxed = query.bbox ? await placesInBox(db, query.bbox) : undefined;
  for (const [facet, values] of [['place', query.placeIds], ['place', boxed], ['actor', query.actorIds], ['side', query.sides]] as const) {
    if (values === undefined) continue;
    if (values.length === 0) return empty;
    q = q.where('id', 'in', (eb) => eb.selectFrom('incident_facets').select('incident_id').where('facet', '=', facet).where('value', 'in', values));
  }
  if (query.text?.trim()) q = q.where(textMatch(query.text));

  const where = new Map<string, [number, number]>();
  for (const row of await db.selectFrom('places').select(['id', 'data']).execute()) {
    const p = fromJson<Place>(row.data);
    if (Number.isFinite(p.lat) && Number.isFinite(p.lon)) where.set(p.id, [p.lat, p.lon]);
  }

  const rows = await q.orderBy('date_start').orderBy('id').execute();
  const n = rows.length;
  const out: MapPoints = { ids: [], dates: [], lats: new Float64Array(n), lons: new Float64Array(n), precisions: new Uint8Array(n), sides: [], unlocated: 0 };
  let k = 0;
  for (const row of rows) {
    let best: [number, number] | undefined;
    let rank = LOCATION_PRECISIONS.length;
    const [places, sides] = JSON.parse(row.located) as [IncidentPlace[] | null, string[] | null];
    for (const place of places ?? []) {
      const at = where.get(place.place_id);
      const r = RANK.get(place.precision) ?? LOCATION_PRECISIONS.length - 1;
      if (at && r < rank) [best, rank] = [at, r];
    }
    if (!best) {
      out.unlocated++;
      continue;
    }
    out.ids.push(row.id);
    out.dates.push(row.date_start);
    out.lats[k] = best[0];
    out.lons[k] = best[1];
    out.precisions[k] = rank;
    out.sides.push(sides?.join(',') ?? '');
    k++;
  }
  return { ...out, lats: out.lats.subarray(0, k), lons: out.lons.subarray(0, k), precisions: out.precisions.subarray(0, k) };
}

export async function incidentTitles(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let k = 0; k < unique.length; k += CHUNK) {
    for (const r of await db.selectFrom('incidents').select(['id', 'title']).where('id', 'in', unique.slice(k, k + CHUNK)).execute()) out.set(r.id, r.title);
  }
  return out;
}

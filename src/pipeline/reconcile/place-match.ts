import type { LocationPrecision } from '../../domain/index.js';
import type { ReportPlace } from './report.js';

/** How far apart two mentions of one occurrence may lie, by the coarser of their precisions (km). */
export const RADIUS_KM: Record<LocationPrecision, number> = {
  exact: 15,
  near: 25,
  district: 40,
  province: 100,
  region: 150,
  country: 0,
};

/** Finer first: a report is located by its finest places. */
export const PRECISION_RANK: Record<LocationPrecision, number> = { exact: 0, near: 1, district: 2, province: 3, region: 4, country: 5 };

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How strongly two places say "the same spot": 3 the same place, 2 one contains the other,
 * 1 within the distance their precisions allow, 0.5 a country-precision place and a place in
 * that country, -1 apart. Distance decides across borders too: Armenia's "Tavush direction"
 * and Azerbaijan's "Tovuz district" describe one border clash.
 */
export function placeMatch(a: ReportPlace, b: ReportPlace, radiusKm: Record<LocationPrecision, number> = RADIUS_KM): number {
  if (a.place_id === b.place_id) return 3;
  if (a.parent_ids.includes(b.place_id) || b.parent_ids.includes(a.place_id)) return 2;
  if (a.precision === 'country' || b.precision === 'country') return a.country === b.country ? 0.5 : -1;
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return -1;
  const limit = Math.max(radiusKm[a.precision], radiusKm[b.precision]);
  return distanceKm(a as { lat: number; lon: number }, b as { lat: number; lon: number }) <= limit ? 1 : -1;
}

/** The best match between any two of the places; 0 when either side names none (it constrains nothing). */
export function placesMatch(a: ReportPlace[], b: ReportPlace[], radiusKm?: Record<LocationPrecision, number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  let best = -1;
  for (const x of a) for (const y of b) best = Math.max(best, placeMatch(x, y, radiusKm));
  return best;
}

/** A report's places at its finest precision: "Tovuz district, Azerbaijan" is located by Tovuz. */
export function finestPlaces(places: ReportPlace[]): ReportPlace[] {
  if (places.length <= 1) return places;
  const best = Math.min(...places.map((p) => PRECISION_RANK[p.precision]));
  return places.filter((p) => PRECISION_RANK[p.precision] === best);
}

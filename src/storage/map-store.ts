import type { LocationPrecision } from '../domain/index.js';
import type { IncidentQuery } from './store.js';

/** Which incidents to put on the map: the listing's filters, without paging or order. */
export type MapQuery = Omit<IncidentQuery, 'order' | 'limit' | 'cursor'>;

/**
 * Located incidents as columns rather than objects, so a million of them load in one pass and
 * take a few bytes each: index k of every array is one incident.
 */
export type MapPoints = {
  ids: string[];
  /** First day of each incident's date range (ISO). */
  dates: string[];
  lats: Float64Array;
  lons: Float64Array;
  /** Index into LOCATION_PRECISIONS of the place the point stands for. */
  precisions: Uint8Array;
  /** The sides involved, comma-separated (AM,AZ), '' when none is known. */
  sides: string[];
  /** Incidents matching the filters that have no place with coordinates, so are not on the map. */
  unlocated: number;
};

/** Most precise first: an incident is drawn at its most precise place. */
export const LOCATION_PRECISIONS: readonly LocationPrecision[] = ['exact', 'near', 'district', 'province', 'region', 'country'];

/** What the map resource needs of a store. */
export interface MapStore {
  /** Every listed incident matching the filters, at its most precise place (the first of equally precise ones). */
  mapPoints(query: MapQuery): Promise<MapPoints>;
  /** Titles of incidents by id; unknown ids are left out. */
  incidentTitles(ids: string[]): Promise<Map<string, string>>;
}

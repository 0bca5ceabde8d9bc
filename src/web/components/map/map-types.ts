/** GET /map's answer, as the map reads it (see /api/v1/openapi.json). */

/** Incidents grouped where they crowd at this zoom. */
export type MapCluster = {
  id: number;
  lat: number;
  lon: number;
  count: number;
  /** Incidents involving each side; one involving two counts under both. */
  sides: Record<string, number>;
  /** The zoom at which the group splits. */
  expansion_zoom: number;
};

/** How precisely an incident is located, from an exact point to only a country. */
export type LocationPrecision = 'exact' | 'near' | 'district' | 'province' | 'region' | 'country';

/** One incident standing alone on the map. */
export type MapIncident = { id: string; title: string; date: string; lat: number; lon: number; precision: LocationPrecision; sides: string[] };

export type MapAnswer = {
  /** Incidents matching the filters that are on the map, in view or not. */
  total: number;
  /** Incidents matching the filters that have no place with coordinates. */
  unlocated: number;
  clusters: MapCluster[];
  incidents: MapIncident[];
  /** Single incidents in view beyond the most one answer lists. */
  left_out: number;
};

/** GET /web-config: a tile server the map draws under the borders, when one is configured. */
export type WebConfig = { tiles: { url: string; attribution: string } | null };

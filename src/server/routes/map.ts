import { z } from 'zod';
import { parseBbox, resolveFilter } from '../../query/incident-filter.js';
import { LOCATION_PRECISIONS, type MapQuery } from '../../storage/map-store.js';
import type { Store } from '../../storage/store.js';
import { route } from '../api-route.js';
import { incidentFilterFields } from './incidents.js';
import { resolving } from './list-params.js';
import { VersionedCache } from '../versioned-cache.js';
import { buildMapIndex, CLUSTER_MAX_ZOOM, precisionOf, queryMapIndex, type MapIndex } from './map-index.js';

export { CLUSTER_MAX_ZOOM };

/** The most single incidents one answer lists; a view holding more says how many were left out. */
export const MAX_MAP_INCIDENTS = 1000;
/** How many filter combinations keep their index; the least recently used goes first. */
const MAX_INDEXES = 8;

const { bbox: _listingBox, ...filters } = incidentFilterFields;

const MapParams = z.strictObject({
  ...filters,
  bbox: z.string().optional().describe('the view, west,south,east,north in degrees (minLon,minLat,maxLon,maxLat); the whole world unless given'),
  zoom: z.coerce.number().int().min(0).max(18).default(0).describe('the map zoom level, 0 (the world) to 18; points closer than about 40 pixels at this zoom are grouped'),
});

const MapCluster = z.object({
  id: z.number().describe('stable for one state of the record and one set of filters; negative for incidents sharing one place'),
  lat: z.number(),
  lon: z.number(),
  count: z.number().describe('incidents grouped here'),
  sides: z.record(z.string(), z.number()).describe('incidents involving each side (an incident involving two counts under both)'),
  expansion_zoom: z.number().describe('the zoom at which the group splits; above ' + CLUSTER_MAX_ZOOM + ' its incidents share one place'),
});
const MapIncident = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().describe('first day of the date range'),
  lat: z.number(),
  lon: z.number(),
  precision: z.enum(LOCATION_PRECISIONS as [string, ...string[]]).describe('how precisely the incident is located: at its most precise place'),
  sides: z.array(z.string()),
});
const MapAnswer = z.object({
  total: z.number().describe('incidents matching the filters that are on the map, in view or not'),
  unlocated: z.number().describe('incidents matching the filters that have no place with coordinates'),
  clusters: z.array(MapCluster),
  incidents: z.array(MapIncident),
  left_out: z.number().describe(`single incidents in view beyond the first ${MAX_MAP_INCIDENTS}`),
});

const indexes = new VersionedCache<MapIndex>(MAX_INDEXES);

/** The index for these filters, rebuilt when the store's data version moves (any write, by anyone). */
const indexFor = (store: Store, query: MapQuery) => indexes.get(store, JSON.stringify(query), () => store.mapPoints(query).then(buildMapIndex));

/** GET /map: the incidents of a view, grouped where they crowd, each single one with how precisely it is located. */
export const mapRoutes = () => [
  route({
    method: 'get',
    path: '/map',
    summary: 'Incidents in a map view: groups with counts where they crowd, single incidents with their location precision',
    description:
      'Takes the incident list\'s filters, the view (bbox) and the zoom level. Each incident stands at its most precise place; its precision says whether that is an exact point, near a settlement, a district, a province, a region or only a country. ' +
      'Incidents closer than about 40 pixels at the zoom are grouped, with how many involve each side; from zoom ' + (CLUSTER_MAX_ZOOM + 1) + ' every incident stands alone. ' +
      'Incidents with no located place are counted in `unlocated`.',
    tag: 'incidents',
    access: 'read',
    query: MapParams,
    response: MapAnswer,
    async handler({ store, query }) {
      const { bbox, zoom, ...rest } = query;
      const view = await resolving(async () => (bbox === undefined ? ([-180, -90, 180, 90] as const) : parseBbox(bbox)));
      const filter = await resolving(() => resolveFilter(store, rest, { unknownNames: 'match-none' }));
      const mapQuery: MapQuery = {};
      for (const k of ['from', 'to', 'types', 'placeIds', 'actorIds', 'sides', 'status', 'text'] as const) if (filter[k] !== undefined) Object.assign(mapQuery, { [k]: filter[k] });
      const m = await indexFor(store, mapQuery);
      const { clusters, singles, leftOut } = queryMapIndex(m, [...view], zoom, MAX_MAP_INCIDENTS);
      const ids = singles.map((k) => m.points.ids[k]);
      const titles = await store.incidentTitles(ids);
      const incidents = singles.map((k, j) => ({
        id: ids[j],
        title: titles.get(ids[j]) ?? ids[j],
        date: m.points.dates[k],
        lat: m.points.lats[k],
        lon: m.points.lons[k],
        precision: precisionOf(m, k),
        sides: m.points.sides[k] ? m.points.sides[k].split(',') : [],
      }));
      return { total: m.points.ids.length, unlocated: m.points.unlocated, clusters, incidents, left_out: leftOut };
    },
  }),
];

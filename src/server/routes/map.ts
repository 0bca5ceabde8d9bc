import Supercluster from 'supercluster';
import { z } from 'zod';
import { parseBbox, resolveFilter } from '../../query/incident-filter.js';
import { LOCATION_PRECISIONS, type MapPoints, type MapQuery } from '../../storage/map-store.js';
import type { Store } from '../../storage/store.js';
import { route } from '../api-route.js';
import { incidentFilterFields } from './incidents.js';
import { resolving } from './list-params.js';

/** Zoom levels up to which points are grouped; from the next one up every incident stands alone. */
export const CLUSTER_MAX_ZOOM = 14;
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
  /** Stable for one state of the record and one set of filters. */
  id: z.number(),
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

type Sides = Record<string, number>;
type MapIndex = { points: MapPoints; index: Supercluster<{ k: number }, Sides> };

/** Groups the points once; answering a view from the groups then takes milliseconds. */
function buildIndex(points: MapPoints): MapIndex {
  const features = points.ids.map((_, k) => ({ type: 'Feature' as const, properties: { k }, geometry: { type: 'Point' as const, coordinates: [points.lons[k], points.lats[k]] } }));
  const index = new Supercluster<{ k: number }, Sides>({
    maxZoom: CLUSTER_MAX_ZOOM,
    radius: 40,
    // Flat keys: supercluster copies cluster properties shallowly.
    map: ({ k }) => {
      const sides: Sides = {};
      for (const s of points.sides[k] ? points.sides[k].split(',') : []) sides[s] = 1;
      return sides;
    },
    reduce: (acc, props) => {
      for (const s in props) acc[s] = (acc[s] ?? 0) + props[s];
    },
  });
  index.load(features);
  return { points, index };
}

const indexes = new WeakMap<Store, Map<string, { version: string; built: Promise<MapIndex> }>>();

/** The index for these filters, rebuilt when the store's data version moves (any write, by anyone). */
async function indexFor(store: Store, query: MapQuery): Promise<MapIndex> {
  const version = await store.dataVersion();
  let byQuery = indexes.get(store);
  if (!byQuery) indexes.set(store, (byQuery = new Map()));
  const key = JSON.stringify(query);
  const hit = byQuery.get(key);
  byQuery.delete(key);
  if (hit && hit.version === version) {
    byQuery.set(key, hit);
    return hit.built;
  }
  const entry = { version, built: store.mapPoints(query).then(buildIndex) };
  byQuery.set(key, entry);
  if (byQuery.size > MAX_INDEXES) byQuery.delete(byQuery.keys().next().value!);
  entry.built.catch(() => byQuery.get(key) === entry && byQuery.delete(key));
  return entry.built;
}

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
      const { points, index } = await indexFor(store, mapQuery);
      const clusters: z.infer<typeof MapCluster>[] = [];
      const singles: number[] = [];
      let leftOut = 0;
      for (const f of index.getClusters([...view], zoom)) {
        const [lon, lat] = f.geometry.coordinates;
        const p = f.properties;
        if ('cluster' in p && p.cluster) {
          const { cluster: _c, cluster_id, point_count, point_count_abbreviated: _a, ...sides } = p as Supercluster.ClusterProperties & Sides;
          clusters.push({ id: cluster_id, lat, lon, count: point_count, sides, expansion_zoom: index.getClusterExpansionZoom(cluster_id) });
        } else if (singles.length < MAX_MAP_INCIDENTS) singles.push((p as { k: number }).k);
        else leftOut++;
      }
      // Oldest first, as the points were loaded: the same view always lists the same way.
      singles.sort((a, b) => a - b);
      const titles = await store.incidentTitles(singles.map((k) => points.ids[k]));
      const incidents = singles.map((k) => ({
        id: points.ids[k],
        title: titles.get(points.ids[k]) ?? points.ids[k],
        date: points.dates[k],
        lat: points.lats[k],
        lon: points.lons[k],
        precision: LOCATION_PRECISIONS[points.precisions[k]],
        sides: points.sides[k] ? points.sides[k].split(',') : [],
      }));
      return { total: points.ids.length, unlocated: points.unlocated, clusters, incidents, left_out: leftOut };
    },
  }),
];

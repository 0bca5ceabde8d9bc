import Supercluster from 'supercluster';
import { LOCATION_PRECISIONS, type MapPoints } from '../../storage/map-store.js';

/** Zoom levels up to which points are grouped; from the next one up every incident stands alone. */
export const CLUSTER_MAX_ZOOM = 14;

type Sides = Record<string, number>;
/** A group of incidents as GET /map gives it. */
export type MapClusterOut = { id: number; lat: number; lon: number; count: number; sides: Sides; expansion_zoom: number };

/**
 * The located incidents of one question, grouped by location (a place's point and a precision)
 * first: a record of a million incidents has a few thousand such locations, so the spatial
 * index holds those, weighted by how many incidents each holds, and builds in milliseconds.
 */
export type MapIndex = {
  points: MapPoints;
  /** Incident indexes (into `points`) of each location, oldest first. */
  members: number[][];
  /** Incidents involving each side, per location. */
  sides: Sides[];
  index: Supercluster<{ loc: number }, Sides & { n: number }>;
};

/** Groups the points by location, then the locations by proximity at each zoom level. */
export function buildMapIndex(points: MapPoints): MapIndex {
  const byKey = new Map<string, number>();
  const members: number[][] = [];
  const sides: Sides[] = [];
  const features: Supercluster.PointFeature<{ loc: number }>[] = [];
  for (let k = 0; k < points.ids.length; k++) {
    const key = `${points.lats[k]},${points.lons[k]},${points.precisions[k]}`;
    let loc = byKey.get(key);
    if (loc === undefined) {
      byKey.set(key, (loc = members.length));
      members.push([]);
      sides.push({});
      features.push({ type: 'Feature', properties: { loc }, geometry: { type: 'Point', coordinates: [points.lons[k], points.lats[k]] } });
    }
    members[loc].push(k);
    if (points.sides[k]) for (const s of points.sides[k].split(',')) sides[loc][s] = (sides[loc][s] ?? 0) + 1;
  }
  const index = new Supercluster<{ loc: number }, Sides & { n: number }>({
    maxZoom: CLUSTER_MAX_ZOOM,
    radius: 40,
    // A fresh object each time: supercluster sums into it. Flat keys, as it copies shallowly.
    map: ({ loc }) => ({ ...sides[loc], n: members[loc].length }),
    reduce: (acc, props) => {
      for (const s in props) acc[s] = (acc[s] ?? 0) + props[s];
    },
  });
  index.load(features);
  return { points, members, sides, index };
}

/** What a view shows: groups, and the indexes of incidents standing alone (at most `max`, oldest first). */
export function queryMapIndex(m: MapIndex, bbox: [number, number, number, number], zoom: number, max: number) {
  const clusters: MapClusterOut[] = [];
  const singles: number[] = [];
  for (const f of m.index.getClusters(bbox, zoom)) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties as Partial<Supercluster.ClusterProperties> & Sides & { loc?: number };
    if (p.cluster) {
      const { cluster: _c, cluster_id, point_count: _locations, point_count_abbreviated: _a, n, ...counts } = p as Supercluster.ClusterProperties & Sides & { n: number };
      clusters.push({ id: cluster_id, lat, lon, count: n, sides: counts, expansion_zoom: m.index.getClusterExpansionZoom(cluster_id) });
      continue;
    }
    const loc = p.loc!;
    const at = m.members[loc];
    // Incidents at one location never split while locations are still grouped: one group until then.
    if (at.length > 1 && zoom <= CLUSTER_MAX_ZOOM) clusters.push({ id: -(loc + 1), lat, lon, count: at.length, sides: { ...m.sides[loc] }, expansion_zoom: CLUSTER_MAX_ZOOM + 1 });
    else for (const k of at) singles.push(k);
  }
  singles.sort((a, b) => a - b);
  return { clusters, singles: singles.slice(0, max), leftOut: Math.max(0, singles.length - max) };
}

/** The precision's name for an incident index. */
export const precisionOf = (m: MapIndex, k: number) => LOCATION_PRECISIONS[m.points.precisions[k]];

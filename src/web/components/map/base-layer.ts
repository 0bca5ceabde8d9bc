import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';
// Served as a file of its own (about 750 KB), fetched when a map is first drawn: not in the JS bundle.
import countriesUrl from 'world-atlas/countries-50m.json?url';

/**
 * Natural Earth's countries as the map draws them: land areas, and borders between states.
 * Coasts are where the land's fill meets the sea's: drawing them as a third layer of lines cost
 * a third of the map's first-draw time (Leaflet projects every point of every layer).
 */
export type BaseLayer = { land: FeatureCollection; borders: MultiLineString };

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Turns world-atlas's TopoJSON into GeoJSON; a border is drawn once, between the two states it separates. */
export function baseLayerFromTopology(topology: Countries): BaseLayer {
  const countries = topology.objects.countries;
  const land = feature(topology, countries) as FeatureCollection;
  return {
    land,
    borders: mesh(topology, countries, (a, b) => a !== b),
  };
}

let loading: Promise<BaseLayer> | undefined;

/** Fetches and converts the boundaries once a page load, however many maps ask. */
export function loadBaseLayer(): Promise<BaseLayer> {
  loading ??= fetch(countriesUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`the map's boundaries could not be loaded (${res.status})`);
      return res.json() as Promise<Countries>;
    })
    .then(baseLayerFromTopology);
  loading.catch(() => (loading = undefined));
  return loading;
}

import type { FeatureCollection, MultiLineString, Position } from 'geojson';

/** A shape with its extent in degrees, so a tile draws only the shapes that reach it. */
export type Shape = { west: number; south: number; east: number; north: number; rings: Position[][] };

/** The base map ready to draw: land areas (each polygon apart) and border lines. */
export type PreparedBase = { land: Shape[]; borders: Shape[] };

function shape(rings: Position[][]): Shape {
  let west = 180, south = 90, east = -180, north = -90;
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return { west, south, east, north, rings };
}

/** Splits the countries into polygons and the border mesh into lines, each with its extent. */
export function prepareBase(land: FeatureCollection, borders: MultiLineString): PreparedBase {
  const polygons: Shape[] = [];
  for (const f of land.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') polygons.push(shape(g.coordinates));
    else if (g?.type === 'MultiPolygon') for (const p of g.coordinates) polygons.push(shape(p));
  }
  return { land: polygons, borders: borders.coordinates.map((line) => shape([line])) };
}

/** Web Mercator: longitude and latitude to pixels of a world `size` pixels wide. */
export function mercator(lon: number, lat: number, size: number): [number, number] {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

/** The degrees a tile covers, widened by `pad` of its size so strokes at its edges are not cut. */
export function tileExtent(x: number, y: number, z: number, pad = 0.05) {
  const n = 2 ** z;
  const lon = (px: number) => (px / n) * 360 - 180;
  const lat = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / n))) * 180) / Math.PI;
  return { west: lon(x - pad), east: lon(x + 1 + pad), north: lat(y - pad), south: lat(y + 1 + pad) };
}


import { describe, expect, it } from 'vitest';
import { mercator, prepareBase, tileExtent } from './base-map-geometry';

describe('the base map tiles', () => {
  it('projects as Web Mercator: the world a square, the equator and Greenwich at its middle', () => {
    expect(mercator(0, 0, 256)).toEqual([128, 128]);
    expect(mercator(-180, 0, 256)[0]).toBe(0);
    expect(mercator(180, 0, 256)[0]).toBe(256);
    const [x, y] = mercator(46, 40, 256 * 2 ** 7);
    // At zoom 7 the South Caucasus (40°N, 46°E) is in tile 80,48.
    expect([Math.floor(x / 256), Math.floor(y / 256)]).toEqual([80, 48]);
  });

  it("gives a tile's extent in degrees, a little widened", () => {
    const box = tileExtent(0, 0, 1, 0);
    expect(box.west).toBe(-180);
    expect(box.east).toBe(0);
    expect(box.south).toBeCloseTo(0);
    expect(box.north).toBeCloseTo(85.0511, 3);
    expect(tileExtent(0, 0, 1).west).toBeLessThan(-180);
  });

  it('splits countries into polygons and borders into lines, each with its extent', () => {
    const square = [[[44, 38], [47, 38], [47, 41], [44, 41], [44, 38]]];
    const base = prepareBase(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square, [[[50, 40], [51, 40], [51, 41], [50, 40]]]] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square } },
        ],
      },
      { type: 'MultiLineString', coordinates: [[[45, 39], [46, 40.5]]] },
    );
    expect(base.land).toHaveLength(3);
    expect(base.land[1]).toMatchObject({ west: 50, east: 51, south: 40, north: 41 });
    expect(base.borders[0]).toMatchObject({ west: 45, east: 46, south: 39, north: 40.5 });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseLayerFromTopology } from './base-layer';
import { precisionSymbol, sidesClass } from './precision-symbol';
import { viewFor } from './use-map-answer';

describe('the map’s pure parts', () => {
  it('draws each location precision with its own symbol, areas with a circle of uncertainty', () => {
    expect(['exact', 'near', 'district', 'province', 'region', 'country'].map((p) => precisionSymbol(p).shape)).toEqual(['point', 'settlement', 'area', 'area', 'area', 'country']);
    expect(precisionSymbol('exact').radius).toBeUndefined();
    expect(precisionSymbol('district').radius).toBeLessThan(precisionSymbol('province').radius!);
    expect(precisionSymbol('somewhere').shape).toBe('country');
  });

  it('colours by the sides involved', () => {
    expect([[], ['AM'], ['AZ'], ['AM', 'AZ'], ['AZ', 'third'], ['OSCE']].map(sidesClass)).toEqual(['unknown', 'am', 'az', 'both', 'az', 'third']);
  });

  it('turns world-atlas countries into land and borders between two states', () => {
    const topology = JSON.parse(readFileSync(new URL('../../../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
    const base = baseLayerFromTopology(topology);
    const names = base.land.features.map((f) => (f.properties as { name: string }).name);
    expect(names).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia', 'Iran', 'Turkey']));
    expect(base.borders.type).toBe('MultiLineString');
    expect(base.borders.coordinates.length).toBeGreaterThan(100);
  });

  it('asks for the view widened by a quarter each side, within the world, at a whole zoom', () => {
    expect(viewFor({ west: 44, south: 39, east: 48, north: 41 }, 7.4)).toEqual({ bbox: [43, 38.5, 49, 41.5], zoom: 7 });
    expect(viewFor({ west: -250, south: -95, east: 250, north: 95 }, 0)).toEqual({ bbox: [-180, -90, 180, 90], zoom: 0 });
  });
});

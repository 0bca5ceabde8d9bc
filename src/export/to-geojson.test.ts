import { describe, expect, it } from 'vitest';
import type { PresentedIncident } from './present-incident.js';
import { pointPlace, toGeoJsonFeature } from './to-geojson.js';

type Place = PresentedIncident['places'][number];
const place = (id: string, precision: Place['precision'], lat: number | null = 40.123456, lon: number | null = 45.654321): Place => ({ id, name: id, country: 'AZ', lat, lon, precision });

const incident = (places: Place[]): PresentedIncident =>
  ({
    id: 'i', title: 'T', summary: '', type: { event_type: 'Battles', sub_event_type: 'Armed clash' },
    date: { start: '2020-07-12', end: '2020-07-12', precision: 'day' }, places, actors: [], sides: ['AM', 'AZ'],
    casualties: [
      { outcome: 'killed', group: 'military', side: 'AM', low: 4, best: 4, high: 6, claims: [] },
      { outcome: 'killed', group: 'military', side: 'AZ', low: 11, best: 11, high: 12, claims: [] },
    ],
    claims: [], responsibility: { status: 'disputed', accounts: [] }, status: 'accepted', origin: 'record', tags: [],
  }) as unknown as PresentedIncident;

describe('toGeoJsonFeature', () => {
  it('puts the point at the most precise located place, [lon, lat] rounded to 5 decimals, and names every place', () => {
    const f = toGeoJsonFeature(incident([place('armenia', 'country'), place('unknown', 'exact', null, null), place('tovuz', 'district'), place('berd', 'district', 40.9, 45.4)]));
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [45.65432, 40.12346] });
    expect(f.properties).toMatchObject({ place: 'tovuz', location_precision: 'district', places: 'tovuz; armenia; unknown; berd', place_count: 4 });
    expect(f.properties).toMatchObject({ killed_low: 15, killed_best: 15, killed_high: 18, wounded_best: 0 });
  });

  it('has no geometry when no place has coordinates (RFC 7946 §3.2)', () => {
    const f = toGeoJsonFeature(incident([place('somewhere', 'region', null, null)]));
    expect(f.geometry).toBeNull();
    expect(f.properties).toMatchObject({ place: null, location_precision: null, places: 'somewhere', place_count: 1 });
    expect(pointPlace([])).toBeUndefined();
  });
});

import { LocationPrecision } from '../domain/index.js';
import { figureTotals, publishersOf } from './incident-row.js';
import type { PresentedIncident } from './present-incident.js';

/** Decimal places kept in coordinates: 5 is about a metre, finer than any gazetteer point here. */
const COORDINATE_DECIMALS = 5;
const round = (x: number) => Number(x.toFixed(COORDINATE_DECIMALS));

/** A GeoJSON Point (RFC 7946 §3.1.2): [longitude, latitude] in WGS84. */
export type GeoJsonPoint = { type: 'Point'; coordinates: [number, number] };

/**
 * The properties of an incident's feature: flat, one value each, so QGIS and GDAL show them as
 * typed columns. Lists are joined with "; "; figures are summed over sides and groups.
 */
export type IncidentProperties = {
  id: string;
  title: string;
  event_type: string;
  sub_event_type: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  /** The place the point stands for: the incident's most precisely located place. */
  place: string | null;
  place_id: string | null;
  country: string | null;
  location_precision: string | null;
  /** Every place of the incident, the point's first; place_count says how many. */
  places: string;
  place_count: number;
  actors: string;
  sides: string;
  killed_low: number;
  killed_best: number;
  killed_high: number;
  wounded_low: number;
  wounded_best: number;
  wounded_high: number;
  responsibility: string;
  status: string;
  origin: string;
  claims: number;
  /** Publishers of the documents its claims cite. */
  sources: string;
  source_count: number;
  summary: string;
};

export type IncidentFeature = { type: 'Feature'; id: string; geometry: GeoJsonPoint | null; properties: IncidentProperties };

type PresentedPlace = PresentedIncident['places'][number];
type LocatedPlace = PresentedPlace & { lat: number; lon: number };

/** The place an incident's point stands for: of its located places, the most precise (the first listed among equals). */
export function pointPlace(places: PresentedPlace[]): LocatedPlace | undefined {
  const rank = (p: PresentedPlace) => LocationPrecision.options.indexOf(p.precision);
  const located = places.filter((p): p is LocatedPlace => typeof p.lat === 'number' && typeof p.lon === 'number');
  return located.reduce<LocatedPlace | undefined>((best, p) => (!best || rank(p) < rank(best) ? p : best), undefined);
}

/**
 * An incident as one GeoJSON Feature: a Point at its most precise place (so counting features
 * counts incidents and summing figures counts each death once), or a null geometry when none
 * of its places has coordinates (RFC 7946 §3.2 allows it).
 */
export function toGeoJsonFeature(i: PresentedIncident): IncidentFeature {
  const point = pointPlace(i.places);
  const ordered = point ? [point, ...i.places.filter((p) => p !== point)] : i.places;
  const publishers = publishersOf(i);
  return {
    type: 'Feature',
    id: i.id,
    geometry: point ? { type: 'Point', coordinates: [round(point.lon), round(point.lat)] } : null,
    properties: {
      id: i.id,
      title: i.title,
      event_type: i.type.event_type,
      sub_event_type: i.type.sub_event_type,
      date_start: i.date.start,
      date_end: i.date.end,
      date_precision: i.date.precision,
      place: point?.name ?? null,
      place_id: point?.id ?? null,
      country: point?.country ?? null,
      location_precision: point?.precision ?? null,
      places: ordered.map((p) => p.name).join('; '),
      place_count: i.places.length,
      actors: i.actors.map((a) => a.name).join('; '),
      sides: i.sides.join('; '),
      ...figureTotals(i),
      responsibility: i.responsibility.status,
      status: i.status,
      origin: i.origin,
      claims: i.claims.length,
      sources: publishers.join('; '),
      source_count: publishers.length,
      summary: i.summary,
    },
  };
}

/** What comes before the features of a streamed FeatureCollection, and what closes it. */
export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_TAIL = '\n]}\n';

import { z } from 'zod';
import { CountryCode, Id } from './side.js';

/** Where a place sits in the administrative ladder. */
export const PlaceLevel = z.enum(['country', 'admin1', 'admin2', 'settlement', 'feature']);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

/** A gazetteer entry, with its name in every naming tradition. */
export const Place = z.object({
  id: Id,
  /** The name most used in international English-language reporting. */
  name: z.string().min(1),
  /** The name in each convention where they differ: hy (Armenian), az (Azerbaijani), ru (Russian). */
  names: z.record(z.string(), z.string()).default({}),
  aliases: z.array(z.string().min(1)).default([]),
  level: PlaceLevel,
  /** ISO 3166-1 alpha-2 code of the internationally recognised state. */
  country: CountryCode,
  /** Id of the admin unit that contains it. */
  parent_id: Id.optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  note: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

/** How precisely an incident is located at a place (ACLED geo_precision, UCDP where_prec). */
export const LocationPrecision = z.enum(['exact', 'near', 'district', 'province', 'region', 'country']);
export type LocationPrecision = z.infer<typeof LocationPrecision>;

/** The precision a place gives when nothing more is said. */
export function defaultPrecision(level: PlaceLevel): LocationPrecision {
  switch (level) {
    case 'settlement':
      return 'exact';
    case 'admin2':
      return 'district';
    case 'admin1':
      return 'province';
    case 'country':
      return 'country';
    case 'feature':
      return 'region';
  }
}

/** Every name a place answers to. */
export function placeNames(place: Pick<Place, 'name' | 'names' | 'aliases'>): string[] {
  return [...new Set([place.name, ...Object.values(place.names), ...place.aliases])];
}

import type { LocationPrecision } from './map-types';

/** How an incident's location precision is drawn: the marker's shape, and a circle of uncertainty for areas. */
export type PrecisionSymbol = {
  /** Marker shape, a CSS class: a filled dot, a ring, a hollow square or a dashed diamond. */
  shape: 'point' | 'settlement' | 'area' | 'country';
  /** The legend's words. */
  label: string;
  /** Radius of the drawn circle of uncertainty, in metres; none for exact points and whole countries. */
  radius?: number;
};

const SYMBOLS: Record<LocationPrecision, PrecisionSymbol> = {
  exact: { shape: 'point', label: 'Exact place' },
  near: { shape: 'settlement', label: 'At or near a settlement' },
  // Rough sizes of the units in the region, so the circle reads "somewhere around here".
  district: { shape: 'area', label: 'Somewhere in a district', radius: 15_000 },
  province: { shape: 'area', label: 'Somewhere in a province', radius: 35_000 },
  region: { shape: 'area', label: 'Somewhere in a region', radius: 35_000 },
  country: { shape: 'country', label: 'Only the country is known' },
};

/** The symbol for a precision; an unknown one is drawn as the least precise. */
export function precisionSymbol(precision: string): PrecisionSymbol {
  return SYMBOLS[precision as LocationPrecision] ?? SYMBOLS.country;
}

/** The legend's entries, most precise first, one per shape (district, province and region share one). */
export const PRECISION_LEGEND: { shape: PrecisionSymbol['shape']; label: string }[] = [
  { shape: 'point', label: SYMBOLS.exact.label },
  { shape: 'settlement', label: SYMBOLS.near.label },
  { shape: 'area', label: 'Somewhere in a district, province or region (dashed circle: the rough area)' },
  { shape: 'country', label: SYMBOLS.country.label },
];

/** A CSS class for the sides involved: one side's colour, both, a third party, or unknown. */
export function sidesClass(sides: string[]): 'am' | 'az' | 'both' | 'third' | 'unknown' {
  const am = sides.includes('AM');
  const az = sides.includes('AZ');
  if (am && az) return 'both';
  if (am) return 'am';
  if (az) return 'az';
  return sides.length ? 'third' : 'unknown';
}

/** Words for the sides involved, for labels and screen readers. */
export function sidesWords(sides: string[]): string {
  const named = sides.map((s) => (s === 'AM' ? 'Armenian' : s === 'AZ' ? 'Azerbaijani' : s));
  return named.length ? `involving the ${named.join(' and ')} side${named.length > 1 ? 's' : ''}` : 'sides not known';
}

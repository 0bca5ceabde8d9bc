import type { Incident, Place } from '../../domain/index.js';
import type { Catalog } from '../../export/catalog.js';
import { wherePrecOf, type WherePrec } from './ged-precision.js';

/** Where GED puts an event: one coded place, its precision, its admin units, and a description of every place. */
export type GedLocation = {
  where_prec: WherePrec;
  /** The place whose name and coordinates are coded (where_coordinates, latitude, longitude). */
  place?: Place;
  country?: string;
  where_description: string;
  adm_1: string;
  adm_2: string;
};

/** The place's first-order and second-order admin units (itself included), up its parent chain. */
function admOf(place: Place, catalog: Catalog): { adm_1: string; adm_2: string } {
  const adm = { adm_1: '', adm_2: '' };
  const seen = new Set<string>();
  for (let p: Place | undefined = place; p && !seen.has(p.id); p = p.parent_id ? catalog.places.get(p.parent_id) : undefined) {
    seen.add(p.id);
    if (p.level === 'admin1' && !adm.adm_1) adm.adm_1 = p.name;
    if (p.level === 'admin2' && !adm.adm_2) adm.adm_2 = p.name;
  }
  return adm;
}

/**
 * GED codes one location per event; a Truce incident may name several places. One place
 * is coded at its own precision. Several places are an event along a line or between
 * places (where_prec 5: the Tovuz-Tavush border clashes), coded at the first; when one of
 * them is a whole country the event is known only to the country (6), coded at that
 * country. An incident with no place is known only to side_a's country (6), coded at the
 * record's place for that country when it has one, as GED codes country-level events at
 * the country's centre. where_description names every place.
 */
export function locationOf(incident: Incident, catalog: Catalog, fallbackCountry?: string): GedLocation {
  const places = incident.places.flatMap((ip) => {
    const place = catalog.places.get(ip.place_id);
    return place ? [{ place, precision: ip.precision }] : [];
  });
  const where_description = places.map((p) => p.place.name).join('; ');
  if (!places.length) {
    const country = fallbackCountry && /^[A-Z]{2}$/.test(fallbackCountry) ? fallbackCountry : undefined;
    const place = country ? [...catalog.places.values()].find((p) => p.level === 'country' && p.country === country) : undefined;
    return { where_prec: 6, ...(place ? { place } : {}), ...(country ? { country } : {}), where_description, adm_1: '', adm_2: '' };
  }
  const countryWide = places.find((p) => p.precision === 'country');
  const coded = countryWide ?? places[0];
  const where_prec: WherePrec = countryWide ? 6 : places.length > 1 ? 5 : wherePrecOf(coded.precision);
  return { where_prec, place: coded.place, country: coded.place.country, where_description, ...admOf(coded.place, catalog) };
}

/**
 * PRIO-GRID's cell for a point (Tollefsen, Strand & Buhaug 2012): half-degree cells
 * numbered from 1 at (-90, -180), eastwards along each row, rows northwards; 720 to a row.
 */
export function priogridOf(lat: number, lon: number): number {
  const row = Math.min(359, Math.floor((lat + 90) / 0.5));
  const col = Math.min(719, Math.floor((lon + 180) / 0.5));
  return row * 720 + col + 1;
}

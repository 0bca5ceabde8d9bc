import { dayNumber } from './day-number.js';
import { figuresOf, type Figures } from './figure-match.js';
import { finestPlaces, PRECISION_RANK } from './place-match.js';
import { independentSource, type Report, type ReportPlace } from './report.js';
import type { TypeKey } from './type-match.js';

/**
 * A report's tier: how firmly it is dated and located. Grouping goes tier by tier, finest
 * first; a report of a coarser tier joins one incident already formed, or forms its own with
 * its peers, but never joins two incidents together.
 */
export const TIERS = {
  /** A day, at a settlement or near one. */
  dayExact: 0,
  dayDistrict: 1,
  dayProvince: 2,
  /** A day, in a country or nowhere named. */
  dayCountry: 3,
  /** A span of a week at most. */
  days: 4,
  /** A month, several, or a span of days up to a year and a bit. */
  months: 5,
  /** A year or more: background, which groups only with its like. */
  background: 6,
} as const;

/** A report with its dates as day numbers and its tier, computed once. */
export type Prepared = {
  report: Report;
  id: string;
  start: number;
  end: number;
  /** Dated to one day: ±1 day tolerance, since "yesterday" is read against the publication date. */
  dayDated: boolean;
  tier: number;
  places: ReportPlace[];
  types: TypeKey[];
  actors: string[];
  source: string;
  /** Its casualty figures, matched against an incident's when choosing among candidates. */
  figures: Figures;
};

function tierOf(precision: Report['date']['precision'], span: number, placeRank: number): number {
  if (precision === 'day') return placeRank <= 1 ? TIERS.dayExact : placeRank === 2 ? TIERS.dayDistrict : placeRank <= 4 ? TIERS.dayProvince : TIERS.dayCountry;
  if (precision === 'days' && span <= 7) return TIERS.days;
  if (precision !== 'year' && precision !== 'years' && span <= 400) return TIERS.months;
  return TIERS.background;
}

// Reports that share one type object (as parsed values often do) share one list of it.
const typeLists = new WeakMap<TypeKey, TypeKey[]>();
function typesOf(type: TypeKey): TypeKey[] {
  let list = typeLists.get(type);
  if (!list) typeLists.set(type, (list = [type]));
  return list;
}

export function prepareReport(report: Report): Prepared {
  const start = dayNumber(report.date.start);
  const end = Math.max(start, dayNumber(report.date.end));
  const places = finestPlaces(report.places);
  const rank = places.length ? PRECISION_RANK[places[0].precision] : 6;
  return {
    report,
    id: report.id,
    start,
    end,
    dayDated: report.date.precision === 'day',
    tier: tierOf(report.date.precision, end - start + 1, rank),
    places,
    types: typesOf(report.type),
    actors: report.actor_ids,
    source: independentSource(report),
    figures: figuresOf(report.claims),
  };
}

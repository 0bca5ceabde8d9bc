import type { LocationPrecision } from '../../domain/index.js';
import { placesMatch } from './place-match.js';
import type { ReportPlace } from './report.js';
import { typeMatch, type TypeKey } from './type-match.js';

/** What a report, or an incident taking shape, is matched by: when, where, what, who. */
export type Anchor = {
  start: number;
  end: number;
  places: ReportPlace[];
  types: TypeKey[];
  actors: string[];
};

/**
 * How well `a` fits `b`, as a tuple compared left to right (higher is better), or undefined
 * when they cannot be one occurrence: [date without tolerance, place, type, shared actors].
 * `tolerance` widens a's dates (days), for reports dated by "yesterday" and "today".
 */
export function anchorMatch(a: Anchor, b: Anchor, tolerance: number, radiusKm?: Record<LocationPrecision, number>): number[] | undefined {
  if (a.start - tolerance > b.end || a.end + tolerance < b.start) return undefined;
  const exactDate = a.start <= b.end && a.end >= b.start ? 1 : 0;
  const place = placesMatch(a.places, b.places, radiusKm);
  if (place < 0) return undefined;
  // A day apart, only the same place or one containing the other: a report dated a day off
  // names where the clash was, while one at another village nearby on the next day is the
  // next clash (the July 2020 fighting moved between border villages from day to day).
  if (!exactDate && place === 1) return undefined;
  // A statement joins violence only when it shares the day and the place itself.
  const sameDay = a.start === a.end && b.start === b.end && a.start === b.start;
  let type = -1;
  for (const x of a.types)
    for (const y of b.types) {
      const m = typeMatch(x, y);
      type = Math.max(type, m === 'strategic' ? (sameDay && place >= 2 ? -0.5 : -1) : m);
    }
  if (type === -1) return undefined;
  let shared = 0;
  // A handful of actors a side: a loop, not a Set per comparison (millions at scale).
  for (const x of a.actors) if (b.actors.includes(x)) shared = 1;
  // A report that names no place can be anywhere: only shared parties tie it to an occurrence.
  if ((a.places.length === 0 || b.places.length === 0) && !shared) return undefined;
  return [exactDate, place, type, shared];
}

/** Compares two match tuples, higher first (for sort). */
export function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

import { RADIUS_KM } from './place-match.js';
import type { ReportPlace } from './report.js';

// Half a degree: a 15 km radius reaches one cell each way, a province's 100 km a few.
const CELL = 0.5;

function cell(lat: number, lon: number): string {
  return `${Math.floor(lat / CELL)},${Math.floor(lon / CELL)}`;
}

function footprint(p: ReportPlace, km: number): string[] {
  if (p.lat === undefined || p.lon === undefined || km <= 0) return [];
  const dLat = km / 111;
  const dLon = km / (111 * Math.max(0.1, Math.cos((p.lat * Math.PI) / 180)));
  const cells: string[] = [];
  for (let y = Math.floor((p.lat - dLat) / CELL); y <= Math.floor((p.lat + dLat) / CELL); y++)
    for (let x = Math.floor((p.lon - dLon) / CELL); x <= Math.floor((p.lon + dLon) / CELL); x++) cells.push(`${y},${x}`);
  return cells;
}

/**
 * The keys an entry is filed under, so that any place that could match it (see placeMatch)
 * finds it through queryKeys: its cell and the cells its radius reaches, its id and the ids
 * containing it, its country; "none" when it names no place.
 */
export function indexKeys(places: ReportPlace[]): string[] {
  if (places.length === 0) return ['none', '*'];
  if (places.length === 1) return cached(indexed, places[0], computeIndexKeys);
  return computeIndexKeys(places);
}

// Most reports are located by one place, and reports of one place share its object (from the
// gazetteer): its keys are built once, not per report (a million claims' worth of strings).
const indexed = new WeakMap<ReportPlace, string[]>();
const queried = new WeakMap<ReportPlace, string[]>();
function cached(cache: WeakMap<ReportPlace, string[]>, place: ReportPlace, compute: (places: ReportPlace[]) => string[]): string[] {
  let keys = cache.get(place);
  if (!keys) cache.set(place, (keys = compute([place])));
  return keys;
}

function computeIndexKeys(places: ReportPlace[]): string[] {
  const keys = new Set<string>(['*']);
  for (const p of places) {
    if (p.lat !== undefined && p.lon !== undefined) keys.add(`P:${cell(p.lat, p.lon)}`);
    for (const c of footprint(p, RADIUS_KM[p.precision])) keys.add(`F:${c}`);
    keys.add(`i:${p.place_id}`);
    keys.add(`j:${p.place_id}`);
    for (const parent of p.parent_ids) keys.add(`i:${parent}`);
    keys.add(`n:${p.country}`);
    if (p.precision === 'country') keys.add(`N:${p.country}`);
  }
  return [...keys];
}

/** The keys to look up for entries that could match these places (a superset; the caller checks). */
export function queryKeys(places: ReportPlace[]): string[] {
  if (places.length === 0) return ['*'];
  if (places.length === 1) return cached(queried, places[0], computeQueryKeys);
  return computeQueryKeys(places);
}

function computeQueryKeys(places: ReportPlace[]): string[] {
  const keys = new Set<string>(['none']);
  for (const p of places) {
    if (p.lat !== undefined && p.lon !== undefined) keys.add(`F:${cell(p.lat, p.lon)}`);
    for (const c of footprint(p, RADIUS_KM[p.precision])) keys.add(`P:${c}`);
    keys.add(`i:${p.place_id}`);
    for (const parent of p.parent_ids) keys.add(`j:${parent}`);
    keys.add(p.precision === 'country' ? `n:${p.country}` : `N:${p.country}`);
  }
  return [...keys];
}

/** Entries filed by (day, place key): each lookup touches one day's entries near one place. */
export class BlockIndex<T> {
  // Nested by day, so no (day, key) string is built per entry: at a million claims the
  // index holds millions of blocks.
  private readonly days = new Map<number, Map<string, T[]>>();

  add(from: number, to: number, keys: string[], item: T): void {
    for (let day = from; day <= to; day++) {
      let blocks = this.days.get(day);
      if (!blocks) this.days.set(day, (blocks = new Map()));
      for (const key of keys) {
        const list = blocks.get(key);
        if (list) list.push(item);
        else blocks.set(key, [item]);
      }
    }
  }

  /** Lets go of every entry (the greedy pass's index, before the second look builds its own). */
  clear(): void {
    this.days.clear();
  }

  query(from: number, to: number, keys: string[]): Set<T> {
    const found = new Set<T>();
    for (let day = from; day <= to; day++) {
      const blocks = this.days.get(day);
      if (!blocks) continue;
      for (const key of keys) {
        const list = blocks.get(key);
        if (list) for (const item of list) found.add(item);
      }
    }
    return found;
  }
}

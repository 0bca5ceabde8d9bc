import { EVENT_TYPES, ReviewStatus, SUB_EVENT_TYPES, parseDateNotation, sideCode } from '../domain/index.js';
import { decodeCursor } from '../storage/cursor.js';
import type { IncidentQuery, Store } from '../storage/store.js';

/** Filters as people type them, on the command line or in a query string. */
export type IncidentFilter = {
  from?: string;
  to?: string;
  type?: string | string[];
  place?: string | string[];
  actor?: string | string[];
  side?: string | string[];
  status?: string | string[];
  q?: string;
  /** minLon,minLat,maxLon,maxLat: incidents with a place inside the box. */
  bbox?: string;
  /** 'date' (oldest first, the default) or '-date' (newest first). */
  sort?: string;
  limit?: string | number;
  cursor?: string;
};

/** What to do with a place or actor name that names nothing: refuse it (the CLI), or match no incident (the API). */
export type FilterOptions = { unknownNames?: 'refuse' | 'match-none' };

/** A filter value that cannot be understood; `field` names the flag or query parameter. */
export class FilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FilterError';
  }
}

const KNOWN_TYPES = new Set([...EVENT_TYPES, ...SUB_EVENT_TYPES].map((t) => t.toLowerCase()));

export const many = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

/** A from/to bound as an ISO day: the first day of what `from` names, the last of what `to` names. */
export function day(field: 'from' | 'to', text: string): string {
  const range = parseDateNotation(text);
  if (typeof range === 'string') throw new FilterError(field, `--${field} ${range}`);
  return field === 'from' ? range.start : range.end;
}

/** Reads `minLon,minLat,maxLon,maxLat`, as GeoJSON and OpenStreetMap write a box. */
export function parseBbox(text: string): [number, number, number, number] {
  const parts = text.split(',').map((p) => p.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n))) {
    throw new FilterError('bbox', `bbox takes four numbers, minLon,minLat,maxLon,maxLat (e.g. 45.0,39.5,47.5,41.0), not "${text}"`);
  }
  const [minLon, minLat, maxLon, maxLat] = numbers;
  if ([minLon, maxLon].some((x) => Math.abs(x) > 180)) throw new FilterError('bbox', 'bbox longitudes must lie between -180 and 180');
  if ([minLat, maxLat].some((x) => Math.abs(x) > 90)) throw new FilterError('bbox', 'bbox latitudes must lie between -90 and 90');
  if (minLon >= maxLon || minLat >= maxLat) throw new FilterError('bbox', 'bbox is minLon,minLat,maxLon,maxLat: each minimum must be below its maximum');
  return [minLon, minLat, maxLon, maxLat];
}

/** Every id in `roots` and everything whose parent chain leads to one of them. */
export function withDescendants(roots: string[], items: { id: string; parent_id?: string }[]): string[] {
  const children = new Map<string, string[]>();
  for (const item of items) if (item.parent_id) children.set(item.parent_id, [...(children.get(item.parent_id) ?? []), item.id]);
  const out = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

/** A side by its code (AM) or by the name of an actor on it (Armenia, Azerbaijani forces). */
async function sideOf(store: Store, word: string): Promise<string> {
  if (/^[A-Za-z]{2}$/.test(word)) return word.toUpperCase();
  for (const id of await store.findActors(word)) {
    const actor = await store.getActor(id);
    if (actor) return sideCode(actor.side, actor.country);
  }
  throw new FilterError('side', `"${word}" is not a side: use a country or organisation code such as AM or AZ, or the name of a state`);
}

/**
 * Turns loose filters into an IncidentQuery once, at the boundary: dates to ISO days, place
 * and actor names (any alias) to ids including what lies inside them, sides to codes.
 * @example await resolveFilter(store, { place: 'Tovuz', from: '2020-07' })
 */
export async function resolveFilter(store: Store, filter: IncidentFilter, options: FilterOptions = {}): Promise<IncidentQuery> {
  const refuse = options.unknownNames !== 'match-none';
  const query: IncidentQuery = {};
  if (filter.from) query.from = day('from', filter.from);
  if (filter.to) query.to = day('to', filter.to);
  if (query.from && query.to && query.from > query.to) throw new FilterError('from', `--from ${filter.from} is after --to ${filter.to}`);
  const types = many(filter.type);
  for (const t of types) {
    if (!KNOWN_TYPES.has(t.toLowerCase())) throw new FilterError('type', `"${t}" is not an event type; use one of: ${[...EVENT_TYPES, ...SUB_EVENT_TYPES].join(', ')}`);
  }
  if (types.length) query.types = types;
  const places = many(filter.place);
  if (places.length) {
    const roots = (await Promise.all(places.map((p) => store.findPlaces(p)))).flat();
    if (roots.length === 0 && refuse) throw new FilterError('place', `no place is called "${places.join(', ')}"; try "truce search ${places[0]}"`);
    query.placeIds = withDescendants(roots, await store.listPlaces());
  }
  const actors = many(filter.actor);
  if (actors.length) {
    const roots = (await Promise.all(actors.map((a) => store.findActors(a)))).flat();
    if (roots.length === 0 && refuse) throw new FilterError('actor', `no actor is called "${actors.join(', ')}"; try "truce search ${actors[0]}"`);
    query.actorIds = withDescendants(roots, await store.listActors());
  }
  const sides: string[] = [];
  for (const word of many(filter.side)) sides.push(await sideOf(store, word));
  if (sides.length) query.sides = sides;
  const statuses = many(filter.status);
  for (const s of statuses) if (!ReviewStatus.safeParse(s).success) throw new FilterError('status', `"${s}" is not a review status: use ${ReviewStatus.options.join(', ')}`);
  if (statuses.length) query.status = statuses as ReviewStatus[];
  if (filter.q?.trim()) query.text = filter.q.trim();
  if (filter.bbox !== undefined) query.bbox = parseBbox(filter.bbox);
  if (filter.sort !== undefined && filter.sort !== 'date' && filter.sort !== '-date') {
    throw new FilterError('sort', `sort is "date" (oldest first) or "-date" (newest first), not "${filter.sort}"`);
  }
  if (filter.sort === '-date') query.order = '-date';
  if (filter.limit !== undefined) {
    const n = Number(filter.limit);
    if (!Number.isInteger(n) || n < 1) throw new FilterError('limit', `--limit must be a positive whole number, not "${filter.limit}"`);
    query.limit = n;
  }
  if (filter.cursor) {
    let desc;
    try {
      desc = !!decodeCursor(filter.cursor).desc;
    } catch (error) {
      throw new FilterError('cursor', (error as Error).message);
    }
    if (desc !== (query.order === '-date')) throw new FilterError('cursor', `this cursor continues a listing sorted by ${desc ? '-date' : 'date'}; ask with the same sort`);
    query.cursor = filter.cursor;
  }
  return query;
}

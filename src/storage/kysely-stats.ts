import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Incident } from '../domain/index.js';
import type { Database } from './schema.js';
import type { SqlDialect } from './sql-dialect.js';
import type { StatsBucket, StatsQuery } from './stats-store.js';

type StatsTables = Database;

/**
 * The incident_stats rows of an incident: one for the incident as a whole (side ''), one for
 * each side involved and each side casualties are counted on. Killed and wounded sum the
 * derived ranges of every group; a range stated for several outcomes together ("killed or
 * missing") is left out, as it cannot be split. Computed here rather than by a trigger over
 * the stored JSON, which cost as much as the rest of an incident's write.
 */
export function statsRows(incident: Incident, listed: boolean): Database['incident_stats'][] {
  const ranges = incident.casualties;
  return statSides(incident).map((side) => ({
    incident_id: incident.id,
    side,
    listed: listed ? 1 : 0,
    date_start: incident.date.start,
    date_end: incident.date.end,
    event_type: incident.type.event_type,
    sub_event_type: incident.type.sub_event_type,
    killed_low: rangeSum(ranges, side, 'killed', 'low'),
    killed_best: rangeSum(ranges, side, 'killed', 'best'),
    killed_high: rangeSum(ranges, side, 'killed', 'high'),
    wounded_low: rangeSum(ranges, side, 'wounded', 'low'),
    wounded_best: rangeSum(ranges, side, 'wounded', 'best'),
    wounded_high: rangeSum(ranges, side, 'wounded', 'high'),
  }));
}

/** The sides an incident has statistics rows for, in their order: '' (all), its sides, then the sides casualties are counted on, each once. */
export function statSides(incident: Incident): string[] {
  const sides = [''];
  for (const s of incident.sides) if (!sides.includes(s)) sides.push(s);
  for (const c of incident.casualties) if (!sides.includes(c.side)) sides.push(c.side);
  return sides;
}

/**
 * One figure of the ranges counted on a side ('' for all), summed; ranges stated for several
 * outcomes together are left out. A plain loop: a closure made for each side would be named
 * at run time by the TypeScript loader, which bulk imports pay for (docs/interop.md, Speed).
 */
export function rangeSum(ranges: Incident['casualties'], side: string, outcome: string, key: 'low' | 'best' | 'high'): number {
  let n = 0;
  for (const c of ranges) if (!c.combined && c.outcome === outcome && (side === '' || c.side === side)) n += c[key] ?? 0;
  return n;
}

const PERIOD = {
  day: () => sql<string>`s.date_start`,
  week: (dialect: SqlDialect) => dialect.weekStart('s.date_start'),
  month: () => sql<string>`substr(s.date_start, 1, 7)`,
  year: () => sql<string>`substr(s.date_start, 1, 4)`,
};

/**
 * Aggregates incident_stats with GROUP BY: the per-incident sums are precomputed, so this reads
 * no JSON. Filters are the listing's (a date range overlapping [from, to]), applied to the
 * incident; an incident counts in the period its date range starts in. `textMatch` is the
 * store's full-text condition over incidents (the listing's), for `text`.
 */
export async function incidentStats(db: Kysely<Database>, dialect: SqlDialect, query: StatsQuery, textMatch?: (text: string) => RawBuilder<boolean>): Promise<StatsBucket[]> {
  const period = PERIOD[query.interval](dialect);
  let q = (db as unknown as Kysely<StatsTables>)
    .selectFrom('incident_stats as s')
    .where('s.listed', '=', 1)
    .where('s.side', query.by === 'side' ? '<>' : '=', '');
  if (query.from) q = q.where('s.date_end', '>=', query.from);
  if (query.to) q = q.where('s.date_start', '<=', query.to);
  if (query.types?.length) {
    const types = query.types.map((t) => t.toLowerCase());
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['s.event_type']), 'in', types), eb(eb.fn('lower', ['s.sub_event_type']), 'in', types)]));
  }
  for (const [facet, values] of [['place', query.placeIds], ['actor', query.actorIds], ['side', query.sides]] as const) {
    if (values === undefined) continue;
    if (values.length === 0) return [];
    q = q.where('s.incident_id', 'in', (eb) => eb.selectFrom('incident_facets').select('incident_id').where('facet', '=', facet).where('value', 'in', values));
  }
  // Review status and words are the incident's own, not precomputed: read through incidents.
  const text = query.text?.trim();
  if (query.status?.length || (text && textMatch)) {
    q = q.where('s.incident_id', 'in', (eb) => {
      let sub = eb.selectFrom('incidents').select('id');
      if (query.status?.length) sub = sub.where('status', 'in', query.status);
      if (text && textMatch) sub = sub.where(textMatch(text));
      return sub;
    });
  }
  const group = query.by === 'side' ? sql<string>`s.side` : query.by === 'type' ? sql<string>`s.event_type` : sql<string>`''`;
  const rows = await q
    .select([
      period.as('period'),
      group.as('grp'),
      (eb) => eb.fn.countAll<number>().as('incidents'),
      sql<number>`sum(s.killed_low)`.as('killed_low'),
      sql<number>`sum(s.killed_best)`.as('killed_best'),
      sql<number>`sum(s.killed_high)`.as('killed_high'),
      sql<number>`sum(s.wounded_low)`.as('wounded_low'),
      sql<number>`sum(s.wounded_best)`.as('wounded_best'),
      sql<number>`sum(s.wounded_high)`.as('wounded_high'),
    ])
    .groupBy([sql`1`, sql`2`])
    .orderBy(sql`1`)
    .orderBy(sql`2`)
    .execute();
  return rows.map((r) => ({
    period: r.period,
    ...(query.by === 'none' ? {} : { group: r.grp }),
    incidents: Number(r.incidents),
    killed: { low: Number(r.killed_low), best: Number(r.killed_best), high: Number(r.killed_high) },
    wounded: { low: Number(r.wounded_low), best: Number(r.wounded_best), high: Number(r.wounded_high) },
  }));
}

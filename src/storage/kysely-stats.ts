import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StatsBucket, StatsQuery } from './stats-store.js';

/** The incident_stats table (written by triggers on `incidents`, see the 0005 migration). */
type StatsTables = Database & {
  incident_stats: {
    incident_id: string;
    /** '' for the incident as a whole, else a side involved or counted. */
    side: string;
    listed: number;
    date_start: string;
    date_end: string;
    event_type: string;
    sub_event_type: string;
    killed_low: number;
    killed_best: number;
    killed_high: number;
    wounded_low: number;
    wounded_best: number;
    wounded_high: number;
  };
};

const PERIOD = {
  day: sql<string>`s.date_start`,
  // The Monday on or before the start: 'weekday 0' moves to the next Sunday (or stays), then back six days.
  week: sql<string>`date(s.date_start, 'weekday 0', '-6 days')`,
  month: sql<string>`substr(s.date_start, 1, 7)`,
};

/**
 * Aggregates incident_stats with GROUP BY: the per-incident sums are precomputed, so this reads
 * no JSON. Filters are the listing's (a date range overlapping [from, to]), applied to the
 * incident; an incident counts in the period its date range starts in.
 */
export async function incidentStats(db: Kysely<Database>, query: StatsQuery): Promise<StatsBucket[]> {
  const period = PERIOD[query.interval];
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

import { z } from 'zod';
import { resolveFilter } from '../../query/incident-filter.js';
import type { StatsBucket, StatsQuery } from '../../storage/stats-store.js';
import type { Store } from '../../storage/store.js';
import { route } from '../api-route.js';
import { VersionedCache } from '../versioned-cache.js';
import { incidentFilterFields } from './incidents.js';
import { resolving } from './list-params.js';

const StatsParams = z.strictObject({
  interval: z.enum(['day', 'week', 'month', 'year']).default('month').describe('bucket length: day, week (Monday to Sunday, named by its Monday), month or year (for records spanning decades)'),
  by: z.enum(['side', 'type', 'none']).default('none').describe('split each period by the sides involved, by ACLED event type, or not at all'),
  from: incidentFilterFields.from,
  to: incidentFilterFields.to,
  type: incidentFilterFields.type,
  place: incidentFilterFields.place,
  actor: incidentFilterFields.actor,
  side: incidentFilterFields.side,
  status: incidentFilterFields.status,
  q: incidentFilterFields.q,
});

const Range = z.object({ low: z.number(), best: z.number(), high: z.number() });
const StatsAnswer = z.object({
  interval: z.string(),
  by: z.string(),
  buckets: z.array(z.object({ period: z.string(), group: z.string().optional(), incidents: z.number(), killed: Range, wounded: Range })),
});

/** How many different questions a store's answers are kept for; the least recently asked goes first. */
const MAX_ANSWERS = 256;
const answers = new VersionedCache<string>(MAX_ANSWERS);

/**
 * An answer is kept while the store's data version is unchanged, so a write (here, by the CLI
 * or by another process) is seen by the next request: aggregating a million incidents takes
 * a few hundred milliseconds of the server's one thread, answering from memory microseconds.
 * The answer is kept as JSON text: serialising months of buckets per request costs more than the rest.
 */
const cachedStats = (store: Store, query: StatsQuery) =>
  answers.get(store, JSON.stringify(query), () => store.incidentStats(query).then((buckets: StatsBucket[]) => JSON.stringify({ interval: query.interval, by: query.by, buckets })));

/** GET /stats, and GET /health: the trivial route the API benchmark measures the others against. */
export const statsRoutes = () => [
  route({
    method: 'get',
    path: '/stats',
    summary: 'Incidents and casualty ranges per day, week, month or year, by side or type',
    description:
      'Counts listed incidents (reports grouped into a reconciled incident count through it) and sums their derived killed and wounded ranges (low, best, high) per period. ' +
      'An incident counts once, in the period its date range starts in, even when it runs into the next. ' +
      'by=side: an incident counts under each side involved, and its figures under the side of the people counted ("unknown" when the sources lump sides together). ' +
      'by=type: under its ACLED event type. Figures stated for several outcomes together ("killed or missing") are left out. ' +
      'The filters are the incident list\'s (bar bbox): from/to select incidents whose dates overlap the range, q and status narrow them as the list does.',
    tag: 'incidents',
    access: 'read',
    query: StatsParams,
    response: StatsAnswer,
    async handler({ c, store, query }) {
      const { interval, by, ...filters } = query;
      const filter = await resolving(() => resolveFilter(store, filters, { unknownNames: 'match-none' }));
      const stats: StatsQuery = { interval, by };
      for (const k of ['from', 'to', 'types', 'placeIds', 'actorIds', 'sides', 'status', 'text'] as const) if (filter[k] !== undefined) Object.assign(stats, { [k]: filter[k] });
      return c.body(await cachedStats(store, stats), 200, { 'content-type': 'application/json' });
    },
  }),
  route({
    method: 'get',
    path: '/health',
    summary: 'Answers 200 while the server runs, without touching the record',
    tag: 'server',
    access: 'public',
    async handler() {
      return { ok: true };
    },
  }),
];

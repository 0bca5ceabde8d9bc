import { z } from 'zod';
import type { Catalog } from '../../export/catalog.js';
import { presentAgreement, presentMeeting, presentPrecondition } from '../../export/present-peace.js';
import { day, FilterError } from '../../query/incident-filter.js';
import type { Store } from '../../storage/store.js';
import { route, type ApiRoute } from '../api-route.js';
import { notFound } from '../errors.js';
import { catalogFor } from '../catalog-cache.js';
import { resolving } from './list-params.js';

const DatedQuery = z.strictObject({
  from: z.string().optional().describe('those ending on or after this day (2020, 2020-09 or 2020-09-27)'),
  to: z.string().optional().describe('those starting on or before this day'),
});

/** The ISO days a from/to query stands for, checked as the incident filters check them. */
async function dateWindow(query: z.infer<typeof DatedQuery>): Promise<{ from: string; to: string }> {
  return resolving(async () => {
    const bounds = { from: query.from ? day('from', query.from) : '', to: query.to ? day('to', query.to) : '\uffff' };
    if (bounds.from > bounds.to) throw new FilterError('from', `from ${query.from} is after to ${query.to}`);
    return bounds;
  });
}

/** The peace process: agreements with provisions, meetings, preconditions, each with its claims. */
export function peaceRoutes(): ApiRoute[] {
  const resources = [
    ['agreements', 'agreement', 'Agreements, ceasefires and proposals, with provisions', (s: Store) => s.listAgreements(), (s: Store, id: string) => s.getAgreement(id), presentAgreement],
    ['meetings', 'meeting', 'Meetings and talks', (s: Store) => s.listMeetings(), (s: Store, id: string) => s.getMeeting(id), presentMeeting],
    ['preconditions', 'precondition', 'Preconditions and demands: who demands what of whom', (s: Store) => s.listPreconditions(), (s: Store, id: string) => s.getPrecondition(id), presentPrecondition],
  ] as const;
  return resources.flatMap(([path, what, summary, list, get, present]) => {
    const show = present as (catalog: Catalog, item: never, timeline: Awaited<ReturnType<Store['getIncident']>>) => unknown;
    return [
      route({
        method: 'get',
        path: `/${path}`,
        summary,
        tag: 'peace process',
        access: 'read',
        query: DatedQuery,
        async handler({ store, query }) {
          const { from, to } = await dateWindow(query);
          const items = (await list(store)).filter((item) => item.date.end >= from && item.date.start <= to);
          // Each step's claims sit on its timeline incident of the same id.
          const timelines = await Promise.all(items.map((item) => store.getIncident(item.id)));
          const catalog = await catalogFor(store, timelines.filter((t) => t !== undefined));
          return { items: items.map((item, k) => show(catalog, item as never, timelines[k])) };
        },
      }),
      route({
        method: 'get',
        path: `/${path}/{id}`,
        summary: `One ${what}`,
        tag: 'peace process',
        access: 'read',
        async handler({ store, params }) {
          const item = await get(store, params.id);
          if (!item) throw notFound(what, params.id);
          const timeline = await store.getIncident(item.id);
          return show(await catalogFor(store, timeline ? [timeline] : []), item as never, timeline) as object;
        },
      }),
    ];
  });
}

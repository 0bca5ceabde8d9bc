import { z } from 'zod';
import type { Incident } from '../../domain/index.js';
import { Catalog } from '../../export/catalog.js';
import { presentDocument, presentIncident } from '../../export/present-incident.js';
import { resolveFilter } from '../../query/incident-filter.js';
import { many, route } from '../api-route.js';
import { catalogFor } from '../catalog-cache.js';
import { notFound } from '../errors.js';
import { cursorParam, DEFAULT_PAGE_SIZE, limitParam, resolving } from './list-params.js';

/** The incident filters, named like the CLI's flags; exports take them too. */
export const incidentFilterFields = {
  from: z.string().optional().describe('incidents ending on or after this day (2020, 2020-09 or 2020-09-27)'),
  to: z.string().optional().describe('incidents starting on or before this day'),
  type: many().describe('ACLED event or sub-event types (any of them)'),
  place: many().describe('places by name, alias or id, with everything inside them; a name that names nothing matches nothing'),
  actor: many().describe('actors by name, alias or id, with their parts'),
  side: many().describe('sides involved: AM, AZ, or a third party'),
  status: many().describe('review status: unreviewed, accepted, disputed, rejected'),
  q: z.string().optional().describe('words in titles, summaries and claims'),
  bbox: z.string().optional().describe('minLon,minLat,maxLon,maxLat: incidents with at least one place inside this box'),
};

export const IncidentListQuery = z.strictObject({
  ...incidentFilterFields,
  sort: z.enum(['date', '-date']).optional().describe('date: oldest first (the default); -date: newest first'),
  limit: limitParam(),
  cursor: cursorParam(),
});

/** The detail view: the incident, and each document its claims cite, once. */
function presentDetail(catalog: Catalog, incident: Incident) {
  const cited = [...new Set(incident.claims.map((c) => c.document_id))];
  return { ...presentIncident(catalog, incident), documents: cited.map((id) => presentDocument(catalog, id)) };
}

/** GET /incidents with the CLI's filters as query parameters, and GET /incidents/{id}. */
export const incidentRoutes = () => [
  route({
    method: 'get',
    path: '/incidents',
    summary: 'Incidents by date, filtered; cursor pagination',
    tag: 'incidents',
    access: 'read',
    query: IncidentListQuery,
    async handler({ store, query }) {
      const filter = await resolving(() => resolveFilter(store, { ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE }, { unknownNames: 'match-none' }));
      const page = await store.listIncidents(filter);
      const catalog = await catalogFor(store, page.items);
      return { items: page.items.map((i) => presentIncident(catalog, i)), next_cursor: page.next_cursor ?? null };
    },
  }),
  route({
    method: 'get',
    path: '/incidents/{id}',
    summary: 'An incident with its claims, casualty ranges, responsibility and the documents its claims cite',
    tag: 'incidents',
    access: 'read',
    async handler({ store, params }) {
      const incident = await store.getIncident(params.id);
      if (!incident) throw notFound('incident', params.id);
      return presentDetail(await catalogFor(store, [incident]), incident);
    },
  }),
];

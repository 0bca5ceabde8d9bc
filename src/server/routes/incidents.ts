import { Hono } from 'hono';
import { Catalog } from '../../export/catalog.js';
import { presentIncident } from '../../export/present-incident.js';
import { FilterError, resolveFilter } from '../../query/incident-filter.js';
import type { Store } from '../../storage/store.js';
import { badRequest, notFound } from '../errors.js';

/** GET /incidents with the CLI's filters as query parameters, and GET /incidents/:id. */
export function incidentRoutes(store: Store) {
  return new Hono()
    .get('/', async (c) => {
      const params = (name: string) => c.req.queries(name) ?? undefined;
      let query;
      try {
        query = await resolveFilter(store, {
          from: c.req.query('from'),
          to: c.req.query('to'),
          type: params('type'),
          place: params('place'),
          actor: params('actor'),
          side: params('side'),
          status: params('status'),
          q: c.req.query('q'),
          limit: c.req.query('limit'),
          cursor: c.req.query('cursor'),
        });
      } catch (error) {
        if (error instanceof FilterError) throw badRequest(error.message, error.field);
        throw error;
      }
      const page = await store.listIncidents(query);
      const catalog = await Catalog.load(store);
      return c.json({ items: page.items.map((i) => presentIncident(catalog, i)), next_cursor: page.next_cursor ?? null });
    })
    .get('/:id', async (c) => {
      const incident = await store.getIncident(c.req.param('id'));
      if (!incident) throw notFound('incident', c.req.param('id'));
      return c.json(presentIncident(await Catalog.load(store), incident));
    });
}

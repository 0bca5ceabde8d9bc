import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { Catalog } from '../export/catalog.js';
import { allIncidents } from '../export/collect-record.js';
import { presentClaim, presentIncident } from '../export/present-incident.js';
import type { Incident } from '../domain/index.js';
import type { Store } from '../storage/store.js';
import { badRequest, errorBody, respondError } from './errors.js';
import { homePage } from './home-page.js';
import { OPENAPI } from './openapi.js';
import { incidentRoutes } from './routes/incidents.js';
import { peaceRoutes } from './routes/peace.js';
import { referenceRoutes } from './routes/reference.js';

/** Settings the server takes; more arrive with accounts (issue 6). */
export type AppConfig = Record<string, never>;

/**
 * The HTTP API as a value: tests call `app.request('/api/v1/incidents')` without a socket,
 * `truce serve` puts it on a port.
 * @example const res = await createApp(store).request('/api/v1/incidents?place=Tovuz');
 */
export function createApp(store: Store, _config: AppConfig = {}) {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"] },
    }),
  );
  app.onError((error, c) => respondError(c, error));
  app.notFound((c) => c.json(errorBody(404, 'not_found', `nothing is served at ${c.req.path}; the API is under /api/v1/ (see /api/v1/openapi.json)`), 404));

  const api = new Hono();
  api.get('/', (c) => c.json({ name: 'Truce API', version: 'v1', openapi: '/api/v1/openapi.json', resources: Object.keys(OPENAPI.paths) }));
  api.get('/openapi.json', (c) => c.json(OPENAPI));
  api.route('/incidents', incidentRoutes(store));
  api.route('/', referenceRoutes(store));
  api.route('/', peaceRoutes(store));
  api.get('/search', async (c) => {
    const q = c.req.query('q');
    if (!q?.trim()) throw badRequest('search needs words: /api/v1/search?q=Khankendi', 'q');
    const hits = await store.search(q, 50);
    const catalog = await Catalog.load(store);
    return c.json({
      ...hits,
      incidents: hits.incidents.map((i) => presentIncident(catalog, i)),
      claims: hits.claims.map((claim) => ({ incident_id: claim.incident_id, ...presentClaim(catalog, claim) })),
    });
  });
  app.route('/api/v1', api);

  app.get('/', async (c) => {
    const catalog = await Catalog.load(store);
    const incidents: Incident[] = [];
    for await (const i of allIncidents(store)) incidents.push(i);
    const counts = await store.counts();
    return c.html(homePage(incidents.map((i) => presentIncident(catalog, i)), counts));
  });
  return app;
}

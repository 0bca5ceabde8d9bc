import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../storage/store.js';
import type { ApiRoute } from './api-route.js';
import { DEFAULTS, type AppConfig } from './app-config.js';
import { errorBody, respondError } from './errors.js';
import { mountRoutes } from './mount-routes.js';
import { openApiDocument } from './openapi.js';
import { RateLimiter } from './rate-limiter.js';
import { ResponseCache } from './response-cache.js';
import { apiRoutes, type RouteDeps } from './api-routes.js';
import { mountWebApp } from './web-app.js';

export type { AppConfig } from './app-config.js';

/**
 * The HTTP API as a value: tests call `app.request('/api/v1/incidents')` without a socket,
 * `truce serve` puts it on a port.
 * @example const res = await createApp(store).request('/api/v1/incidents?place=Tovuz');
 */
export function createApp(store: Store, config: AppConfig = {}) {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // A configured tile server is the only other place the page may load from.
        imgSrc: ["'self'", 'data:', ...(config.tileUrl ? [new URL(config.tileUrl.replace(/[{}]/g, '')).origin] : [])],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.onError((error, c) => respondError(c, error));
  app.notFound((c) => c.json(errorBody(404, 'not_found', `nothing is served at ${c.req.path}; the API is under /api/v1/ (see /api/v1/openapi.json)`), 404));

  // Whether reads need a sign-in: the config says so, else the stored setting (admins change it), else public.
  let readsArePublic = config.readAccess ? config.readAccess === 'public' : true;
  const settingLoaded = config.readAccess ? Promise.resolve() : store.getSetting<string>('read_access').then((v) => { if (v) readsArePublic = v === 'public'; });
  const deps: RouteDeps = {
    config,
    setReadAccess: (access) => { if (!config.readAccess) readsArePublic = access === 'public'; },
    logins: new RateLimiter(config.loginsPer15Minutes ?? DEFAULTS.loginsPer15Minutes, 15 * 60_000),
  };
  const routes: ApiRoute[] = apiRoutes(deps);
  const document = openApiDocument(routes);

  const api = new Hono();
  api.use(async (_c, next) => {
    await settingLoaded;
    await next();
  });
  api.get('/openapi.json', (c) => c.json(document));
  api.get('/', (c) => c.json({ name: 'Truce API', version: 'v1', openapi: '/api/v1/openapi.json', resources: Object.keys(document.paths) }));
  mountRoutes(api, routes, {
    store,
    cache: new ResponseCache(),
    readsArePublic: () => readsArePublic,
    writes: new RateLimiter(config.writesPerMinute ?? DEFAULTS.writesPerMinute, 60_000),
    maxBodyBytes: config.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
  });
  app.route('/api/v1', api);

  mountWebApp(app, config.webRoot);
  return app;
}

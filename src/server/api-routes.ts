import type { ApiRoute } from './api-route.js';
import type { AppConfig } from './app-config.js';
import type { RateLimiter } from './rate-limiter.js';
import { accountRoutes } from './routes/accounts.js';
import { auditRoutes } from './routes/audit.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/exports.js';
import { incidentRoutes } from './routes/incidents.js';
import { mapRoutes } from './routes/map.js';
import { ingestRoutes } from './routes/ingest.js';
import { reviewRoutes } from './routes/review.js';
import { sessionRoutes } from './routes/session.js';
import { peaceRoutes } from './routes/peace.js';
import { referenceRoutes } from './routes/reference.js';
import { statsRoutes } from './routes/stats.js';
import { webConfigRoutes } from './routes/web-config.js';

/** What route files may need besides the store each handler is given. */
export type RouteDeps = {
  config: AppConfig;
  /** Tells the running server an admin changed whether reads are public. */
  setReadAccess(access: 'public' | 'private'): void;
  logins: RateLimiter;
};

/** Every operation of the API, in the order the OpenAPI document lists them; static paths before {id} ones. */
export function apiRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    ...incidentRoutes(),
    ...claimRoutes(),
    ...documentRoutes(),
    ...referenceRoutes(),
    ...peaceRoutes(),
    ...exportRoutes(),
    ...statsRoutes(),
    ...mapRoutes(),
    ...ingestRoutes(deps),
    ...reviewRoutes(),
    ...sessionRoutes(deps),
    ...accountRoutes(deps),
    ...auditRoutes(),
    ...webConfigRoutes(deps),
  ];
}

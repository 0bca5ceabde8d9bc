import { z } from 'zod';
import { route, type ApiRoute } from '../api-route.js';
import type { RouteDeps } from '../api-routes.js';

const WebConfig = z.object({
  tiles: z.object({ url: z.string(), attribution: z.string() }).nullable().describe('a tile server the map may draw on; null: the map draws the built-in Natural Earth borders only'),
});

/** GET /web-config: what the web app needs to know of the server's settings. */
export function webConfigRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    route({
      method: 'get', path: '/web-config', summary: "Settings the web app reads: the map's tile server, if one is configured", tag: 'accounts', access: 'public',
      response: WebConfig,
      handler: async () => ({
        tiles: deps.config.tileUrl ? { url: deps.config.tileUrl, attribution: deps.config.tileAttribution ?? '' } : null,
      }),
    }),
  ];
}

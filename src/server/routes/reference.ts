import { z } from 'zod';
import { normalizeName, type Actor, type Place } from '../../domain/index.js';
import { presentClaim, presentIncident } from '../../export/present-incident.js';
import { parseBbox } from '../../query/incident-filter.js';
import type { Store } from '../../storage/store.js';
import { route, type ApiRoute } from '../api-route.js';
import { badRequest, notFound } from '../errors.js';
import { catalogForClaims } from './claims-catalog.js';
import { resolving } from './list-params.js';

const ByName = z.strictObject({ q: z.string().optional().describe('any name or alias, or the start of one') });
const PlaceQuery = ByName.extend({ bbox: z.string().optional().describe('minLon,minLat,maxLon,maxLat: only places inside this box') });

/** Places, actors and sources; `?q=` finds places and actors by any name or alias. */
export function referenceRoutes(): ApiRoute[] {
  return [
    route({
      method: 'get', path: '/places', summary: 'Places; ?q= finds them by any name or alias, ?bbox= on a map', tag: 'places and actors', access: 'read', query: PlaceQuery,
      async handler({ store, query }) {
        const box = query.bbox === undefined ? undefined : await resolving(async () => parseBbox(query.bbox!));
        const places = query.q?.trim() ? (await named(store, query.q)).places : await store.listPlaces();
        return { items: box ? places.filter((p) => p.lon >= box[0] && p.lat >= box[1] && p.lon <= box[2] && p.lat <= box[3]) : places };
      },
    }),
    route({
      method: 'get', path: '/places/{id}', summary: 'A place', tag: 'places and actors', access: 'read',
      handler: async ({ store, params }) => (await store.getPlace(params.id)) ?? raise(notFound('place', params.id)),
    }),
    route({
      method: 'get', path: '/actors', summary: 'Actors; ?q= finds them by any name or alias', tag: 'places and actors', access: 'read', query: ByName,
      handler: async ({ store, query }) => ({ items: query.q?.trim() ? (await named(store, query.q)).actors : await store.listActors() }),
    }),
    route({
      method: 'get', path: '/actors/{id}', summary: 'An actor', tag: 'places and actors', access: 'read',
      handler: async ({ store, params }) => (await store.getActor(params.id)) ?? raise(notFound('actor', params.id)),
    }),
    route({
      method: 'get', path: '/sources', summary: 'Publishers', tag: 'documents', access: 'read',
      handler: async ({ store }) => ({ items: await store.listSources() }),
    }),
    route({
      method: 'get', path: '/search', summary: 'Places and actors by alias, incidents and documents by their words', tag: 'search', access: 'read',
      query: z.strictObject({ q: z.string().optional().describe('the words to find') }),
      async handler({ store, query }) {
        if (!query.q?.trim()) throw badRequest('search needs words: /api/v1/search?q=Khankendi', 'q');
        const hits = await store.search(query.q, 50);
        const catalog = await catalogForClaims(store, [...hits.incidents.flatMap((i) => i.claims), ...hits.claims]);
        return {
          ...hits,
          incidents: hits.incidents.map((i) => presentIncident(catalog, i)),
          claims: hits.claims.map((claim) => ({ incident_id: claim.incident_id, ...presentClaim(catalog, claim) })),
        };
      },
    }),
  ];
}

/** Places and actors a name finds; words without a letter or digit name nothing. */
async function named(store: Store, q: string): Promise<{ places: Place[]; actors: Actor[] }> {
  return normalizeName(q) ? store.search(q, 50) : { places: [], actors: [] };
}

function raise(error: Error): never {
  throw error;
}

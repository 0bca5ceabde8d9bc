import { z } from 'zod';
import type { Catalog } from '../../export/catalog.js';
import { presentClaim } from '../../export/present-incident.js';
import { resolveClaimFilter } from '../../query/claim-filter.js';
import type { ListedClaim } from '../../storage/read-store.js';
import { many, route, type ApiRoute } from '../api-route.js';
import { notFound } from '../errors.js';
import { catalogForClaims } from './claims-catalog.js';
import { cursorParam, DEFAULT_PAGE_SIZE, limitParam, resolving } from './list-params.js';

const ClaimListQuery = z.strictObject({
  incident: z.string().optional().describe("an incident's id: its claims (a reconciled incident's are its reports')"),
  claimant: many().describe('claimants by actor name, alias or id, with their parts; a name that names nothing matches nothing'),
  document: z.string().optional().describe('a document id: the claims citing it'),
  status: many().describe('review status: unreviewed, accepted, disputed, rejected'),
  stance: many().describe('how the claimant stands to it: reports, asserts, accuses, denies, demands'),
  kind: many().describe('what it asserts: event, casualties, responsibility, denial, statement, demand'),
  limit: limitParam(),
  cursor: cursorParam(),
});

/** A claim on the wire: the incident it is shown under (and the report it came in, when that differs), then the claim as exports write it. */
function present(catalog: Catalog, claim: ListedClaim) {
  return { incident_id: claim.incident_id, ...(claim.report_id ? { report_id: claim.report_id } : {}), ...presentClaim(catalog, claim) };
}

/** Claims across incidents: who said what, where; filtered and paged. */
export function claimRoutes(): ApiRoute[] {
  return [
    route({
      method: 'get',
      path: '/claims',
      summary: 'Claims, filtered by incident, claimant, document, status, stance or kind; cursor pagination',
      tag: 'claims',
      access: 'read',
      query: ClaimListQuery,
      async handler({ store, query }) {
        const filter = await resolving(() => resolveClaimFilter(store, { ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE }));
        const page = await store.listClaims(filter);
        const catalog = await catalogForClaims(store, page.items);
        return { items: page.items.map((c) => present(catalog, c)), next_cursor: page.next_cursor ?? null };
      },
    }),
    route({
      method: 'get',
      path: '/claims/{id}',
      summary: 'A claim',
      description: "Claim ids contain a slash (2021-03-05-riverford-clash/c1): send it encoded, /api/v1/claims/2021-03-05-riverford-clash%2Fc1.",
      tag: 'claims',
      access: 'read',
      async handler({ store, params }) {
        const claim = await store.getListedClaim(params.id);
        if (!claim) throw notFound('claim', params.id);
        return present(await catalogForClaims(store, [claim]), claim);
      },
    }),
  ];
}

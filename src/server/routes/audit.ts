import { z } from 'zod';
import { verifyChain } from '../../audit/chain.js';
import { count, route, type ApiRoute } from '../api-route.js';

/** The audit log: every write, who made it and when, before and after; each entry chained to the previous by a hash. */
export function auditRoutes(): ApiRoute[] {
  return [
    route({
      method: 'get', path: '/audit', summary: 'Audit entries, newest first; page back with before_seq', tag: 'audit', access: 'reviewer',
      query: z.strictObject({
        before_seq: count(1, Number.MAX_SAFE_INTEGER).describe('entries before this sequence number (the last page\'s smallest seq)'),
        limit: count(1, 500).describe('entries per page (default 100, at most 500)'),
        target_id: z.string().optional().describe('only entries about this incident, claim, user or token'),
        actor: z.string().optional().describe("only this user's entries"),
      }),
      async handler({ store, query }) {
        const items = await store.listAudit({ ...query, limit: query.limit ?? 100 });
        return { items, next_before_seq: items.length === (query.limit ?? 100) ? items[items.length - 1].seq : null };
      },
    }),
    route({
      method: 'get', path: '/audit/verify', summary: 'Checks the whole chain: an entry changed, removed or reordered after it was written shows here', tag: 'audit', access: 'admin',
      handler: async ({ store }) => verifyChain(store.auditEntries()),
    }),
  ];
}

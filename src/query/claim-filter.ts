import { ClaimKind, ReviewStatus, Stance } from '../domain/index.js';
import { decodeClaimCursor } from '../storage/cursor.js';
import type { ClaimQuery } from '../storage/read-store.js';
import type { Store } from '../storage/store.js';
import { FilterError, many, withDescendants } from './incident-filter.js';

/** Claim filters as a query string gives them. */
export type ClaimFilter = {
  incident?: string;
  /** Actors by name, alias or id, with their parts (a ministry speaks for its state). */
  claimant?: string | string[];
  document?: string;
  status?: string | string[];
  stance?: string | string[];
  kind?: string | string[];
  limit?: number;
  cursor?: string;
};

function values<T extends string>(field: string, given: string | string[] | undefined, allowed: { options: readonly T[] }): T[] | undefined {
  const list = many(given);
  for (const v of list) if (!(allowed.options as readonly string[]).includes(v)) throw new FilterError(field, `"${v}" is not a ${field}: use ${allowed.options.join(', ')}`);
  return list.length ? (list as T[]) : undefined;
}

/**
 * Turns claim filters into a ClaimQuery: claimant names (any alias) to actor ids with their
 * parts; a name that names nothing matches no claim.
 */
export async function resolveClaimFilter(store: Store, filter: ClaimFilter): Promise<ClaimQuery> {
  const query: ClaimQuery = {
    ...(filter.incident ? { incidentId: filter.incident } : {}),
    ...(filter.document ? { documentId: filter.document } : {}),
    status: values('status', filter.status, ReviewStatus),
    stance: values('stance', filter.stance, Stance),
    kind: values('kind', filter.kind, ClaimKind),
    limit: filter.limit,
  };
  const claimants = many(filter.claimant);
  if (claimants.length) {
    const roots = (await Promise.all(claimants.map((a) => store.findActors(a)))).flat();
    query.claimantIds = roots.length ? withDescendants(roots, await store.listActors()) : [];
  }
  if (filter.cursor) {
    try {
      decodeClaimCursor(filter.cursor);
    } catch (error) {
      throw new FilterError('cursor', (error as Error).message);
    }
    query.cursor = filter.cursor;
  }
  return query;
}

import type { Claim } from '../../domain/index.js';
import { Catalog } from '../../export/catalog.js';
import type { Store } from '../../storage/store.js';
import { catalogFor } from '../catalog-cache.js';

/**
 * The catalog for presenting claims that are not in hand as incidents: the cached places,
 * actors and sources, and only the documents these claims cite.
 */
export async function catalogForClaims(store: Store, claims: Pick<Claim, 'document_id'>[]): Promise<Catalog> {
  const cached = await catalogFor(store, []);
  const documents = await store.getDocuments([...new Set(claims.map((c) => c.document_id))]);
  return Catalog.of(cached.places.values(), cached.actors.values(), documents, cached.sources.values());
}

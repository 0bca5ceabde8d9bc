import type { Actor, Incident, Place, Source } from '../domain/index.js';
import { Catalog } from '../export/catalog.js';
import type { Store } from '../storage/store.js';

type Lists = { version: string; lists: Promise<[Place[], Actor[], Source[]]> };

// Per store object: the read store of an app lives as long as the app; a write's
// transaction-bound store is dropped with its entry.
const cache = new WeakMap<Store, Lists>();

/**
 * The catalog presenters need for these incidents: places, actors and sources (small, kept
 * while the store's data version is unchanged) and only the documents their claims cite.
 * Catalog.load reads every document, which at a million incidents is most of the record.
 * @example presentIncident(await catalogFor(store, [incident]), incident)
 */
export async function catalogFor(store: Store, incidents: Incident[]): Promise<Catalog> {
  const version = await store.dataVersion();
  let entry = cache.get(store);
  if (!entry || entry.version !== version) {
    entry = { version, lists: Promise.all([store.listPlaces(), store.listActors(), store.listSources()]) };
    cache.set(store, entry);
    // A failed load is not kept: the next request tries again.
    entry.lists.catch(() => cache.get(store) === entry && cache.delete(store));
  }
  const [places, actors, sources] = await entry.lists;
  const documents = await store.getDocuments(incidents.flatMap((i) => i.claims.map((c) => c.document_id)));
  return Catalog.of(places, actors, documents, sources);
}

import type { Store } from '../storage/store.js';
import { Gazetteer } from './gazetteer.js';

/** The gazetteer of the record's own places and actors. */
export async function recordGazetteer(store: Store): Promise<Gazetteer> {
  const [places, actors] = await Promise.all([store.listPlaces(), store.listActors()]);
  return Gazetteer.fromRecord({ places, actors });
}

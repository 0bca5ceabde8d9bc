import { placeNames, type Place } from '../src/domain/index.js';
import { NameIndex } from '../src/gazetteer/name-index.js';

/** What scoring needs of a gazetteer: ids for a predicted place, and the chain of units around a place. */
export type PlaceIndex = {
  /** Gazetteer ids a predicted place stands for: its id when known, else every place answering to its name. */
  resolve(place: { id: string; name: string }): string[];
  /** The units that contain a place, nearest first (empty for an unknown id or a top-level place). */
  ancestors(id: string): string[];
};

/**
 * A PlaceIndex over gazetteer entries.
 * @example placeIndex(loadRecordDir().places).ancestors('nerkin-hand') // ['syunik-province', 'armenia']
 */
export function placeIndex(places: Pick<Place, 'id' | 'name' | 'names' | 'aliases' | 'parent_id'>[]): PlaceIndex {
  const parent = new Map(places.map((p) => [p.id, p.parent_id]));
  const names = new NameIndex('place');
  for (const p of places) names.add(p.id, placeNames(p));
  return {
    resolve: (place) => (parent.has(place.id) ? [place.id] : names.lookup(place.name)),
    ancestors(id) {
      const chain: string[] = [];
      // Bounded, so a cycle in bad data cannot hang the scorer.
      for (let at = parent.get(id); at && chain.length < 20 && !chain.includes(at); at = parent.get(at)) chain.push(at);
      return chain;
    },
  };
}

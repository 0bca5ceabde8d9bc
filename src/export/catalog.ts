import type { Actor, Document, Place, Source } from '../domain/index.js';
import type { Store } from '../storage/store.js';

/** The lookups presenters need to turn ids into names: places, actors, documents, sources. */
export class Catalog {
  private constructor(
    readonly places: Map<string, Place>,
    readonly actors: Map<string, Actor>,
    readonly documents: Map<string, Document>,
    readonly sources: Map<string, Source>,
  ) {}

  /** A catalog of given lists, for presenting without a store (extraction). */
  static of(places: Iterable<Place>, actors: Iterable<Actor>, documents: Iterable<Document>, sources: Iterable<Source>): Catalog {
    const byId = <T extends { id: string }>(items: Iterable<T>) => new Map([...items].map((x) => [x.id, x]));
    return new Catalog(byId(places), byId(actors), byId(documents), byId(sources));
  }

  static async load(store: Store): Promise<Catalog> {
    const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
    const [places, actors, documents, sources] = await Promise.all([store.listPlaces(), store.listActors(), store.listDocuments(), store.listSources()]);
    return new Catalog(byId(places), byId(actors), byId(documents), byId(sources));
  }

  actorName(id: string): string {
    return this.actors.get(id)?.name ?? id;
  }

  /** A side's code in words: the name of the state with that code ("Armenia"), or the code itself. */
  sideName(code: string): string {
    for (const actor of this.actors.values()) if (actor.kind === 'state' && actor.country === code) return actor.name;
    return code;
  }
}

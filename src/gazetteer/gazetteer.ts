import { actorNames, placeNames, sideCode, type Actor, type ConflictRecord, type Place } from '../domain/index.js';
import { loadRecordDir } from '../record/load-record.js';
import { NameMatcher } from './name-matcher.js';

/**
 * What extraction knows of the world: places and actors with every name, and the words
 * that tell a side ("Armenian" -> AM). Built from a record, so it needs no database.
 */
export class Gazetteer {
  readonly places: Map<string, Place>;
  readonly actors: Map<string, Actor>;
  readonly placeMatcher: NameMatcher;
  readonly actorMatcher: NameMatcher;
  /** Lower-case words for a side's people or state ("armenian", "armenians", "armenia") -> side code. */
  readonly sideWords: Map<string, string>;
  /** The codes of the conflict's parties (states on a side, not third parties): AM and AZ in the built-in record. */
  readonly partySides: string[];
  private readonly stateBySide = new Map<string, string>();

  constructor(places: Place[], actors: Actor[]) {
    this.places = new Map(places.map((p) => [p.id, p]));
    // Reports name officials by surname after the first mention ("Harutyunyan declared");
    // where two share a surname, extraction picks the one the document already named.
    const surnames = new Map<string, string[]>();
    for (const a of actors) {
      if (a.kind !== 'official' && a.kind !== 'person') continue;
      const surname = a.name.trim().split(/\s+/).pop()!;
      if (surname.length > 3 && /^\p{Lu}/u.test(surname)) surnames.set(a.id, [surname]);
    }
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.placeMatcher = new NameMatcher(places.map((p) => ({ id: p.id, names: placeNames(p) })));
    this.actorMatcher = new NameMatcher(actors.map((a) => ({ id: a.id, names: [...actorNames(a), ...(surnames.get(a.id) ?? [])] })));
    this.sideWords = new Map();
    for (const a of actors) {
      if (a.kind !== 'state') continue;
      const code = sideCode(a.side, a.country);
      if (!this.stateBySide.has(code)) this.stateBySide.set(code, a.id);
      for (const word of [...actorNames(a), ...a.demonyms]) if (!/\s/.test(word)) this.sideWords.set(word.toLowerCase(), code);
    }
    this.partySides = actors.filter((a) => a.kind === 'state' && a.side !== 'third' && a.side !== 'unknown').map((a) => sideCode(a.side, a.country));
  }

  /** The state actor standing for a side code. */
  stateOf(code: string): string | undefined {
    return this.stateBySide.get(code);
  }

  static fromRecord(record: Pick<ConflictRecord, 'places' | 'actors'>): Gazetteer {
    return new Gazetteer(record.places, record.actors);
  }

  /** The gazetteer of the built-in record (or of another data directory). */
  static load(dataDir?: string): Gazetteer {
    return Gazetteer.fromRecord(loadRecordDir(dataDir));
  }

  /** The side an actor speaks for, as a code (AM, AZ, or a third party's own code). */
  sideOf(actorId: string): string {
    const a = this.actors.get(actorId);
    return a ? sideCode(a.side, a.country) : 'unknown';
  }

  /** True when `inner` lies inside `outer` by the parent chain (or is it). */
  within(inner: string, outer: string): boolean {
    for (let id: string | undefined = inner, n = 0; id && n < 10; id = this.places.get(id)?.parent_id, n++) if (id === outer) return true;
    return false;
  }
}

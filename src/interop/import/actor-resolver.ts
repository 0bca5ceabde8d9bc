import { actorNames, normalizeName, type Actor } from '../../domain/index.js';
import type { ActorRequest } from '../row-format.js';
import { slugId } from './slug-id.js';

/** Finds a row's actor in the record by any name or alias, else makes one; new actors wait in `added` for their batch. */
export class ActorResolver {
  private readonly byName = new Map<string, string>();
  private readonly ids = new Set<string>();
  readonly sides = new Map<string, string>();
  private added: Actor[] = [];

  constructor(actors: Actor[]) {
    for (const a of actors) this.remember(a);
  }

  private remember(a: Actor): void {
    this.ids.add(a.id);
    this.sides.set(a.id, a.side);
    for (const name of actorNames(a)) if (!this.byName.has(normalizeName(name))) this.byName.set(normalizeName(name), a.id);
  }

  /** Names as rows wrote them: a file repeats a few hundred actors a million times. */
  private readonly asWritten = new Map<string, string>();

  resolve(r: ActorRequest): string {
    const written = this.asWritten.get(r.name);
    if (written) return written;
    const id = this.find(r);
    this.asWritten.set(r.name, id);
    return id;
  }

  private find(r: ActorRequest): string {
    const known = this.byName.get(normalizeName(r.name));
    if (known) return known;
    let id = slugId(r.name);
    for (let n = 2; this.ids.has(id); n++) id = slugId(`${r.name}-${n}`);
    const actor: Actor = { id, name: r.name, kind: r.kind ?? 'group', side: r.side ?? 'unknown', country: r.country ?? 'unknown', aliases: [], demonyms: [], roles: [] };
    this.remember(actor);
    this.added.push(actor);
    return id;
  }

  take(): Actor[] {
    const taken = this.added;
    this.added = [];
    return taken;
  }
}

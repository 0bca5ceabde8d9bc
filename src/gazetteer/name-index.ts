import { normalizeName } from '../domain/names.js';

export type Resolution = { id: string } | { error: string };

/**
 * Finds records by id or by any of their names, compared by normalizeName. A name two
 * records share is kept: looking it up by that name is then ambiguous and says which ids
 * to choose from, which is how Agdam the district and Agdam the village live side by side.
 */
export class NameIndex {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, Set<string>>();

  constructor(private readonly what: string) {}

  add(id: string, names: readonly string[]): void {
    this.ids.add(id);
    for (const name of names) {
      const key = normalizeName(name);
      if (!key) continue;
      const owners = this.byName.get(key) ?? new Set<string>();
      owners.add(id);
      this.byName.set(key, owners);
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Ids of every record that answers to the name (or has it as id). */
  lookup(ref: string): string[] {
    if (this.ids.has(ref)) return [ref];
    return [...(this.byName.get(normalizeName(ref)) ?? [])];
  }

  resolve(ref: string): Resolution {
    const found = this.lookup(ref);
    if (found.length === 1) return { id: found[0] };
    if (found.length > 1) return { error: `"${ref}" names more than one ${this.what} (${found.join(', ')}): use one of these ids` };
    return { error: `"${ref}" names no ${this.what}: add it, or use a name or alias the ${this.what} list has` };
  }
}

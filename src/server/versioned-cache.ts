import type { Store } from '../storage/store.js';

/**
 * Answers kept per store and question while the store's data version is unchanged, so a write
 * (by this server, the CLI or another process) is seen by the next request; the least recently
 * asked question goes first once `max` are kept. A failed computation is not kept.
 */
export class VersionedCache<T> {
  private readonly byStore = new WeakMap<Store, Map<string, { version: string; value: Promise<T> }>>();

  constructor(private readonly max: number) {}

  async get(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await store.dataVersion();
    let kept = this.byStore.get(store);
    if (!kept) this.byStore.set(store, (kept = new Map()));
    const hit = kept.get(key);
    kept.delete(key);
    const entry = hit && hit.version === version ? hit : { version, value: compute() };
    kept.set(key, entry);
    if (kept.size > this.max) kept.delete(kept.keys().next().value!);
    if (entry !== hit) entry.value.catch(() => kept.get(key) === entry && kept.delete(key));
    return entry.value;
  }
}

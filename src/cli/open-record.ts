import { loadRecordDir } from '../record/load-record.js';
import { databaseLocation, openStore } from '../storage/open-store.js';
import { redactUrl } from '../storage/redact-url.js';
import type { Store } from '../storage/store.js';

/** True when the store holds no record at all (a new database). */
export async function isEmpty(store: Store): Promise<boolean> {
  const c = await store.counts();
  return c.incidents + c.places + c.actors + c.documents === 0;
}

/** Loads the data files into the store in one transaction and says what it loaded. */
export async function loadInto(store: Store, dataDir?: string, say: (line: string) => void = () => {}): Promise<void> {
  const record = loadRecordDir(dataDir);
  await store.replaceRecord(record);
  const c = await store.counts();
  say(`Loaded ${c.incidents} incidents with ${c.claims} claims, ${c.agreements} agreements, ${c.meetings} meetings, ${c.preconditions} preconditions, ${c.places} places, ${c.actors} actors and ${c.documents} documents.`);
}

/**
 * Opens the record in TRUCE_DB (default truce.db), creating the database and loading the
 * built-in record the first time, so every command works on a fresh checkout.
 */
export async function openRecord(): Promise<Store> {
  const location = databaseLocation();
  const store = await openStore(location);
  if (await isEmpty(store)) {
    process.stderr.write(`No record in ${redactUrl(location)} yet: creating it from the built-in data...\n`);
    try {
      await loadInto(store, undefined, (line) => process.stderr.write(`${line}\n`));
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

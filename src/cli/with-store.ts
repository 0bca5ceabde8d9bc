import type { Store } from '../storage/store.js';
import { openRecord } from './open-record.js';

/** Runs a command body on the record and closes the database afterwards, whatever happens. */
export async function withRecord<T>(body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openRecord();
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

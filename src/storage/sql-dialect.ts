import type { RawBuilder, Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * The few SQL expressions the backends write differently, so the shared Kysely code stays
 * one copy. Each backend gives one (SQLite's keeps the SQL it always ran).
 */
export interface SqlDialect {
  /** `[places, sides]` of an incident's `data`, as JSON text, read in one pass over the row. */
  placesAndSides(): RawBuilder<string>;
  /** A JSON column as the exact text the store wrote (JSON.stringify), for LIKE filters on it. */
  jsonText(column: string): RawBuilder<string>;
  /** Holds when an incident's date range spans more than `days` days: the expression of the long-incident index. */
  spansMoreThan(days: number): RawBuilder<boolean>;
  /** The Monday on or before an ISO day column, as an ISO day. */
  weekStart(column: string): RawBuilder<string>;
  /** Keeps other writers from appending to the audit log until this transaction ends (SQLite's write lock does already). */
  lockAuditLog(trx: Transaction<Database>): Promise<void>;
}

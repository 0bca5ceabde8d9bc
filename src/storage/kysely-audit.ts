import type { Kysely, Transaction } from 'kysely';
import { entryHash, GENESIS_HASH, type AuditEntry, type AuditInput } from '../audit/chain.js';
import { MAX_AUDIT_PAGE, type AuditQuery } from './audit-store.js';
import type { Database } from './schema.js';
import type { SqlDialect } from './sql-dialect.js';

// The audit half of the shared Kysely code: the append-only, hash-chained log.

type Db = Kysely<Database> | Transaction<Database>;

/** Entries read at a time by auditEntries: enough to be quick, few enough to stay small. */
const READ_CHUNK = 1000;

/** Stored JSON text back to a value; the value goes through the same JSON on the way in, so hashes agree. */
const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
const asJson = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

function entryOf(row: Database['audit_log']): AuditEntry {
  return { ...row, seq: Number(row.seq), before: parsed(row.before), after: parsed(row.after) };
}

/**
 * Writes the next entry after the last one. Call it inside a transaction: the read of the
 * last entry and the insert must not interleave with another writer's: the dialect locks
 * the log (on SQLite the transaction's write lock does that already).
 */
export async function appendAudit(trx: Transaction<Database>, dialect: SqlDialect, input: AuditInput): Promise<AuditEntry> {
  await dialect.lockAuditLog(trx);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const before = asJson(input.before);
  const after = asJson(input.after);
  const fields = {
    seq: last ? Number(last.seq) + 1 : 1,
    at: new Date().toISOString(),
    actor: input.actor,
    action: input.action,
    target_kind: input.target_kind,
    target_id: input.target_id,
    // Hashed as they will read back from storage (Dates as strings, undefined keys gone).
    before: parsed(before),
    after: parsed(after),
  };
  const prev_hash = last?.hash ?? GENESIS_HASH;
  const entry: AuditEntry = { ...fields, prev_hash, hash: entryHash(prev_hash, fields) };
  await trx.insertInto('audit_log').values({ ...entry, before, after }).execute();
  return entry;
}

export async function listAudit(db: Db, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const limit = Math.max(1, Math.min(Math.floor(q.limit ?? 50), MAX_AUDIT_PAGE));
  let query = db.selectFrom('audit_log').selectAll();
  if (q.before_seq !== undefined) query = query.where('seq', '<', q.before_seq);
  if (q.target_id !== undefined) query = query.where('target_id', '=', q.target_id);
  if (q.actor !== undefined) query = query.where('actor', '=', q.actor);
  return (await query.orderBy('seq', 'desc').limit(limit).execute()).map(entryOf);
}

export async function* auditEntries(db: Db): AsyncGenerator<AuditEntry> {
  // No lower bound at first: a tampered seq of 0 or below must still be read, and reported.
  let after: number | undefined;
  for (;;) {
    let q = db.selectFrom('audit_log').selectAll();
    if (after !== undefined) q = q.where('seq', '>', after);
    const rows = await q.orderBy('seq').limit(READ_CHUNK).execute();
    for (const row of rows) yield entryOf(row);
    if (rows.length < READ_CHUNK) return;
    after = Number(rows[rows.length - 1].seq);
  }
}

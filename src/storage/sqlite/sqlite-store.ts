import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Transaction } from 'kysely';
import type { ConflictRecord } from '../../domain/index.js';
import { KyselyStore } from '../kysely-store.js';
import type { Database as Tables } from '../schema.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

/** Turns words typed by a person into an FTS5 query: every word must match, as a prefix. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * The embedded default: one SQLite file (or ":memory:"), with FTS5 for search.
 * @example const store = await SqliteStore.open('truce.db');
 */
export class SqliteStore extends KyselyStore {
  static async open(path: string): Promise<SqliteStore> {
    const database = new Database(path);
    database.pragma('journal_mode = WAL');
    // With WAL, NORMAL loses no committed transaction on a crash of Truce, only (at most the
    // last ones) on a power cut, and spares an fsync per ingested document.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const store = new SqliteStore(new Kysely<Tables>({ dialect: new SqliteDialect({ database }) }));
    await store.migrate();
    return store;
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: { getMigrations: async () => SQLITE_MIGRATIONS } });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  }

  protected async clearSearchIndex(trx: Transaction<Tables>): Promise<void> {
    await sql`DELETE FROM incidents_fts`.execute(trx);
    await sql`DELETE FROM documents_fts`.execute(trx);
    await sql`DELETE FROM claims_fts`.execute(trx);
  }

  protected async unindexDocument(trx: Transaction<Tables>, id: string): Promise<void> {
    await sql`DELETE FROM documents_fts WHERE id = ${id}`.execute(trx);
  }

  protected async writeSearchIndex(trx: Transaction<Tables>, record: Pick<ConflictRecord, 'incidents' | 'documents'>): Promise<void> {
    for (const i of record.incidents) {
      const claims = i.claims.map((c) => [c.statement, c.quote].filter(Boolean).join(' ')).join('\n');
      await sql`INSERT INTO incidents_fts (id, title, summary, claims) VALUES (${i.id}, ${i.title}, ${i.summary}, ${claims})`.execute(trx);
      for (const c of i.claims) await sql`INSERT INTO claims_fts (id, statement, quote) VALUES (${c.id}, ${c.statement}, ${c.quote ?? ''})`.execute(trx);
    }
    for (const d of record.documents) {
      await sql`INSERT INTO documents_fts (id, title, text) VALUES (${d.id}, ${d.title}, ${d.text ?? ''})`.execute(trx);
    }
  }

  protected incidentTextMatch(text: string) {
    const query = ftsQuery(text);
    return query ? sql<boolean>`id IN (SELECT id FROM incidents_fts WHERE incidents_fts MATCH ${query})` : sql<boolean>`0`;
  }

  protected async documentTextMatch(text: string, limit: number): Promise<string[]> {
    const query = ftsQuery(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT id FROM documents_fts WHERE documents_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => r.id);
  }

  protected async claimTextMatch(text: string, limit: number): Promise<string[]> {
    const query = ftsQuery(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT id FROM claims_fts WHERE claims_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => r.id);
  }
}

import pg from 'pg';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { COPIED_TABLES, SEARCH_TABLES } from '../kysely-copy.js';
import { MIN_SHARED_BANDS, type Candidate } from '../ingest-store.js';
import { bandKey } from '../kysely-ingest.js';
import { KyselyStore } from '../kysely-store.js';
import type { Database as Tables } from '../schema.js';
import type { SearchRows } from '../search-rows.js';
import type { SqlDialect } from '../sql-dialect.js';
import { redactUrl } from '../redact-url.js';
import { StoreUnavailableError } from '../store-unavailable-error.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { insertUnnested, type ColumnTypes } from './postgres-insert.js';
import { NulSafePlugin } from './postgres-nul.js';
import { tsqueryLiteral, tsvectorLiteral } from './postgres-search.js';

/** How to open a PostgresStore beyond its URL. */
export interface PostgresOptions {
  /** A schema to keep the tables in (created if missing), instead of the URL's search_path: tests give each store its own. */
  schema?: string;
  /** Connections in the pool (pg's default, 10, unless set). */
  max?: number;
}

/**
 * PostgreSQL as the shared store: the schema of SQLite's migrations, full-text search by
 * tsvector and GIN with the words FTS5 sees, one pool of connections.
 * @example const store = await PostgresStore.open('postgres://truce@db.example/truce');
 */
export class PostgresStore extends KyselyStore {
  protected readonly dialect = POSTGRES_DIALECT;

  private constructor(
    db: Kysely<Tables>,
    /** Column types for insertRows, shared with the store's transactions. */
    private readonly columnTypes: ColumnTypes = new Map(),
  ) {
    super(db);
  }

  protected onTransaction(trx: Transaction<Tables>): PostgresStore {
    return new PostgresStore(trx, this.columnTypes);
  }

  /** An array parameter a column (see postgres-insert.ts); Kysely's VALUES for rows that leave a column out. */
  protected override async insertRows<T extends keyof Tables>(trx: Transaction<Tables>, table: T, rows: Tables[T][]): Promise<void> {
    if (!(await insertUnnested(trx, table, rows as Record<string, unknown>[], this.columnTypes))) await super.insertRows(trx, table, rows);
  }

  /**
   * Reports' incidents in one statement, joined on an array of each, rather than CASE id
   * WHEN ... (which the server tries in turn for every row: 200 WHENs for each of 200 rows).
   * A report already in its incident is left alone: its row, and its statistics row's
   * trigger, do not run again for the same value.
   */
  protected override async setParents(trx: Transaction<Tables>, parents: { report_id: string; incident_id: string }[]): Promise<void> {
    // The first given for a report wins, as with CASE.
    const first = new Map<string, string>();
    for (const p of parents) if (!first.has(p.report_id)) first.set(p.report_id, p.incident_id);
    if (!first.size) return;
    await sql`UPDATE incidents AS i SET parent_id = p.parent FROM unnest(${[...first.keys()]}::text[], ${[...first.values()]}::text[]) AS p (id, parent)
      WHERE i.id = p.id AND i.parent_id IS DISTINCT FROM p.parent`.execute(trx);
  }

  /** Connects, checks the server answers (a clear error naming the URL if not), and migrates. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(await connect(url, options));
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async migrate(): Promise<void> {
    // Kysely looks for its migration tables in every schema unless told which: another
    // schema's (a second record on the same server) would pass for this one's.
    const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(this.db);
    const schema = rows[0]?.schema;
    if (!schema) throw new StoreUnavailableError('no schema of the search_path exists on the server: create one (or set search_path) for Truce\'s tables');
    await this.migrateWith(POSTGRES_MIGRATIONS, { migrationTableSchema: schema });
  }

  /**
   * Moves whenever a transaction anywhere on the server starts writing or ends: the snapshot
   * lists them. That is more often than the record changes (other databases, the job queue),
   * never less, so a cached answer is never served after a commit it does not show.
   */
  async dataVersion(): Promise<string> {
    const { rows } = await sql<{ v: string }>`SELECT pg_current_snapshot()::text AS v`.execute(this.db);
    return rows[0].v;
  }

  /**
   * Documents sharing at least MIN_SHARED_BANDS of these bands, as KyselyStore's, written so
   * that the plan starts from the bands: their few documents are counted, and only those
   * documents' content read, by its key. Joined the other way, the server hashed every
   * document's content for each document ingested, a cost that grew with the record.
   */
  override findNearDuplicateCandidates = async (bands: string[]): Promise<Candidate[]> => {
    if (!bands.length) return [];
    const keys = [...new Set(bands.map(bandKey))];
    const { rows } = await sql<{ document_id: string; signature: Uint8Array }>`SELECT document_id, signature FROM document_content
      WHERE signature IS NOT NULL AND document_id IN (SELECT document_id FROM document_bands WHERE band = ANY(${keys}::bigint[])
        GROUP BY document_id HAVING count(*) >= ${MIN_SHARED_BANDS})`.execute(this.db);
    return rows.map((r) => ({ document_id: r.document_id, signature: new Uint8Array(r.signature) }));
  };

  /**
   * Gathers the planner's statistics (ANALYZE) for the record's tables that have grown by more
   * than a tenth (and a page) since they were last gathered, before a worker reads much of the
   * record. A record that grows fast (a fresh one filling up, a bulk of documents) is otherwise
   * read with plans made for the near-empty tables it was: without statistics, the claims of
   * 200 reports are found by reading every claim (8 ms a statement, not 0.4, and hundreds a
   * reconciliation pass) until autovacuum comes by, a minute later at best, never where it is
   * off. Sizes rather than the statistics views' counts: those reach the views seconds late.
   * Returns the tables analyzed.
   */
  async refreshStatistics(): Promise<string[]> {
    const { rows } = await sql<{ name: string }>`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
        AND pg_relation_size(c.oid) / current_setting('block_size')::int > 1.1 * c.relpages + 1 ORDER BY c.relname`.execute(this.db);
    for (const { name } of rows) await sql`ANALYZE ${sql.table(name)}`.execute(this.db);
    return rows.map((r) => r.name);
  }

  protected async unindexClaims(trx: Transaction<Tables>, ids: string[]): Promise<void> {
    if (ids.length) await sql`DELETE FROM claims_fts WHERE id = ANY(${ids})`.execute(trx);
  }

  protected async unindexIncidents(trx: Transaction<Tables>, ids: string[]): Promise<void> {
    if (ids.length) await sql`DELETE FROM incidents_fts WHERE id = ANY(${ids})`.execute(trx);
  }

  protected async indexSearchRows(trx: Transaction<Tables>, rows: SearchRows): Promise<void> {
    const insert = (table: string, values: { id: string; words: string }[]) => insertUnnested(trx, table, values, this.columnTypes);
    await insert('incidents_fts', rows.incidents.map((r) => ({ id: r.id, words: tsvectorLiteral([r.title, r.summary, r.claims]) })));
    await insert('claims_fts', rows.claims.map((r) => ({ id: r.id, words: tsvectorLiteral([r.statement, r.quote]) })));
    await insert('documents_fts', rows.documents.map((r) => ({ id: r.id, words: tsvectorLiteral([r.title, r.text]) })));
  }

  /** TRUNCATE rather than DELETE: quicker, and the audit log's triggers refuse deletes (only the tables' owner may do this). */
  protected override async emptyTables(trx: Transaction<Tables>): Promise<void> {
    const tables = [...COPIED_TABLES.map((t) => t.table), ...Object.values(SEARCH_TABLES)];
    await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
  }

  protected incidentTextMatch(text: string) {
    const query = tsqueryLiteral(text);
    return query ? sql<boolean>`id IN (SELECT id FROM incidents_fts WHERE words @@ ${query}::tsquery)` : sql<boolean>`false`;
  }

  protected documentTextMatch(text: string, limit: number): Promise<string[]> {
    return this.ranked('documents_fts', text, limit);
  }

  protected claimTextMatch(text: string, limit: number): Promise<string[]> {
    return this.ranked('claims_fts', text, limit);
  }

  /** Ids of a search table's rows matching the words, best first (ties by id, so pages are stable). */
  private async ranked(table: string, text: string, limit: number): Promise<string[]> {
    const query = tsqueryLiteral(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT id FROM ${sql.table(table)} WHERE words @@ ${query}::tsquery
      ORDER BY ts_rank(words, ${query}::tsquery) DESC, id LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => r.id);
  }
}

/** PostgreSQL's own SQL for what the backends write differently. */
const POSTGRES_DIALECT: SqlDialect = {
  placesAndSides: () => sql<string>`json_build_array(data->'places', data->'sides')`,
  // `data` is json, which keeps the text it was given.
  jsonText: (column) => sql<string>`${sql.ref(column)}::text`,
  // The predicate of the incidents_listed_long index, word for word.
  spansMoreThan: (days) => sql.raw<boolean>(`iso_day(date_end) - iso_day(date_start) > ${days}`),
  weekStart: (column) => sql<string>`to_char(iso_day(${sql.ref(column)}) - (extract(isodow from iso_day(${sql.ref(column)}))::int - 1), 'YYYY-MM-DD')`,
  // Readers go on; a second appender waits for this transaction, then reads the new last entry.
  lockAuditLog: async (trx) => {
    await sql`LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
  },
};

/** json as the text it holds, like SQLite's TEXT: the store parses it where it wants it. */
const JSON_OID = 114;

/** A pool on the URL, checked by one query: a bad URL or a server that does not answer is a StoreUnavailableError naming it. */
async function connect(url: string, options: PostgresOptions): Promise<Kysely<Tables>> {
  const shown = redactUrl(url);
  let pool: pg.Pool;
  try {
    new URL(url);
    pool = new pg.Pool({
      connectionString: url,
      max: options.max,
      // A server that does not answer fails the open rather than hanging it.
      connectionTimeoutMillis: 15_000,
      ...(options.schema ? { options: `-c search_path=${pg.escapeIdentifier(options.schema)}` } : {}),
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === JSON_OID ? (v: string) => v : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
    });
  } catch (error) {
    throw new StoreUnavailableError(`${shown} is not a PostgreSQL URL this can open (${(error as Error).message}); write it as postgres://user:password@host:5432/database`);
  }
  // An idle connection the server dropped: the pool replaces it; without a listener, Node would exit.
  pool.on('error', (error) => process.stderr.write(`truce: a PostgreSQL connection to ${shown} failed: ${error.message}\n`));
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(options.schema)}`);
      await client.query('SELECT 1');
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    const e = error as Error & { code?: string };
    throw new StoreUnavailableError(`cannot open the PostgreSQL database at ${shown}: ${e.message || e.code || String(error)}`);
  }
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }), plugins: [new NulSafePlugin()] });
}

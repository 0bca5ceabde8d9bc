import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { MIN_SHARED_BANDS, type Candidate, type StoredHash } from '../ingest-store.js';
import { bandKey } from '../kysely-ingest.js';
import { COPY_BATCH, type SearchBatches } from '../kysely-copy.js';
import { KyselyStore } from '../kysely-store.js';
import type { ImportBatch } from '../import-store.js';
import type { Database as Tables } from '../schema.js';
import type { SearchRows } from '../search-rows.js';
import type { SqlDialect } from '../sql-dialect.js';
import { CLAIM_IN_SUMMARY, claimInSummaryId, encodeIncident, SqliteImportWriter, type EncodedImportBatch } from './sqlite-import-writer.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

/** Turns words typed by a person into an FTS5 query: every word must match, as a prefix. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * The page size of a new file, in bytes (SQLite's default is 4,096). Truce's rows are wide (an
 * incident's JSON runs to a kilobyte or more) and its listings read index ranges, so larger pages
 * mean fewer pages to find, split, checksum and write: a 200,000-row ACLED import took a tenth
 * less time and CPU with 16 KB pages than with 4 KB, ingestion was no slower, and the file came
 * out 7% smaller (docs/interop.md, "Page size"). 64 KB pages did no better on the import,
 * while every page a small edit touches goes whole into the WAL.
 */
const PAGE_SIZE = 16_384;
/** The WAL is checkpointed once it holds this much (SQLite counts it in pages of the file's size). */
const CHECKPOINT_BYTES = 64 * 1024 * 1024;

/**
 * The embedded default: one SQLite file (or ":memory:"), with FTS5 for search.
 * @example const store = await SqliteStore.open('truce.db');
 */
export class SqliteStore extends KyselyStore {
  private constructor(
    db: Kysely<Tables>,
    /** The same connection Kysely uses, so statements on it run inside Kysely's open transaction. */
    private readonly database: Database.Database,
    private readonly statements = new Map<string, Database.Statement>(),
  ) {
    super(db);
  }

  protected readonly dialect = SQLITE_DIALECT;

  protected onTransaction(trx: Transaction<Tables>): SqliteStore {
    return new SqliteStore(trx, this.database, this.statements);
  }

  static async open(path: string): Promise<SqliteStore> {
    const database = new Database(path);
    // Only a new file takes the page size: an existing one keeps the size it was made with
    // (changing it means rewriting the file with VACUUM, which WAL mode does not allow).
    if (database.pragma('page_count', { simple: true }) === 0) database.pragma(`page_size = ${PAGE_SIZE}`);
    database.pragma('journal_mode = WAL');
    // With WAL, NORMAL loses no committed transaction on a crash of Truce, only (at most the
    // last ones) on a power cut, and spares an fsync per ingested document.
    database.pragma('synchronous = NORMAL');
    // A larger page cache, and a WAL checkpointed every 64 MB (CHECKPOINT_BYTES) rather than 4 MB: ingestion
    // writes a document's rows all over the full-text indexes, and each checkpoint syncs
    // every page it copies. The last connection to close checkpoints what is left.
    database.pragma('cache_size = -65536');
    database.pragma(`wal_autocheckpoint = ${Math.round(CHECKPOINT_BYTES / (database.pragma('page_size', { simple: true }) as number))}`);
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const store = new SqliteStore(new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }), database);
    // Indexes a large import left to build at its end, if it never got there (a crash).
    database.transaction(() => SqliteImportWriter.restoreIndexes(database))();
    await store.migrate();
    return store;
  }

  /** A statement prepared once per connection: preparing costs more than running a small one. */
  private statement(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.database.prepare(text)));
    return statement;
  }

  protected override async insertRows<T extends keyof Tables>(_trx: Transaction<Tables>, table: T, rows: Tables[T][]): Promise<void> {
    if (!rows.length) return;
    const columns = Object.keys(rows[0] as object);
    const statement = this.statement(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const row of rows) {
      const values = columns.map((c) => {
        const v = (row as Record<string, unknown>)[c];
        return v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v === undefined ? null : v;
      });
      statement.run(values);
    }
  }

  /** The same rows as KyselyStore's, written by prepared statements (see SqliteImportWriter). */
  override saveImportBatch(batch: ImportBatch): Promise<{ incidents: number; existing: number }> {
    return this.saveEncodedImportBatch({ ...batch, incidents: batch.incidents.map(encodeIncident) });
  }

  /** An import batch whose incidents were encoded already, on the thread that read the file (see runImport). */
  saveEncodedImportBatch(batch: EncodedImportBatch): Promise<{ incidents: number; existing: number }> {
    return this.inTransaction(async () => SqliteImportWriter.for(this.database).write(batch));
  }

  /** Rows this connection changed, and data_version, which moves when another connection (or process) commits. */
  async dataVersion(): Promise<string> {
    // Asked before every cached answer: a prepared statement, not a query Kysely builds.
    return (this.statement(`SELECT total_changes() || '.' || (SELECT data_version FROM pragma_data_version()) AS v`).get() as { v: string }).v;
  }

  // Asked once per ingested document: prepared statements rather than Kysely building the SQL each time.
  override async findDocumentByHash(sha256: string): Promise<StoredHash | undefined> {
    const row = this.statement(`SELECT id, json_extract(data, '$.ingest.status') AS status FROM documents WHERE sha256 = ?`).get(sha256) as { id: string; status: string | null } | undefined;
    return row && { id: row.id, status: row.status === 'failed' ? 'failed' : 'extracted' };
  }

  override findNearDuplicateCandidates = async (bands: string[]): Promise<Candidate[]> => {
    if (!bands.length) return [];
    const rows = this.statement(
      `SELECT c.document_id, c.signature FROM document_bands b JOIN document_content c ON c.document_id = b.document_id
       WHERE b.band IN (SELECT value FROM json_each(?)) AND c.signature IS NOT NULL
       GROUP BY c.document_id HAVING count(*) >= ${MIN_SHARED_BANDS}`,
    ).all(JSON.stringify([...new Set(bands.map(bandKey))])) as { document_id: string; signature: Buffer }[];
    return rows.map((r) => ({ document_id: r.document_id, signature: new Uint8Array(r.signature) }));
  };

  async migrate(): Promise<void> {
    await this.migrateWith(SQLITE_MIGRATIONS);
  }

  protected async unindexClaims(trx: Transaction<Tables>, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await sql`DELETE FROM claims_fts WHERE id IN (${sql.join(ids.slice(i, i + 500))})`.execute(trx);
    }
  }

  protected async unindexIncidents(trx: Transaction<Tables>, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await sql`DELETE FROM incidents_fts WHERE id IN (${sql.join(ids.slice(i, i + 500))})`.execute(trx);
    }
  }

  protected async indexSearchRows(_trx: Transaction<Tables>, rows: SearchRows): Promise<void> {
    // One prepared statement a table, run for each row (on the transaction's connection).
    const insert = (table: string, columns: string[], values: unknown[][]) => {
      if (!values.length) return;
      const statement = this.statement(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of values) statement.run(row);
    };
    insert('incidents_fts', ['id', 'title', 'summary', 'claims'], rows.incidents.map((r) => [r.id, r.title, r.summary, r.claims]));
    insert('claims_fts', ['id', 'statement', 'quote'], rows.claims.map((r) => [r.id, r.statement, r.quote]));
    insert('documents_fts', ['id', 'title', 'text'], rows.documents.map((r) => [r.id, r.title, r.text]));
  }

  /**
   * The FTS5 tables keep the texts they were given: read back in rowid order, for a copy. An
   * imported claim found through its incident's summary (CLAIM_IN_SUMMARY) goes with its
   * incident as a row of its own, as every store indexes claims.
   */
  protected override async *searchIndexBatches(): SearchBatches {
    const tables = { incidents: ['id', 'title', 'summary', 'claims'], claims: ['id', 'statement', 'quote'], documents: ['id', 'title', 'text'] } as const;
    for (const [kind, columns] of Object.entries(tables) as [keyof SearchRows, readonly string[]][]) {
      let after = 0;
      for (;;) {
        const rows = this.database.prepare(`SELECT rowid AS rowid_, ${columns.join(', ')} FROM ${kind}_fts WHERE rowid > ? ORDER BY rowid LIMIT ${COPY_BATCH}`).all(after) as ({ rowid_: number } & Record<string, string>)[];
        if (!rows.length) break;
        after = rows[rows.length - 1].rowid_;
        const batch = rows.map(({ rowid_: _rowid, ...row }) => row);
        if (kind !== 'incidents') {
          yield { [kind]: batch } as Partial<SearchRows>;
          continue;
        }
        const incidents = batch as SearchRows['incidents'];
        const claims = incidents.filter((r) => r.claims === CLAIM_IN_SUMMARY).map((r) => ({ id: claimInSummaryId(r.id), statement: r.summary.trim(), quote: '' }));
        yield { incidents: incidents.map((r) => (r.claims === CLAIM_IN_SUMMARY ? { ...r, claims: '' } : r)), claims };
      }
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

  /**
   * Claims with a full-text row of their own, and imported claims that state their incident's
   * summary (CLAIM_IN_SUMMARY: found through the incident's row, every word in its summary,
   * as the claim's own row would have needed), merged by their BM25 scores. The two tables'
   * scores are alike but not one scale: an imported claim is scored on its incident's
   * summary, the same words, with that table's counts (its row's length includes the title).
   */
  protected async claimTextMatch(text: string, limit: number): Promise<string[]> {
    const query = ftsQuery(text);
    if (!query) return [];
    const own = (await sql<{ id: string; score: number }>`SELECT id, rank AS score FROM claims_fts WHERE claims_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`.execute(this.db)).rows;
    const inSummary = (
      await sql<{ id: string; score: number }>`SELECT id, rank AS score FROM incidents_fts WHERE incidents_fts MATCH ${`{summary} : (${query})`} AND claims = ${CLAIM_IN_SUMMARY} ORDER BY rank LIMIT ${limit}`.execute(this.db)
    ).rows;
    if (!inSummary.length) return own.map((r) => r.id);
    // Best (lowest) score first; on a tie the claim's own row first.
    const merged: string[] = [];
    for (let a = 0, b = 0; merged.length < limit && (a < own.length || b < inSummary.length); ) {
      if (b >= inSummary.length || (a < own.length && own[a].score <= inSummary[b].score)) merged.push(own[a++].id);
      else merged.push(claimInSummaryId(inSummary[b++].id));
    }
    return merged;
  }
}

/** SQLite's own SQL for what the backends write differently. */
const SQLITE_DIALECT: SqlDialect = {
  // Both paths in one call: SQLite parses each incident's JSON once rather than twice.
  placesAndSides: () => sql<string>`json_extract(data, '$.places', '$.sides')`,
  // `data` is the text JSON.stringify wrote.
  jsonText: (column) => sql<string>`${sql.ref(column)}`,
  // The expression of the 0005 migration's partial index, word for word, so the planner uses it.
  spansMoreThan: (days) => sql.raw<boolean>(`julianday(date_end) - julianday(date_start) > ${days}`),
  // 'weekday 0' moves to the next Sunday (or stays), then back six days.
  weekStart: (column) => sql<string>`date(${sql.ref(column)}, 'weekday 0', '-6 days')`,
  lockAuditLog: async () => {},
};

/**
 * The connection as Kysely sees it, with each SQL text prepared once: Kysely prepares every
 * query anew, which costs more than running a short one (a tenth of a served request). The
 * same texts come back all the time; IN lists of other lengths are other texts, hence the cap.
 */
function withStatementCache(database: Database.Database): { prepare(sql: string): Database.Statement; close(): void } {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = database.prepare(text);
        if (statements.size >= 2000) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => database.close(),
  };
}

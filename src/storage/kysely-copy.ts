import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { SearchRows } from './search-rows.js';

// Copying a whole record from one store to another (`truce db copy`): every table a batch at
// a time in key order, then checked by counting and hashing what the target holds.

/** Every table of the record, in an order that inserts a row after the rows it refers to, with the columns it is read in order of. */
export const COPIED_TABLES: { table: keyof Database; key: string[]; unique: boolean }[] = [
  { table: 'sources', key: ['id'], unique: true },
  { table: 'documents', key: ['id'], unique: true },
  { table: 'document_content', key: ['document_id'], unique: true },
  { table: 'document_bands', key: ['band', 'document_id'], unique: true },
  { table: 'feeds', key: ['id'], unique: true },
  { table: 'feed_items', key: ['feed_id', 'item_key'], unique: true },
  { table: 'places', key: ['id'], unique: true },
  { table: 'actors', key: ['id'], unique: true },
  // Names have no key: every column in order, ties read together (see tableBatches).
  { table: 'names', key: ['kind', 'id', 'name', 'norm'], unique: false },
  { table: 'incidents', key: ['id'], unique: true },
  { table: 'incident_facets', key: ['facet', 'value', 'incident_id'], unique: true },
  { table: 'claims', key: ['id'], unique: true },
  { table: 'incident_stats', key: ['incident_id', 'side'], unique: true },
  { table: 'agreements', key: ['id'], unique: true },
  { table: 'meetings', key: ['id'], unique: true },
  { table: 'preconditions', key: ['id'], unique: true },
  { table: 'incident_reviews', key: ['incident_id'], unique: true },
  { table: 'incident_notes', key: ['id'], unique: true },
  { table: 'users', key: ['id'], unique: true },
  { table: 'api_tokens', key: ['id'], unique: true },
  { table: 'sessions', key: ['id_hash'], unique: true },
  { table: 'settings', key: ['key'], unique: true },
  { table: 'audit_log', key: ['seq'], unique: true },
];

/** Rows read (and written) at a time. */
export const COPY_BATCH = 1000;

type Row = Record<string, unknown>;
type Db = Kysely<Database> | Transaction<Database>;

/** Rows of a table in key order, a batch at a time, each row once (ties of a key that is not unique included). */
export async function* tableBatches(db: Db, spec: (typeof COPIED_TABLES)[number]): AsyncGenerator<Row[]> {
  const keyOf = (row: Row) => spec.key.map((k) => row[k]);
  const select = () => (db as Kysely<any>).selectFrom(spec.table).selectAll();
  const ordered = <Q extends { orderBy(ref: any): Q }>(q: Q) => spec.key.reduce((o, k) => o.orderBy(sql.ref(k)), q);
  const tuple = (values: unknown[]) => sql`(${sql.join(values)})`;
  const columns = sql`(${sql.join(spec.key.map((k) => sql.ref(k)))})`;
  let after: unknown[] | undefined;
  for (;;) {
    let q = select();
    if (after) q = q.where(sql<boolean>`${columns} > ${tuple(after)}`);
    let rows: Row[] = await ordered(q).limit(COPY_BATCH).execute();
    if (!rows.length) return;
    after = keyOf(rows[rows.length - 1]);
    if (!spec.unique && rows.length === COPY_BATCH) {
      // The batch may end inside a run of equal keys: take the whole run, then go on after it.
      const last = after;
      rows = rows.filter((r) => JSON.stringify(keyOf(r)) !== JSON.stringify(last));
      rows.push(...(await select().where(sql<boolean>`${columns} = ${tuple(last)}`).execute()));
    }
    yield rows;
    if (rows.length < COPY_BATCH && spec.unique) return;
  }
}

/** One value as the checksum sees it: the same on SQLite and PostgreSQL (bytes as hex, integers as digits, json as its text). */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return '\u0000';
  if (value instanceof Uint8Array) return `x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  return String(value);
}

/** Counts rows and hashes them, in the order given, column by column in the table's own order. */
export class TableChecksum {
  /** Rows seen so far. */
  rows = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly columns: string[]) {}

  add(rows: Row[]): void {
    for (const row of rows) {
      this.hash.update(this.columns.map((c) => canonical(row[c])).join('\u0001'));
      this.hash.update('\u0002');
    }
    this.rows += rows.length;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** A search index's rows, by table, a batch at a time: what a source store carries over. */
export type SearchBatches = AsyncGenerator<Partial<SearchRows>>;

/** The search index's tables, the same names on every backend. */
export const SEARCH_TABLES = { incidents: 'incidents_fts', claims: 'claims_fts', documents: 'documents_fts' } as const;

/** What a copy needs of the store it reads. */
export interface CopySource {
  db: Kysely<Database>;
  searchBatches(): SearchBatches;
}

/** What a copy needs of the store it writes, all inside its one transaction. */
export interface CopyTarget {
  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  insertRows(trx: Transaction<Database>, table: keyof Database, rows: Row[]): Promise<void>;
  indexSearchRows(trx: Transaction<Database>, rows: SearchRows): Promise<void>;
  /** Empties every table of the record and its search index (for --force). */
  emptyTables(trx: Transaction<Database>): Promise<void>;
}

/** How a copy goes. */
export interface CopyOptions {
  /** Replace whatever the target holds; without it a target holding anything is refused. */
  force?: boolean;
  /** Called as rows are copied: a table's name, rows done, rows in all. */
  onProgress?: (table: string, done: number, total: number) => void;
}

/** One table as copied and as checked on the target. */
export interface CopiedTable {
  table: string;
  rows: number;
  /** sha256 of the rows in key order, on the source. */
  checksum: string;
  targetRows: number;
  targetChecksum: string;
}

/** The target already holds a record and --force was not given. */
export class TargetNotEmptyError extends Error {
  constructor(readonly counts: Record<string, number>) {
    super(`the target is not empty (${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')})`);
    this.name = 'TargetNotEmptyError';
  }
}

/** What the target holds after the copy differs from what was read: the copy was rolled back. */
export class CopyMismatchError extends Error {
  constructor(readonly tables: CopiedTable[]) {
    super(`the copy does not match its source in ${tables.map((t) => `${t.table} (${t.rows} rows, ${t.checksum.slice(0, 12)}; target ${t.targetRows} rows, ${t.targetChecksum.slice(0, 12)})`).join(', ')}`);
    this.name = 'CopyMismatchError';
  }
}

const count = async (db: Db, table: string) => Number((await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0].n);

/**
 * Copies every table of `source` into `target` in one transaction on the target, then reads
 * the target back inside it: a table whose count or checksum differs rolls everything back.
 */
export async function copyRecord(source: CopySource, target: CopyTarget, options: CopyOptions = {}): Promise<CopiedTable[]> {
  return target.transaction(async (trx) => {
    const held: Record<string, number> = {};
    for (const { table } of COPIED_TABLES) {
      const n = await count(trx, table);
      if (n) held[table] = n;
    }
    if (Object.keys(held).length) {
      if (!options.force) throw new TargetNotEmptyError(held);
      await target.emptyTables(trx);
    }
    const report: CopiedTable[] = [];
    for (const spec of COPIED_TABLES) {
      const total = await count(source.db, spec.table);
      let columns: string[] | undefined;
      let sum: TableChecksum | undefined;
      options.onProgress?.(spec.table, 0, total);
      for await (const rows of tableBatches(source.db, spec)) {
        columns ??= Object.keys(rows[0]).sort();
        sum ??= new TableChecksum(columns);
        sum.add(rows);
        await target.insertRows(trx, spec.table, rows);
        options.onProgress?.(spec.table, sum.rows, total);
      }
      const check = new TableChecksum(columns ?? []);
      for await (const rows of tableBatches(trx, spec)) check.add(rows);
      report.push({ table: spec.table, rows: sum?.rows ?? 0, checksum: (sum ?? new TableChecksum([])).digest(), targetRows: check.rows, targetChecksum: check.digest() });
    }
    // The search index: each backend keeps its own form, so rows are compared by count.
    const searched = { incidents: 0, claims: 0, documents: 0 };
    for await (const batch of source.searchBatches()) {
      await target.indexSearchRows(trx, { incidents: batch.incidents ?? [], claims: batch.claims ?? [], documents: batch.documents ?? [] });
      for (const kind of ['incidents', 'claims', 'documents'] as const) searched[kind] += batch[kind]?.length ?? 0;
    }
    for (const kind of ['incidents', 'claims', 'documents'] as const) {
      const table = SEARCH_TABLES[kind];
      options.onProgress?.(table, searched[kind], searched[kind]);
      const n = await count(trx, table);
      report.push({ table, rows: searched[kind], checksum: '-', targetRows: n, targetChecksum: '-' });
    }
    const wrong = report.filter((t) => t.rows !== t.targetRows || t.checksum !== t.targetChecksum);
    if (wrong.length) throw new CopyMismatchError(wrong);
    return report;
  });
}

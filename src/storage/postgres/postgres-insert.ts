import { CompiledQuery, sql, type Transaction } from 'kysely';
import type { Database as Tables } from '../schema.js';
import { encodeNul } from './postgres-nul.js';

// Rows go in as one array parameter a column, unnested on the server, rather than as Kysely's
// multi-row VALUES with a parameter a cell. The statement's text is then the same for 1 row
// or 2,000: the server parses and plans a few hundred characters instead of thousands of
// placeholders and their casts, and the worker skips building and compiling the query tree
// (together about a tenth of a worker's and of the server's CPU a document before).

/** Rows a statement carries at most, so that one parameter stays a few megabytes. */
const CHUNK = 2000;

/** The SQL type of each column of a table, as format_type gives it ('text', 'integer', 'json', ...). */
export type ColumnTypes = Map<string, Map<string, string>>;

/** The column types of a table in the transaction's schema, looked up once a store. */
async function typesOf(trx: Transaction<Tables>, table: string, cache: ColumnTypes): Promise<Map<string, string>> {
  let types = cache.get(table);
  if (!types) {
    const { rows } = await sql<{ name: string; type: string }>`SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = to_regclass(${table}) AND attnum > 0 AND NOT attisdropped`.execute(trx);
    types = new Map(rows.map((r) => [r.name, r.type]));
    cache.set(table, types);
  }
  return types;
}

/**
 * Inserts rows that all give the same columns, none undefined; returns false, having written
 * nothing, for rows it cannot take that way (the caller inserts them as Kysely would, where a
 * missing column gets its DEFAULT).
 */
export async function insertUnnested(trx: Transaction<Tables>, table: string, rows: Record<string, unknown>[], cache: ColumnTypes): Promise<boolean> {
  if (!rows.length) return true;
  const columns = Object.keys(rows[0]);
  const types = await typesOf(trx, table, cache);
  if (!columns.every((c) => types.has(c))) return false;
  const wanted = new Set(columns);
  for (const row of rows) {
    let n = 0;
    for (const key in row) if (row[key] === undefined || !wanted.has(key) || ++n > columns.length) return false;
    if (n !== columns.length) return false;
  }
  const text = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) SELECT * FROM unnest(${columns.map((c, k) => `$${k + 1}::${types.get(c)}[]`).join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const values = columns.map((c) => chunk.map((row) => (typeof row[c] === 'string' ? encodeNul(row[c] as string) : row[c])));
    await trx.executeQuery(CompiledQuery.raw(text, values));
  }
  return true;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../src/storage/sqlite/sqlite-migrations.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

const dir = tempDir();

describe('near-duplicate bands in SQLite', () => {
  it('converts the text bands of a database from before 0006 to integer keys, and still finds candidates by them', async () => {
    const path = join(dir, 'released.db');
    // A database as the released migrations (0001-0003) left it, with a document and its bands as text.
    const database = new Database(path);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });
    const released = Object.fromEntries(Object.entries(SQLITE_MIGRATIONS).filter(([key]) => key <= '0003'));
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => released } }).migrateToLatest();
    expect(error).toBeUndefined();
    database.prepare(`INSERT INTO documents (id, publisher_id, published_start, title, data, sha256) VALUES ('doc-1', 'p', '2021-05-06', 'Report', '{}', 'aa')`).run();
    database.prepare(`INSERT INTO document_content (document_id, bytes, text, signature) VALUES ('doc-1', x'00', 'text', x'01020304')`).run();
    for (const band of ['0:AAAA', '1:BBBB', '2:CCCC']) database.prepare(`INSERT INTO document_bands (band, document_id) VALUES (?, 'doc-1')`).run(band);
    await db.destroy();

    const store = await SqliteStore.open(path);
    try {
      expect(await store.findNearDuplicateCandidates(['0:AAAA', '2:CCCC', '5:other'])).toEqual([{ document_id: 'doc-1', signature: new Uint8Array([1, 2, 3, 4]) }]);
      expect(await store.findNearDuplicateCandidates(['0:AAAA', '5:other'])).toEqual([]);
    } finally {
      await store.close();
    }
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare(`SELECT typeof(band) AS type, count(*) AS n FROM document_bands GROUP BY 1`).all()).toEqual([{ type: 'integer', n: 3 }]);
    reopened.close();
  });
});

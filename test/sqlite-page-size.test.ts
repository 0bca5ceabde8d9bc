import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

// A new record file takes 16 KB pages (see PAGE_SIZE in sqlite-store.ts); a file made before
// keeps its own page size, and everything in it stays readable.
const dir = tempDir();
const pageSize = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('page_size', { simple: true });
  } finally {
    db.close();
  }
};

describe('SQLite page size', () => {
  it('a new file is made with 16 KB pages', async () => {
    const path = join(dir, 'new.db');
    const store = await SqliteStore.open(path);
    await store.setSetting('probe', { n: 1 });
    await store.close();
    expect(pageSize(path)).toBe(16_384);
  });

  it('a file made with 4 KB pages keeps them, and its rows', async () => {
    const path = join(dir, 'old.db');
    const store = await SqliteStore.open(path);
    await store.close();
    // Remade as an older Truce left it: 4 KB pages (VACUUM rewrites the file at the size asked for).
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    raw.pragma('page_size = 4096');
    raw.exec('VACUUM');
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(pageSize(path)).toBe(4096);
    const reopened = await SqliteStore.open(path);
    await reopened.setSetting('probe', { n: 2 });
    expect(await reopened.getSetting('probe')).toEqual({ n: 2 });
    await reopened.close();
    expect(pageSize(path)).toBe(4096);
  });
});

import { afterAll, expect } from 'vitest';
import { ROLES, type Role } from '../src/accounts/roles.js';
import { newSecret } from '../src/accounts/tokens.js';
import { hashPassword } from '../src/accounts/passwords.js';
import type { ConflictRecord } from '../src/domain/index.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { createApp, type AppConfig } from '../src/server/app.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD } from './helpers.js';
import { openPostgresForTest, POSTGRES_TEST_URL } from './postgres-fixtures.js';

/** The password every test user has. */
export const PASSWORD = 'correct horse battery';

export type Call = { as?: Role | 'nobody'; body?: unknown; headers?: Record<string, string>; raw?: BodyInit };
export type Answer = { status: number; body: any; headers: Headers };

/** PostgreSQL stores opened for this test file, closed (and their schemas dropped) after it. */
const opened: Store[] = [];
afterAll(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/**
 * A fresh store on the backend the API tests run on: PostgreSQL with TRUCE_TEST_BACKEND=postgres
 * (on the server TRUCE_TEST_POSTGRES names), else SQLite in memory. A test that gives a file
 * `path` works on the file itself (other connections, the CLI) and stays on SQLite.
 */
export async function openTestStore(path?: string): Promise<Store> {
  if (path || process.env.TRUCE_TEST_BACKEND !== 'postgres') return SqliteStore.open(path ?? ':memory:');
  if (!POSTGRES_TEST_URL) throw new Error('TRUCE_TEST_BACKEND=postgres needs TRUCE_TEST_POSTGRES, e.g. postgres://postgres@127.0.0.1:5432/test');
  const store = await openPostgresForTest();
  opened.push(store);
  return store;
}

/**
 * An API on a fresh store (the mini record unless told otherwise) with one user of each
 * role, named after it, each with an API token; `call` sends a request as one of them.
 */
export async function apiWithUsers(config: AppConfig = {}, options: { record?: ConflictRecord; path?: string } = {}) {
  const store = await openTestStore(options.path);
  await store.replaceRecord(options.record ?? loadRecordDir(MINI_RECORD));
  const tokens = {} as Record<Role, string>;
  const users = {} as Record<Role, string>;
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ROLES) {
    const user = await store.addUser({ name: role, role, password_hash: passwordHash });
    const { secret, hash } = newSecret('trc');
    await store.addToken({ user_id: user.id, name: 'tests', token_hash: hash });
    tokens[role] = secret;
    users[role] = user.id;
  }
  const app = createApp(store, config);
  const call = async (method: string, path: string, c: Call = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (c.as && c.as !== 'nobody') headers.authorization = `Bearer ${tokens[c.as]}`;
    let body = c.raw;
    if (c.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(c.body);
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return { app, store, tokens, users, call };
}

/** The one error shape, with this status and code. */
export const errorShape = (status: number, code?: string) => ({
  error: { status, code: code ?? expect.any(String), message: expect.any(String) },
});

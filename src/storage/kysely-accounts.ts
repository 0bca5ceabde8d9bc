import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { Role } from '../accounts/roles.js';
import type { ApiToken, Session, StoredUser, User } from './account-store.js';
import { DuplicateError } from './duplicate-error.js';
import type { Database } from './schema.js';

// The accounts half of the shared Kysely code: users, API tokens, sessions and settings.

type Db = Kysely<Database> | Transaction<Database>;

/** How stale last_used_at may get: writing it on every request would make each read a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

const newId = (prefix: 'usr' | 'tok') => `${prefix}_${randomBytes(12).toString('base64url')}`;
/** The form names are compared in: "Ana", "ANA" and "ana" are one name. */
const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

function userOf(row: Database['users']): StoredUser {
  return { id: row.id, name: row.name, role: Role.parse(row.role), created_at: row.created_at, disabled: row.disabled !== 0, password_hash: row.password_hash };
}

/** A user without the password hash, as it may go anywhere. */
function publicUser({ password_hash: _hash, ...user }: StoredUser): User {
  return user;
}

function tokenOf(row: Pick<Database['api_tokens'], 'id' | 'user_id' | 'name' | 'created_at' | 'last_used_at' | 'revoked_at'>): ApiToken {
  return { id: row.id, user_id: row.user_id, name: row.name, created_at: row.created_at, last_used_at: row.last_used_at, revoked_at: row.revoked_at };
}

const TOKEN_COLUMNS = ['id', 'user_id', 'name', 'created_at', 'last_used_at', 'revoked_at'] as const;

function taken(name: string, holder: string): DuplicateError {
  return new DuplicateError('name', `the name "${name}" is taken${holder === name ? '' : ` (by "${holder}"; names are compared without regard to case)`}`);
}

export async function addUser(db: Db, u: { name: string; role: Role; password_hash: string | null }): Promise<User> {
  const existing = await findUserByName(db, u.name);
  if (existing) throw taken(u.name, existing.name);
  const row: Database['users'] = { id: newId('usr'), name: u.name, name_key: nameKey(u.name), role: Role.parse(u.role), password_hash: u.password_hash, created_at: new Date().toISOString(), disabled: 0 };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    // Another writer took the name between the look and the insert: the unique index refused it.
    const winner = await findUserByName(db, u.name);
    if (winner) throw taken(u.name, winner.name);
    throw error;
  }
  return publicUser(userOf(row));
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? publicUser(userOf(row)) : undefined;
}

export async function findUserByName(db: Db, name: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('name_key', '=', nameKey(name)).executeTakeFirst();
  return row ? userOf(row) : undefined;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name_key').execute();
  return rows.map((r) => publicUser(userOf(r)));
}

export async function updateUser(db: Db, id: string, change: Partial<{ role: Role; disabled: boolean; password_hash: string }>): Promise<User | undefined> {
  const set: Partial<Database['users']> = {};
  if (change.role !== undefined) set.role = Role.parse(change.role);
  if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0;
  if (change.password_hash !== undefined) set.password_hash = change.password_hash;
  if (Object.keys(set).length) await db.updateTable('users').set(set).where('id', '=', id).execute();
  return getUser(db, id);
}

export async function countUsers(db: Db): Promise<number> {
  return Number((await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

export async function addToken(db: Db, t: { user_id: string; name: string; token_hash: string }): Promise<ApiToken> {
  const row: Database['api_tokens'] = { id: newId('tok'), user_id: t.user_id, name: t.name, token_hash: t.token_hash, created_at: new Date().toISOString(), last_used_at: null, revoked_at: null };
  await db.insertInto('api_tokens').values(row).execute();
  return tokenOf(row);
}

export async function findToken(db: Db, token_hash: string): Promise<{ token: ApiToken; user: User } | undefined> {
  const row = await db.selectFrom('api_tokens').select(TOKEN_COLUMNS).where('token_hash', '=', token_hash).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row) return undefined;
  const user = await getUser(db, row.user_id);
  if (!user || user.disabled) return undefined;
  const token = tokenOf(row);
  const now = new Date();
  if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) >= LAST_USED_RESOLUTION_MS) {
    token.last_used_at = now.toISOString();
    await db.updateTable('api_tokens').set({ last_used_at: token.last_used_at }).where('id', '=', token.id).execute();
  }
  return { token, user };
}

export async function listTokens(db: Db, user_id?: string): Promise<ApiToken[]> {
  let q = db.selectFrom('api_tokens').select(TOKEN_COLUMNS);
  if (user_id !== undefined) q = q.where('user_id', '=', user_id);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(tokenOf);
}

export async function revokeToken(db: Db, id: string): Promise<ApiToken | undefined> {
  await db.updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const row = await db.selectFrom('api_tokens').select(TOKEN_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? tokenOf(row) : undefined;
}

export async function addSession(db: Db, s: Session & { id_hash: string }): Promise<void> {
  // Expired sessions are never found again; clearing them here keeps the table small without a timer.
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date().toISOString()).execute();
  await db.insertInto('sessions').values({ id_hash: s.id_hash, user_id: s.user_id, csrf_token: s.csrf_token, created_at: s.created_at, expires_at: s.expires_at }).execute();
}

export async function findSession(db: Db, id_hash: string): Promise<{ session: Session; user: User } | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', id_hash).where('expires_at', '>', new Date().toISOString()).executeTakeFirst();
  if (!row) return undefined;
  const user = await getUser(db, row.user_id);
  if (!user || user.disabled) return undefined;
  return { session: { user_id: row.user_id, csrf_token: row.csrf_token, created_at: row.created_at, expires_at: row.expires_at }, user };
}

export async function deleteSession(db: Db, id_hash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', id_hash).execute();
}

export async function getSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value ?? null);
  await db.insertInto('settings').values({ key, value: text }).onConflict((oc) => oc.column('key').doUpdateSet({ value: text })).execute();
}

import type { Role } from '../accounts/roles.js';

/** Someone who may use Truce, as every caller sees them (no password hash). */
export type User = {
  /** `usr_` and random characters. */
  id: string;
  /** Unique whatever the case: "Ana" and "ana" cannot both exist. */
  name: string;
  role: Role;
  /** ISO 8601. */
  created_at: string;
  /** A disabled user cannot sign in, and their tokens and sessions stop working. */
  disabled: boolean;
};

/** A user with their password hash, for signing in; null for token-only accounts. */
export type StoredUser = User & { password_hash: string | null };

/** An API token as listed: its secret is never stored, only its hash. */
export type ApiToken = {
  /** `tok_` and random characters; not the secret. */
  id: string;
  user_id: string;
  /** What it is for, as its owner labelled it. */
  name: string;
  created_at: string;
  /** To the minute: updated at most once a minute. */
  last_used_at: string | null;
  revoked_at: string | null;
};

/** A signed-in browser session; its id is stored only as a hash. */
export type Session = {
  user_id: string;
  /** Sent back with every write from the browser, against cross-site requests. */
  csrf_token: string;
  created_at: string;
  expires_at: string;
};

/** Users, their API tokens and sessions, and instance settings. */
export interface AccountStore {
  /** Adds a user with a new id; throws DuplicateError (field `name`) when the name is taken, in any case. */
  addUser(u: { name: string; role: Role; password_hash: string | null }): Promise<User>;
  getUser(id: string): Promise<User | undefined>;
  /** The user with this name, compared without regard to case, with their password hash. */
  findUserByName(name: string): Promise<StoredUser | undefined>;
  /** Every user, by name. */
  listUsers(): Promise<User[]>;
  /** Changes what `change` names; undefined when there is no such user. */
  updateUser(id: string, change: Partial<{ role: Role; disabled: boolean; password_hash: string }>): Promise<User | undefined>;
  countUsers(): Promise<number>;

  /** Stores a token by the hash of its secret (see newSecret), with a new `tok_` id. */
  addToken(t: { user_id: string; name: string; token_hash: string }): Promise<ApiToken>;
  /** The unrevoked token with this hash, and its user if enabled; notes when it was used (at most once a minute). */
  findToken(token_hash: string): Promise<{ token: ApiToken; user: User } | undefined>;
  /** Every token, or one user's, oldest first. */
  listTokens(user_id?: string): Promise<ApiToken[]>;
  /** Revokes a token (once: revoking again keeps the first time); undefined when there is no such token. */
  revokeToken(id: string): Promise<ApiToken | undefined>;

  /** Stores a session by the hash of its id; drops sessions that have expired. */
  addSession(s: Session & { id_hash: string }): Promise<void>;
  /** The session with this id hash, if it has not expired and its user is enabled. */
  findSession(id_hash: string): Promise<{ session: Session; user: User } | undefined>;
  deleteSession(id_hash: string): Promise<void>;

  /** A setting's value as it was stored (JSON), or undefined when never set. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}

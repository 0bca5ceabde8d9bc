import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

// `truce user`, `truce token` and `truce audit` as a person runs them: their own process and
// a real SQLite file, which the tamper tests then open behind Truce's back. Each run starts
// a process (and a new file loads the built-in record), hence the long timeouts.
const SLOW = { timeout: 180_000 };

const dir = tempDir();
let n = 0;
const freshDb = () => join(dir, `record-${n++}.db`);
const password = { env: { TRUCE_PASSWORD: 'correct horse battery' } };

/** Reads the database directly, as a check that does not go through Truce. */
function rows<T>(db: string, query: string): T[] {
  const database = new Database(db, { readonly: true });
  try {
    return database.prepare(query).all() as T[];
  } finally {
    database.close();
  }
}
const auditCount = (db: string) => rows<{ n: number }>(db, 'SELECT count(*) AS n FROM audit_log')[0].n;
const userRows = (db: string) => rows<{ name: string; role: string; disabled: number; password_hash: string | null }>(db, 'SELECT name, role, disabled, password_hash FROM users ORDER BY name');

function ok(args: string[], db: string, options: Parameters<typeof runCli>[2] = {}) {
  const result = runCli(args, db, options);
  expect(result.stderr.replace(/^(No record in|Loaded) .*\n/gm, '')).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('truce user, token and audit', SLOW, () => {
  const db = freshDb();
  let secret = '';
  let tokenId = '';

  beforeAll(() => {
    ok(['user', 'add', 'Ana', '--role', 'admin'], db, password);
  }, SLOW.timeout);

  it('adds users with a password from the environment or standard input, or none, and lists them', () => {
    expect(ok(['user', 'add', 'bob', '--role', 'analyst'], db, { input: 'from standard input\nignored second line\n' })).toMatch(/^Added bob \(analyst\), id usr_/);
    expect(ok(['user', 'add', 'ci-bot', '--role', 'viewer', '--no-password'], db)).toMatch(/no password/);
    const users = JSON.parse(ok(['user', 'list', '--json'], db)).users;
    expect(users.map((u: { name: string; role: string }) => `${u.name}:${u.role}`)).toEqual(['Ana:admin', 'bob:analyst', 'ci-bot:viewer']);
    expect(JSON.stringify(users)).not.toContain('scrypt');
    const stored = userRows(db);
    expect(stored.find((u) => u.name === 'bob')!.password_hash).toMatch(/^scrypt\$/);
    expect(stored.find((u) => u.name === 'ci-bot')!.password_hash).toBeNull();
    expect(auditCount(db)).toBe(3);
  });

  it('changes a role, disables and enables a user, and sets a password, each in the audit log', () => {
    expect(ok(['user', 'set-role', 'BOB', 'reviewer'], db)).toBe('bob is now reviewer (was analyst).\n');
    expect(ok(['user', 'disable', 'bob'], db)).toBe('bob is now disabled.\n');
    expect(userRows(db).find((u) => u.name === 'bob')).toMatchObject({ role: 'reviewer', disabled: 1 });
    expect(ok(['user', 'enable', 'bob'], db)).toBe('bob is now enabled.\n');
    const oldHash = userRows(db).find((u) => u.name === 'bob')!.password_hash;
    ok(['user', 'password', 'bob'], db, { env: { TRUCE_PASSWORD: 'another long one' } });
    expect(userRows(db).find((u) => u.name === 'bob')!.password_hash).not.toBe(oldHash);
    const entries = JSON.parse(ok(['audit', 'list', '--limit', '4', '--json'], db)).entries;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['user.password', 'user.enable', 'user.disable', 'user.set-role']);
    expect(entries[3]).toMatchObject({ target_kind: 'user', before: { name: 'bob', role: 'analyst' }, after: { name: 'bob', role: 'reviewer' } });
    expect(entries[0].actor).toMatch(/^cli:./);
    expect(JSON.stringify(entries)).not.toMatch(/scrypt|password_hash/);
  });

  it('creates a token shown once, lists it without its secret, and revokes it', () => {
    const out = ok(['token', 'create', '--user', 'ci-bot', '--name', 'nightly'], db);
    secret = out.match(/trc_[\w-]{43}/)![0];
    tokenId = out.match(/tok_[\w-]+/)![0];
    expect(out).toMatch(/will not be shown again/);
    const listed = ok(['token', 'list', '--user', 'ci-bot', '--json'], db);
    expect(JSON.parse(listed).tokens).toEqual([expect.objectContaining({ id: tokenId, name: 'nightly', revoked_at: null })]);
    expect(listed).not.toContain(secret);
    const stored = rows<{ token_hash: string }>(db, 'SELECT token_hash FROM api_tokens');
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows(db, 'SELECT * FROM audit_log'))).not.toContain(stored[0].token_hash);

    expect(ok(['token', 'revoke', tokenId], db)).toMatch(/^Revoked token tok_/);
    expect(JSON.parse(ok(['token', 'list', '--json'], db)).tokens[0].revoked_at).not.toBeNull();
    expect(ok(['token', 'revoke', tokenId], db)).toMatch(/revoked already/);
    const actions = JSON.parse(ok(['audit', 'list', '--limit', '2', '--json'], db)).entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['token.revoke', 'token.create']);
  });

  it('says the intact log is intact', () => {
    expect(ok(['audit', 'verify'], db)).toMatch(/^The audit log is intact: 9 entries\.\n/);
  });

  it.each([
    ['a name taken in another case', ['user', 'add', 'ANA', '--role', 'viewer'], password, /^truce: the name "ANA" is taken by "Ana"/],
    ['an unknown role', ['user', 'add', 'dee', '--role', 'owner'], password, /^truce: "owner" is not a role: role must be one of viewer, analyst, reviewer, admin\n$/],
    ['an unknown role to set', ['user', 'set-role', 'bob', 'boss'], {}, /role must be one of viewer, analyst, reviewer, admin/],
    ['a short password', ['user', 'add', 'dee', '--role', 'viewer'], { env: { TRUCE_PASSWORD: 'short' } }, /^truce: the password must be at least 8 characters long/],
    ['a short password from standard input', ['user', 'password', 'bob'], { input: 'tiny\n' }, /at least 8 characters/],
    ['no password at all', ['user', 'add', 'dee', '--role', 'viewer'], { input: '' }, /^truce: no password given/],
    ['an unknown user', ['user', 'disable', 'nobody'], {}, /^truce: no user is called "nobody"; "truce user list" shows them\n$/],
    ['a token for an unknown user', ['token', 'create', '--user', 'nobody'], {}, /^truce: no user is called "nobody"/],
    ['revoking an unknown token', ['token', 'revoke', 'tok_nothing'], {}, /^truce: no token has the id "tok_nothing"/],
    ['a bad limit', ['audit', 'list', '--limit', '0'], {}, /^truce: --limit must be a whole number from 1 to 500/],
  ] as const)('refuses %s in one line, writing nothing', (_what, args, options, message) => {
    const before = { audit: auditCount(db), users: userRows(db), tokens: rows(db, 'SELECT * FROM api_tokens') };
    const result = runCli([...args], db, options);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect({ audit: auditCount(db), users: userRows(db), tokens: rows(db, 'SELECT * FROM api_tokens') }).toEqual(before);
  });
});

describe('a tampered audit log', SLOW, () => {
  // One log of four entries, copied for each test to tamper with.
  const original = freshDb();
  const copy = () => {
    const db = freshDb();
    copyFileSync(original, db);
    return db;
  };

  beforeAll(() => {
    ok(['user', 'add', 'Ana', '--role', 'admin'], original, password);
    ok(['user', 'add', 'bob', '--role', 'viewer', '--no-password'], original);
    ok(['user', 'set-role', 'bob', 'analyst'], original);
    ok(['user', 'disable', 'bob'], original);
  }, SLOW.timeout);

  it('refuses plain updates and deletes, and once the trigger is dropped, verify names the changed entry', () => {
    const db = copy();
    const database = new Database(db);
    try {
      expect(() => database.prepare(`UPDATE audit_log SET after = '{"role":"admin"}' WHERE seq = 3`).run()).toThrow('the audit log is append-only');
      expect(() => database.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow('the audit log is append-only');
      expect(database.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 4 });
      database.exec('DROP TRIGGER audit_log_no_update');
      database.prepare(`UPDATE audit_log SET after = json_set(after, '$.role', 'admin') WHERE seq = 3`).run();
    } finally {
      database.close();
    }
    const result = runCli(['audit', 'verify'], db);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/the audit log is NOT intact: 1 problem in 4 entries/);
    expect(result.stderr).toContain('entry 3 was changed after it was written: its hash does not match its contents');
  });

  it('names a deleted entry once the delete trigger is dropped', () => {
    const db = copy();
    const database = new Database(db);
    try {
      database.exec('DROP TRIGGER audit_log_no_delete');
      database.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    } finally {
      database.close();
    }
    const result = runCli(['audit', 'verify'], db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('entry 2 is missing: it was deleted from the log');
  });

  it('says the untouched log is intact', () => {
    expect(ok(['audit', 'verify'], original)).toMatch(/^The audit log is intact: 4 entries\.\n/);
  });
});

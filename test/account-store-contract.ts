import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../src/audit/chain.js';
import { hashSecret, newSecret } from '../src/accounts/tokens.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { DuplicateError } from '../src/storage/duplicate-error.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD } from './helpers.js';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** What every Store backend must do for accounts, tokens, sessions, settings and the audit log. */
export function accountStoreContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`Account store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openEmpty();
    });
    afterEach(async () => {
      await store.close();
    });

    it('adds users, finds them by name in any case, and refuses a name taken in another case', async () => {
      expect(await store.countUsers()).toBe(0);
      const ana = await store.addUser({ name: 'Ana', role: 'reviewer', password_hash: 'scrypt$x' });
      expect(ana).toMatchObject({ name: 'Ana', role: 'reviewer', disabled: false });
      expect(ana.id).toMatch(/^usr_/);
      expect(ana).not.toHaveProperty('password_hash');
      expect(await store.getUser(ana.id)).toEqual(ana);
      expect(await store.findUserByName('ANA')).toEqual({ ...ana, password_hash: 'scrypt$x' });
      const error = await store.addUser({ name: 'aNa', role: 'viewer', password_hash: null }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateError);
      expect((error as DuplicateError).field).toBe('name');
      await store.addUser({ name: 'bot', role: 'analyst', password_hash: null });
      expect((await store.listUsers()).map((u) => u.name)).toEqual(['Ana', 'bot']);
      expect(await store.countUsers()).toBe(2);
      expect(await store.getUser('usr_nobody')).toBeUndefined();
    });

    it('changes a role, disables and re-enables a user, and sets a password', async () => {
      const u = await store.addUser({ name: 'lev', role: 'viewer', password_hash: null });
      expect(await store.updateUser(u.id, { role: 'admin' })).toMatchObject({ role: 'admin', disabled: false });
      expect(await store.updateUser(u.id, { disabled: true })).toMatchObject({ role: 'admin', disabled: true });
      expect(await store.updateUser(u.id, { disabled: false, password_hash: 'scrypt$y' })).toMatchObject({ disabled: false });
      expect((await store.findUserByName('lev'))!.password_hash).toBe('scrypt$y');
      expect(await store.updateUser('usr_nobody', { role: 'admin' })).toBeUndefined();
    });

    it('finds a token by its hash until it is revoked or its user disabled', async () => {
      const u = await store.addUser({ name: 'ci', role: 'analyst', password_hash: null });
      const { secret, hash } = newSecret('trc');
      expect(secret).toMatch(/^trc_[\w-]{43}$/);
      expect(hashSecret(secret)).toBe(hash);
      const token = await store.addToken({ user_id: u.id, name: 'nightly', token_hash: hash });
      expect(token).toMatchObject({ name: 'nightly', user_id: u.id, last_used_at: null, revoked_at: null });
      expect(token.id).toMatch(/^tok_/);
      expect(JSON.stringify(await store.listTokens())).not.toContain(hash);

      const found = await store.findToken(hash);
      expect(found?.user.id).toBe(u.id);
      const used = found!.token.last_used_at;
      expect(used).not.toBeNull();
      // Used again within the minute: the time is not rewritten.
      expect((await store.findToken(hash))!.token.last_used_at).toBe(used);
      expect((await store.listTokens(u.id))[0].last_used_at).toBe(used);

      await store.updateUser(u.id, { disabled: true });
      expect(await store.findToken(hash)).toBeUndefined();
      await store.updateUser(u.id, { disabled: false });
      const revoked = await store.revokeToken(token.id);
      expect(revoked?.revoked_at).not.toBeNull();
      expect(await store.findToken(hash)).toBeUndefined();
      expect((await store.revokeToken(token.id))!.revoked_at).toBe(revoked!.revoked_at);
      expect(await store.revokeToken('tok_nothing')).toBeUndefined();
      expect(await store.findToken(hashSecret('trc_made-up'))).toBeUndefined();

      const other = await store.addUser({ name: 'other', role: 'viewer', password_hash: null });
      await store.addToken({ user_id: other.id, name: 'x', token_hash: newSecret('trc').hash });
      expect((await store.listTokens(u.id)).map((t) => t.id)).toEqual([token.id]);
      expect(await store.listTokens()).toHaveLength(2);
    });

    it('finds a session until it expires, its user is disabled, or it is deleted', async () => {
      const u = await store.addUser({ name: 'mira', role: 'reviewer', password_hash: null });
      const live = newSecret('sess');
      const old = newSecret('sess');
      const session = { user_id: u.id, csrf_token: 'csrf-1', created_at: new Date().toISOString(), expires_at: inMinutes(60) };
      await store.addSession({ ...session, id_hash: live.hash });
      await store.addSession({ ...session, expires_at: inMinutes(-1), id_hash: old.hash });
      expect(await store.findSession(live.hash)).toEqual({ session, user: u });
      expect(await store.findSession(old.hash)).toBeUndefined();
      await store.updateUser(u.id, { disabled: true });
      expect(await store.findSession(live.hash)).toBeUndefined();
      await store.updateUser(u.id, { disabled: false });
      await store.deleteSession(live.hash);
      expect(await store.findSession(live.hash)).toBeUndefined();
    });

    it('keeps settings as JSON values', async () => {
      expect(await store.getSetting('reads')).toBeUndefined();
      await store.setSetting('reads', 'private');
      await store.setSetting('reads', 'public');
      await store.setSetting('limits', { per_minute: 60, paths: ['/a'] });
      expect(await store.getSetting<string>('reads')).toBe('public');
      expect(await store.getSetting('limits')).toEqual({ per_minute: 60, paths: ['/a'] });
    });

    it('appends chained audit entries, lists them newest first, and reads them all in order', async () => {
      const first = await store.appendAudit({ actor: 'cli:ana', action: 'user.add', target_kind: 'user', target_id: 'usr_1', before: null, after: { name: 'x', at: new Date(0) } });
      expect(first).toMatchObject({ seq: 1, prev_hash: '0'.repeat(64) });
      expect(first.after).toEqual({ name: 'x', at: '1970-01-01T00:00:00.000Z' });
      for (let i = 2; i <= 1203; i++) {
        await store.appendAudit({ actor: i % 2 ? 'cli:ana' : 'usr_2', action: 'user.set-role', target_kind: 'user', target_id: `usr_${i % 3}`, before: { role: 'viewer' }, after: { role: 'admin', n: i } });
      }
      const newest = await store.listAudit({ limit: 3 });
      expect(newest.map((e) => e.seq)).toEqual([1203, 1202, 1201]);
      expect(newest[1].prev_hash).toBe(newest[2].hash);
      expect((await store.listAudit({ before_seq: 5 })).map((e) => e.seq)).toEqual([4, 3, 2, 1]);
      expect(await store.listAudit({ limit: 10_000 })).toHaveLength(500);
      expect((await store.listAudit({ target_id: 'usr_1', limit: 2 })).map((e) => e.seq)).toEqual([1201, 1198]);
      expect((await store.listAudit({ actor: 'usr_2', limit: 1 }))[0].seq).toBe(1202);

      const all = [];
      for await (const e of store.auditEntries()) all.push(e.seq);
      expect(all).toEqual(Array.from({ length: 1203 }, (_, i) => i + 1));
      expect(await verifyChain(store.auditEntries())).toEqual({ ok: true, entries: 1203, problems: [] });
    });

    it('writes an audit entry with the change it records, or neither', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.addUser({ name: 'ghost', role: 'viewer', password_hash: null });
          await tx.appendAudit({ actor: 'cli:t', action: 'user.add', target_kind: 'user', target_id: 'x', before: null, after: {} });
          throw new Error('the third write failed');
        }),
      ).rejects.toThrow('the third write failed');
      expect(await store.countUsers()).toBe(0);
      expect(await store.listAudit({})).toEqual([]);
      await store.transaction(async (tx) => {
        const u = await tx.addUser({ name: 'ghost', role: 'viewer', password_hash: null });
        await tx.appendAudit({ actor: 'cli:t', action: 'user.add', target_kind: 'user', target_id: u.id, before: null, after: u });
        await tx.appendAudit({ actor: 'cli:t', action: 'user.disable', target_kind: 'user', target_id: u.id, before: u, after: { ...u, disabled: true } });
      });
      expect((await store.listAudit({})).map((e) => e.seq)).toEqual([2, 1]);
      expect((await verifyChain(store.auditEntries())).ok).toBe(true);
    });

    it('keeps accounts, settings and the audit log when the record is replaced', async () => {
      const u = await store.addUser({ name: 'keeper', role: 'admin', password_hash: null });
      await store.addToken({ user_id: u.id, name: 't', token_hash: newSecret('trc').hash });
      await store.setSetting('k', 1);
      await store.appendAudit({ actor: 'cli:t', action: 'user.add', target_kind: 'user', target_id: u.id, before: null, after: u });
      await store.replaceRecord(loadRecordDir(MINI_RECORD));
      await store.replaceRecord(loadRecordDir(MINI_RECORD));
      expect(await store.countUsers()).toBe(1);
      expect(await store.listTokens()).toHaveLength(1);
      expect(await store.getSetting('k')).toBe(1);
      expect(await store.listAudit({})).toHaveLength(1);
    });
  });
}

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiWithUsers } from './api-fixtures.js';
import { tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

// The audit log through the API: one entry per write, chained; an entry edited in the
// database file behind Truce's back shows up in /audit/verify and in `truce audit verify`.

describe('the audit log', () => {
  it('keeps one chained entry per write, and shows an entry edited behind its back', async () => {
    const path = join(tempDir(), 'audit.db');
    const api = await apiWithUsers({}, { path });
    const writes = [
      api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body: { text: 'first' } }),
      api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/review', { as: 'reviewer', body: { status: 'accepted' } }),
      api.call('POST', '/api/v1/tokens', { as: 'viewer', body: { name: 'script' } }),
    ];
    for (const res of await Promise.all(writes)) expect(res.status).toBeLessThan(300);
    const { items } = (await api.call('GET', '/api/v1/audit', { as: 'reviewer' })).body;
    expect(items).toHaveLength(3);
    expect(items.map((e: { seq: number }) => e.seq)).toEqual([3, 2, 1]);
    for (const e of items) expect(e).toMatchObject({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), actor: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(items[0].prev_hash).toBe(items[1].hash);
    // Secrets never reach the log.
    expect(JSON.stringify(items)).not.toMatch(/trc_|token_hash|password_hash/);
    expect((await api.call('GET', '/api/v1/audit?actor=analyst', { as: 'reviewer' })).body.items).toHaveLength(1);
    expect((await api.call('GET', '/api/v1/audit?limit=1&before_seq=3', { as: 'reviewer' })).body).toMatchObject({ items: [{ seq: 2 }], next_before_seq: 2 });
    expect((await api.call('GET', '/api/v1/audit/verify', { as: 'admin' })).body).toEqual({ ok: true, entries: 3, problems: [] });
    await api.store.close();

    const raw = new Database(path);
    expect(() => raw.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE seq = 2`).run()).toThrow(/append-only/);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare(`UPDATE audit_log SET "after" = '{"status":"rejected"}' WHERE seq = 2`).run();
    raw.close();

    const verify = runCli(['audit', 'verify'], path);
    expect(verify.code).toBe(1);
    expect(verify.stderr + verify.stdout).toMatch(/\b2\b/);
    const report = await verifyOverApi(path);
    expect(report).toMatchObject({ ok: false, entries: 3, problems: [{ seq: 2 }] });
  });
});

/** What /audit/verify says of the file, asked by a server opened on it again with a fresh admin token. */
async function verifyOverApi(path: string) {
  const { SqliteStore } = await import('../src/storage/sqlite/sqlite-store.js');
  const { newSecret } = await import('../src/accounts/tokens.js');
  const { createApp } = await import('../src/server/app.js');
  const store = await SqliteStore.open(path);
  try {
    const admin = (await store.findUserByName('admin'))!;
    const { secret, hash } = newSecret('trc');
    await store.addToken({ user_id: admin.id, name: 'verify', token_hash: hash });
    const res = await createApp(store).request('/api/v1/audit/verify', { headers: { authorization: `Bearer ${secret}` } });
    return res.json();
  } finally {
    await store.close();
  }
}

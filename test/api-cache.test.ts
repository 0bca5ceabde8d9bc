import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { apiWithUsers } from './api-fixtures.js';
import { tempDir } from './helpers.js';

// Public reads are answered from memory until the next write, by this server or by any
// other process on the same file; a browser holding an answer gets 304.

describe('cached reads', () => {
  it('gives the same bytes until a write, a 304 to a browser that has them, and never a stale answer', async () => {
    const path = join(tempDir(), 'cache.db');
    const api = await apiWithUsers({}, { path });
    const first = await api.app.request('/api/v1/incidents?limit=2');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await api.app.request('/api/v1/incidents?limit=2');
    expect(await again.text()).toBe(await first.text());
    expect((await api.app.request('/api/v1/incidents?limit=2', { headers: { 'if-none-match': etag } })).status).toBe(304);

    // A write through the API: the next read sees it.
    await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/review', { as: 'reviewer', body: { status: 'disputed' } });
    const detail = await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash');
    expect(detail.body.status).toBe('disputed');
    const afterWrite = await api.app.request('/api/v1/incidents?limit=2', { headers: { 'if-none-match': etag } });
    expect(afterWrite.status).toBe(200);

    // A write by another process (another connection to the file): also seen at once.
    const other = await SqliteStore.open(path);
    await other.setClaimStatus('2021-03-05-riverford-clash/c4', 'rejected');
    await other.close();
    const seen = await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash');
    expect(seen.body.claims.find((c: { id: string }) => c.id === '2021-03-05-riverford-clash/c4').status).toBe('rejected');

    // Answers that depend on who asks are never cached.
    const me = await api.call('GET', '/api/v1/me', { as: 'analyst' });
    expect(me.headers.get('etag')).toBeNull();
    expect((await api.call('GET', '/api/v1/me', { as: 'reviewer' })).body.name).toBe('reviewer');
  });
});

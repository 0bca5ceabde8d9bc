import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../src/domain/index.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { createApp } from '../src/server/app.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { IngestedDocument } from '../src/storage/ingest-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD, tempDir } from './helpers.js';
import { runCliAsync } from './run-cli.js';

// The server reads while writes land: reviews and ingested documents through the store the
// server uses, and reviews by `truce review` in another process on the same file. Nothing
// written may be lost, no read may fail, and nobody may see "database is locked".

let store: Store;
let base: string;
let close: () => void;
const file = join(tempDir(), 'concurrent.db');
const record = loadRecordDir(MINI_RECORD);
const riverford = record.incidents.find((i) => i.id === '2021-03-05-riverford-clash')!;

beforeAll(async () => {
  store = await SqliteStore.open(file);
  await store.replaceRecord(record);
  const server = serve({ fetch: createApp(store).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close();
  await store.close();
});

/** A received document reporting one copy of the Riverford clash, as ingestion would store it. */
function ingested(n: number): IngestedDocument {
  const id = `concurrent-doc-${n}`;
  const text = `Report ${n} on the Riverford clash.`;
  const incident: Incident = {
    ...riverford,
    id: `concurrent-${n}`,
    origin: 'extracted',
    claims: riverford.claims.map((c, k) => ({ ...c, id: `${id}/c${k}`, document_id: id })),
  };
  return {
    document: {
      id,
      title: `Report ${n}`,
      publisher_id: record.sources[0].id,
      published: { start: '2021-03-06', end: '2021-03-06', precision: 'day' },
      language: 'en',
      sha256: createHash('sha256').update(id).digest('hex'),
      ingest: { status: 'extracted', ingested_at: new Date().toISOString(), origin: id, size: text.length, incident_ids: [incident.id] },
    },
    bytes: Buffer.from(text),
    text,
    actors: [],
    incidents: [incident],
  };
}

describe('reads while writes happen', () => {
  it('loses no write and fails no read, within this process and from another', async () => {
    const failures: string[] = [];
    let reads = 0;
    let writing = true;
    const urls = ['/api/v1/incidents', '/api/v1/incidents?side=XN&from=2021', `/api/v1/incidents/${riverford.id}`, '/api/v1/stats?by=side', '/api/v1/incidents?q=Riverford'];
    const reader = async (k: number) => {
      for (let i = k; writing; i++) {
        const res = await fetch(base + urls[i % urls.length]);
        const body = await res.text();
        reads += 1;
        if (res.status !== 200 || /database is locked/i.test(body)) failures.push(`${urls[i % urls.length]}: ${res.status} ${body.slice(0, 200)}`);
      }
    };
    const claimIds = record.incidents.flatMap((i) => i.claims.map((c) => c.id));
    const writes = async () => {
      for (let n = 0; n < 40; n++) {
        await store.saveIngested(ingested(n));
        await store.transaction((tx) => tx.setClaimStatus(claimIds[n % claimIds.length], n % 2 ? 'accepted' : 'disputed'));
      }
    };
    // The other process reviews claims the in-process writer leaves alone.
    const outside = record.incidents.flatMap((i) => i.claims.map((c) => c.id)).slice(-2);
    const cli = async () => {
      const results = [];
      for (const id of outside) results.push(await runCliAsync(['review', 'reject', id], file));
      return results;
    };
    const readers = Promise.all([0, 1, 2, 3, 4, 5].map(reader));
    const [, cliResults] = await Promise.all([writes(), cli()]);
    writing = false;
    await readers;

    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    for (const r of cliResults) {
      expect(r.stderr).not.toMatch(/database is locked/i);
      expect(r.code, r.stderr).toBe(0);
    }
    for (let n = 0; n < 40; n++) expect(await store.getIncident(`concurrent-${n}`), `concurrent-${n}`).toBeDefined();
    for (const id of outside) expect((await store.getClaim(id))?.status, id).toBe('rejected');
    // The last status each claim was given is the one stored.
    for (let n = 40 - claimIds.length; n < 40; n++) {
      const id = claimIds[n % claimIds.length];
      if (outside.includes(id)) continue;
      expect((await store.getClaim(id))?.status, id).toBe(n % 2 ? 'accepted' : 'disputed');
    }
    // Reads after the writes see them all, through the API too.
    const listed = await (await fetch(`${base}/api/v1/incidents?q=Riverford&limit=1000`)).json();
    expect(listed.items.filter((i: { id: string }) => i.id.startsWith('concurrent-'))).toHaveLength(40);
  });
});

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import { createApp } from '../src/server/app.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../src/storage/store.js';
import { MINI_RECORD, tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  await store.replaceRecord(loadRecordDir(MINI_RECORD));
  app = createApp(store);
});
afterAll(() => store.close());

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json(), headers: res.headers };
};

describe('the read-only API', () => {
  it('lists incidents with the CLI\'s filters and pages with a cursor', async () => {
    const { status, body } = await get('/api/v1/incidents?place=Chaykend&from=2021-03');
    expect(status).toBe(200);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(['2021-03-05-riverford-clash']);
    const first = await get('/api/v1/incidents?limit=3');
    expect(first.body.items).toHaveLength(3);
    const second = await get(`/api/v1/incidents?limit=3&cursor=${first.body.next_cursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.next_cursor).toBeNull();
    expect((await get('/api/v1/incidents?type=Battles&type=Protests')).body.items).toHaveLength(2);
  });

  it('serves an incident with claims, figures and responsibility', async () => {
    const { body } = await get('/api/v1/incidents/2021-03-05-riverford-clash');
    expect(body.casualties[0]).toMatchObject({ low: 4, best: 4, high: 6 });
    expect(body.claims[1]).toMatchObject({ claimant: { name: 'Southland Defence Ministry', country: 'XS' }, quote: 'a planned provocation' });
    expect(body.responsibility.status).toBe('disputed');
  });

  it('serves places and actors, found by any alias', async () => {
    expect((await get('/api/v1/places?q=Çaykənd')).body.items.map((p: { id: string }) => p.id)).toEqual(['riverford']);
    expect((await get('/api/v1/actors?q=northern forces')).body.items[0].id).toBe('northland-army');
    expect((await get('/api/v1/places/lakeside')).body.name).toBe('Lakeside');
    expect((await get('/api/v1/actors')).body.items).toHaveLength(8);
  });

  it('serves the peace process with its claims', async () => {
    expect((await get('/api/v1/agreements')).body.items[0]).toMatchObject({ id: 'lakeside-framework', provisions: [{ status: 'pending' }] });
    expect((await get('/api/v1/meetings/2021-06-lakeside-talks')).body.claims).toHaveLength(1);
    expect((await get('/api/v1/preconditions')).body.items[0].demanded_by.name).toBe('Southland');
  });

  it('answers every error in one shape', async () => {
    for (const [path, status, code, field] of [
      ['/api/v1/incidents/nope', 404, 'not_found', undefined],
      ['/api/v1/agreements/nope', 404, 'not_found', undefined],
      ['/api/v1/nothing-here', 404, 'not_found', undefined],
      ['/api/v1/incidents?from=soon', 400, 'invalid_parameter', 'from'],
      ['/api/v1/incidents?cursor=garbage', 400, 'invalid_parameter', 'cursor'],
      ['/api/v1/search', 400, 'invalid_parameter', 'q'],
    ] as const) {
      const { status: got, body } = await get(path);
      expect(got, path).toBe(status);
      expect(body, path).toEqual({ error: { status, code, message: expect.any(String), ...(field ? { field } : {}) } });
    }
  });

  it('describes itself in OpenAPI, and every path it lists answers', async () => {
    const { body } = await get('/api/v1/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const [path, operations] of Object.entries(body.paths) as [string, Record<string, { 'x-access': string }>][]) {
      if (!operations.get) continue;
      const concrete = path.replace(/\{\w+\}/g, 'nope');
      const res = await app.request(path.includes('search') ? `${concrete}?q=Lakeside` : concrete);
      // Reads answer anyone while reads are public; everything else wants a sign-in first.
      const open = ['public', 'read'].includes(operations.get['x-access']);
      expect(open ? [200, 404] : [401], path).toContain(res.status);
    }
  });

  it('sends security headers, also on the web app at /', async () => {
    const res = await app.request('/');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('truce serve', () => {
  it('answers over real HTTP on loopback', async () => {
    const db = join(tempDir(), 'serve.db');
    expect(runCli(['init', '--data', MINI_RECORD], db).code).toBe(0);
    const child = spawn(process.execPath, [fileURLToPath(new URL('../bin/truce.js', import.meta.url)), 'serve', '--port', '0'], {
      env: { ...process.env, TRUCE_DB: db },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /(http:\/\/\S+:\d+)\//.exec(out);
          if (m) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const res = await fetch(`${url}/api/v1/incidents/2021-03-05-riverford-clash`);
      expect(res.status).toBe(200);
      expect((await res.json()).title).toBe('Clash at Riverford');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

describe('the web app as the server serves it', () => {
  let store: SqliteStore;
  let built: ReturnType<typeof createApp>;
  let missing: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const dir = tempDir();
    store = await SqliteStore.open(join(dir, 'web.db'));
    const root = join(dir, 'web');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Truce</title><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'not for the web');
    built = createApp(store, { webRoot: root });
    missing = createApp(store, { webRoot: join(dir, 'nothing-here') });
  });
  afterAll(() => store.close());

  it('answers every page address with the app, so links and reloads work', async () => {
    for (const path of ['/', '/timeline?side=AM&from=2020', '/incidents/2020-07-12-tovuz', '/review']) {
      const res = await built.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('serves built files for good, and nothing outside the build', async () => {
    const js = await built.request('/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await built.request('/assets/none.js')).status).toBe(404);
    expect((await built.request('/assets/..%2f..%2fsecret.txt')).status).toBe(404);
    expect((await built.request('/favicon.ico')).status).toBe(404);
  });

  it('leaves the API its own answers, 404s included', async () => {
    const res = await built.request('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('says how to build the pages when they are not built', async () => {
    const res = await missing.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
});

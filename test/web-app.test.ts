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
    writeFileSync(join(root, 'index.html'), '<!doctype html><head><title>Truce</title></head><div id="root"></div>');
    mkdirSync(join(root, '.vite'));
    // The shape of Vite's build manifest: each page a chunk, importing shared ones.
    const manifest = {
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared-1.js'], dynamicImports: ['pages/overview-page.tsx', 'pages/map-page.tsx'] },
      '_shared-1.js': { file: 'assets/shared-1.js' },
      '_charts-1.js': { file: 'assets/charts-1.js', imports: ['_shared-1.js'] },
      'pages/overview-page.tsx': { file: 'assets/overview-page-1.js', imports: ['_charts-1.js', 'index.html'], dynamicImports: ['components/map/incident-map.tsx'], css: ['assets/overview-page-1.css'] },
      'pages/map-page.tsx': { file: 'assets/map-page-1.js', imports: ['components/map/incident-map.tsx'] },
      'components/map/incident-map.tsx': { file: 'assets/incident-map-1.js', dynamicImports: ['components/map/never.tsx'] },
      'components/map/never.tsx': { file: 'assets/never-1.js' },
      '../../node_modules/world-atlas/countries-50m.json': { file: 'assets/countries-50m-1.json' },
    };
    writeFileSync(join(root, '.vite', 'manifest.json'), JSON.stringify(manifest));
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

  it("names each page's code in its head, so the browser fetches it beside the main script", async () => {
    const overview = await (await built.request('/')).text();
    const preloaded = [...overview.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(preloaded).toEqual(['/assets/charts-1.js', '/assets/incident-map-1.js', '/assets/overview-page-1.js']);
    expect(overview).toContain('<link rel="stylesheet" href="/assets/overview-page-1.css">');
    expect(overview).toContain('<link rel="preload" as="fetch" crossorigin href="/assets/countries-50m-1.json">');
    const map = await (await built.request('/map?side=AM')).text();
    expect(map).toContain('href="/assets/map-page-1.js"');
    expect(map).not.toContain('never-1.js');
    expect(await (await built.request('/sign-in')).text()).not.toContain('modulepreload');
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

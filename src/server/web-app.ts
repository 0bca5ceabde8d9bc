import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { firstReadTags } from './first-reads.js';
import { pagePreloads } from './page-preloads.js';

/** Where `npm run build:web` writes the web app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Truce</title>
<body><h1>Truce's web pages are not built</h1>
<p>Run <code>npm run build:web</code> (<code>npm start</code> does it for you), then reload this page.
The API is already here, under <a href="/api/v1/">/api/v1/</a>.</p></body></html>`;

/**
 * Serves the built web app: hashed files under /assets/ are cached for good, and every other
 * page address (/timeline?..., /incidents/x) gets index.html so the app's router shows it.
 */
export function mountWebApp(app: Hono, webRoot: string = DEFAULT_WEB_ROOT): void {
  const indexPath = join(webRoot, 'index.html');
  // Read per request only while the build is missing, so building while the server runs works.
  let index: string | undefined;
  let preloads: ((path: string) => string) | undefined;
  const page = (path: string, hasQuery: boolean) => {
    index ??= existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : undefined;
    if (index === undefined) return undefined;
    preloads ??= pagePreloads(webRoot);
    return index.replace('</head>', `${preloads(path)}${firstReadTags(path, hasQuery)}</head>`);
  };

  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return next();
    // A dotted name is a file of the build (favicon.svg, assets/index-3f2a.js) or nothing.
    if (extname(path)) {
      const file = normalize(join(webRoot, path));
      if (!file.startsWith(webRoot + sep)) return next();
      try {
        const body = await readFile(file);
        // Files under /assets/ have their content's hash in their name: they never change.
        const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
        return c.body(body, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
      } catch {
        return next();
      }
    }
    const html = page(path, new URL(c.req.url).search.length > 1);
    return c.html(html ?? NOT_BUILT, html ? 200 : 503, { 'cache-control': 'no-cache' });
  });
}

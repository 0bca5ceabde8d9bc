import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { apiWithUsers } from '../api-fixtures.js';
import { loadRecordDir } from '../../src/record/load-record.js';
import type { AppConfig } from '../../src/server/app.js';
import { tempDir } from '../helpers.js';
import { buildWebApp, CHROMIUM } from './web-build.js';

export { HAVE_CHROMIUM } from './web-build.js';

/** The project's built-in record. */
export const BUILT_IN_RECORD = fileURLToPath(new URL('../../data', import.meta.url));
/** Screenshots of each page, kept as test artifacts to look at. */
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/web', import.meta.url));

/**
 * The web app over real HTTP on loopback, on the built-in record (or another), with one user per
 * role named after it (password PASSWORD from api-fixtures).
 */
export async function startWebServer(options: { record?: string; config?: AppConfig } = {}) {
  const webRoot = inject('webRoot') ?? (await buildWebApp());
  const api = await apiWithUsers({ webRoot, allowPrivateUrls: true, ...options.config }, { record: loadRecordDir(options.record ?? BUILT_IN_RECORD), path: join(tempDir(), 'web.db') });
  const server = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...api,
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.store.close();
    },
  };
}

/** Headless chromium, as DESIGN.md's flags say it runs on these machines. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Saves what the page shows now as test-artifacts/web/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Collects the browser's console errors and failed requests, which a test should find empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // A 401 on GET /session only means nobody is signed in; statuses are checked below instead.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(`console: ${m.text()}`));
  page.on('response', (r) => {
    const expected = r.status() < 400 || (r.status() === 401 && new URL(r.url()).pathname === '/api/v1/session');
    if (!expected) errors.push(`${r.status()} from ${r.request().method()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return errors;
}

/**
 * Pages in a fresh browser profile each (no session, no remembered settings carried over from
 * the last test); `close` ends the last profile.
 */
export function freshPages(browser: () => Browser) {
  let context: BrowserContext | undefined;
  return {
    async open(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
      await context?.close();
      context = await browser().newContext({ viewport });
      const page = await context.newPage();
      return { page, errors: watchErrors(page) };
    },
    close: async () => context?.close(),
  };
}

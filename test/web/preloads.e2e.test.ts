import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstReads } from '../../src/server/first-reads.js';
import { freshPages, HAVE_CHROMIUM, launchBrowser, startWebServer } from './web-harness.js';

/**
 * The server names each page's first API reads in its head, so the browser fetches them while
 * the app's code loads. This checks the list against what the app really asks for: every read
 * named is requested once (the preload, which the app then uses) and no read twice (which is
 * what a preload the app does not use, or a read the app writes differently, would show).
 */
describe.skipIf(!HAVE_CHROMIUM)('first reads named in the page head', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  const pages = freshPages(() => browser);
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.close();
  });

  for (const [address, marks] of [['/', 2], ['/timeline', 2], ['/map', 1], ['/timeline?side=AM', 2]] as const) {
    it(`${address}: each read named is used, none fetched twice`, async () => {
      const { page, errors } = await pages.open();
      const reads: string[] = [];
      const warnings: string[] = [];
      page.on('request', (r) => r.url().includes('/api/v1/') && reads.push(r.url().replace(server.url, '')));
      page.on('console', (m) => m.type() === 'warning' && /preload/i.test(m.text()) && warnings.push(m.text()));
      await page.goto(server.url + address);
      await page.waitForFunction((n) => document.querySelectorAll('[data-ready="true"]').length >= n && !document.querySelector('[data-ready="false"]'), marks);
      const [path, query] = address.split('?');
      const named = firstReads(path, Boolean(query));
      const head = await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(head.filter((h) => h!.startsWith('/api/'))).toEqual(named);
      for (const url of named) expect(reads.filter((r) => r === url), `${url} among ${reads.join(', ')}`).toHaveLength(1);
      expect(reads.filter((r, i) => reads.indexOf(r) !== i)).toEqual([]);
      // Chromium says so on the console when a preload goes unused for a few seconds.
      await page.waitForTimeout(3500);
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
    }, 60_000);
  }
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../api-fixtures.js';
import { HAVE_CHROMIUM, freshPages, launchBrowser, screenshot, startWebServer } from './web-harness.js';

/** A made-up report, written for this test: its claims and incidents wait for review once ingested. */
const SHELLING_REPORT =
  'Shelling near Sotk\n\nThe Ministry of Defence of Armenia said on 3 March 2024 that Azerbaijani forces shelled positions near the village of Sotk, killing two Armenian soldiers.\n\n' +
  'The Ministry of Defence of Azerbaijan denied the report and accused Armenian troops of provocation near Kalbajar.';

describe.skipIf(!HAVE_CHROMIUM)('the review queue', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  const pages = freshPages(() => browser);
  const freshPage = pages.open;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    const ingested = await server.call('POST', '/api/v1/documents', { as: 'analyst', body: { text: SHELLING_REPORT, published: '2024-03-04', publisher: 'Example Wire' } });
    expect(ingested.status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.close();
  });

  const claimStatus = async (id: string) => (await server.call('GET', `/api/v1/claims/${encodeURIComponent(id)}`, { as: 'viewer' })).body.status;

  it('shows the queue read-only to someone not signed in as a reviewer', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/review`);
    await page.getByText('You are seeing the queue read-only').waitFor();
    await page.getByRole('list', { name: 'Claims waiting for review' }).getByText('Ministry of Defence of Armenia').first().waitFor();
    await expect(page.getByRole('button', { name: /^Accept/ }).count()).resolves.toBe(0);
    await page.keyboard.press('a');
    await expect(page.getByRole('status').filter({ hasText: 'Sign in as a reviewer' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('lets a reviewer move through the queue and accept a claim with the keyboard', async () => {
    const { page, errors } = await freshPage();
    // Signed in the way the page would be: the session cookie is shared with the page's requests.
    const signIn = await page.request.post(`${server.url}/api/v1/session`, { data: { name: 'reviewer', password: PASSWORD } });
    expect(signIn.status()).toBe(200);
    await page.goto(`${server.url}/review`);
    const queue = page.getByRole('list', { name: 'Claims waiting for review' });
    await queue.getByRole('button', { name: /^Accept/ }).first().waitFor();
    const items = queue.locator(':scope > li');
    expect(await items.count()).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowDown');
    const focused = queue.locator('li[aria-current="true"]');
    expect(await focused.count()).toBe(1);
    expect(await items.nth(1).getAttribute('aria-current')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(await items.nth(1).getAttribute('data-id'));
    await expect(page.getByRole('status').filter({ hasText: /^2 of \d+: claim by/ }).count()).resolves.toBe(1);

    const id = (await focused.getAttribute('data-id'))!;
    expect(await claimStatus(id)).toBe('unreviewed');
    await page.keyboard.press('?');
    await page.getByRole('definition').filter({ hasText: 'open the incident' }).waitFor();
    await screenshot(page, 'review-queue');
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: /^Accepted the claim by/ }).waitFor();
    expect(await claimStatus(id)).toBe('accepted');
    // Accepted, it leaves the queue.
    await queue.locator(`li[data-id="${id}"]`).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('lists the incidents waiting, with the tools to edit, merge and split them', async () => {
    const { page, errors } = await freshPage({ width: 390, height: 844 });
    await page.request.post(`${server.url}/api/v1/session`, { data: { name: 'reviewer', password: PASSWORD } });
    await page.goto(`${server.url}/review?show=incidents`);
    const queue = page.getByRole('list', { name: 'Incidents waiting for review' });
    await queue.getByRole('link', { name: 'Merge others in' }).first().waitFor();
    await queue.getByRole('link', { name: 'Edit' }).first().waitFor();
    await screenshot(page, 'review-incidents-phone');
    await page.keyboard.press('e');
    await page.getByRole('form', { name: 'Edit the incident' }).waitFor();
    expect(errors).toEqual([]);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS, HAVE_CHROMIUM, freshPages, launchBrowser, screenshot, startWebServer } from './web-harness.js';

/** A made-up report, written for this test, with <b>markup</b> in it that must show as text. */
const SHELLING_REPORT =
  'Shelling near Sotk\n\nThe Ministry of Defence of Armenia said on 3 March 2024 that Azerbaijani forces shelled positions near the village of Sotk, killing two Armenian soldiers.\n\n' +
  'The Ministry of Defence of Azerbaijan denied the report and accused Armenian troops of provocation near Kalbajar.\n\nA reader wrote <b>not bold</b> in the margin.';

describe.skipIf(!HAVE_CHROMIUM)('the document reader', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  const pages = freshPages(() => browser);
  const freshPage = pages.open;
  let documentId: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    const ingested = await server.call('POST', '/api/v1/documents', { as: 'analyst', body: { text: SHELLING_REPORT, published: '2024-03-04', publisher: 'Example Wire', title: 'Shelling near Sotk' } });
    expect(ingested.status).toBe(201);
    documentId = ingested.body.document_id;
  }, 120_000);
  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.close();
  });

  it('marks each passage a claim was read from, with its claimant, linked to its incident', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/documents/${documentId}`);
    await page.getByRole('heading', { level: 1, name: 'Shelling near Sotk' }).waitFor();
    const spans = (await server.call('GET', `/api/v1/documents/${documentId}/spans`, { as: 'viewer' })).body.items;
    expect(spans.length).toBeGreaterThanOrEqual(2);
    const marks = page.locator('.document-text mark');
    await marks.first().waitFor();
    expect(await marks.count()).toBe(spans.length);
    await expect(marks.filter({ hasText: 'The Ministry of Defence of Armenia said' }).count()).resolves.toBe(1);
    // The text is shown as text: markup in it is not made into elements.
    await page.locator('.document-text').getByText('<b>not bold</b>').waitFor();
    expect(await page.locator('.document-text b').count()).toBe(0);

    const mod = spans.find((s: { text: string }) => s.text.startsWith('The Ministry of Defence of Armenia'));
    const tag = page.locator('.document-text').getByRole('link', { name: /Ministry of Defence of Armenia/ });
    expect(await tag.getAttribute('href')).toBe(`/incidents/${encodeURIComponent(mod.incident_id)}#claim-${mod.claim_id.replace(/[^A-Za-z0-9_-]/g, '-')}`);
    await page.getByRole('complementary').getByText('Ministry of Defence of Azerbaijan', { exact: true }).waitFor();
    await screenshot(page, 'document');

    await tag.click();
    await page.getByRole('heading', { name: 'Accounts (2)' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/incidents/${encodeURIComponent(mod.incident_id)}`);
    expect(errors).toEqual([]);
  });

  it('says when only the citation is held, and lists the claims anyway', async () => {
    const { page, errors } = await freshPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/documents/isp-2020-07-clashes`);
    await page.getByText('its text was not received').waitFor();
    await page.getByRole('complementary').getByText('Ministry of Defence of Armenia', { exact: true }).first().waitFor();
    expect(await page.locator('mark').count()).toBe(0);
    // The whole page is long (every claim the paper gives); its first screen is what a reader sees.
    await page.screenshot({ path: join(ARTIFACTS, 'document-cited-phone.png') });
    expect(errors).toEqual([]);
  });
});

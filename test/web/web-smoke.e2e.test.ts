import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, launchBrowser, screenshot, startWebServer, watchErrors } from './web-harness.js';

describe.skipIf(!HAVE_CHROMIUM)('the web app in a browser', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with the navigation and no errors', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Timeline' }).waitFor();
    await screenshot(page, 'smoke');
    expect(errors).toEqual([]);
  });
});

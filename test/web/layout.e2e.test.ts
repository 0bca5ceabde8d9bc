import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, launchBrowser, screenshot, startWebServer, watchErrors } from './web-harness.js';

/** Every page a reader can reach without signing in, by its address. */
const PAGES = [
  ['overview', '/'],
  ['timeline', '/timeline'],
  ['map', '/map'],
  ['incident', '/incidents/2020-07-12-tovuz-tavush-clashes'],
  ['document', '/documents/isp-2020-07-clashes'],
  ['peace', '/peace'],
  ['places', '/places'],
  ['actors', '/actors'],
  ['review', '/review'],
  ['sign-in', '/sign-in'],
  ['settings', '/settings'],
] as const;

describe.skipIf(!HAVE_CHROMIUM)('every page, on a phone and by keyboard', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits a phone screen without sideways scrolling, with a heading and no errors', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      for (const [name, path] of PAGES) {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(server.url + path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} is ${overflow}px wider than the phone`).toBeLessThanOrEqual(1);
        await screenshot(page, `phone-${name}`);
        expect(errors, name).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('lets a keyboard skip to the page and open the menu', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/timeline`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the page');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // On a phone the pages hide behind a menu button, which a keyboard opens.
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Map' }).click();
    await page.waitForURL(/\/map$/);
    await page.close();
  });
});

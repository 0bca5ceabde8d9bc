import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, launchBrowser, screenshot, startWebServer, watchErrors } from './web-harness.js';

/**
 * What Leaflet drew over the map, as text: each marker's classes, label and rounded position,
 * and each circle of uncertainty, sorted so the order of drawing does not matter.
 */
async function drawnOverlay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const box = document.querySelector('.incident-map')!.getBoundingClientRect();
    const at = (r: DOMRect) => `${Math.round((r.left + r.width / 2 - box.left) / 4) * 4},${Math.round((r.top + r.height / 2 - box.top) / 4) * 4}`;
    const inView = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
    };
    const markers = [...document.querySelectorAll('.leaflet-marker-pane .map-marker')].filter(inView).map((m) => {
      const inner = m.firstElementChild!;
      return `marker ${inner.className} at ${at(m.getBoundingClientRect())} "${m.getAttribute('aria-label')}" [${inner.textContent}]`;
    });
    const circles = [...document.querySelectorAll('.leaflet-overlay-pane path.map-uncertainty')].filter(inView).map((p) => `circle ${p.getAttribute('class')} at ${at(p.getBoundingClientRect())}`);
    return [...markers, ...circles].sort().join('\n') + '\n';
  });
}

describe.skipIf(!HAVE_CHROMIUM)('the map in a browser', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server.url + path);
    await page.locator('.incident-map[data-ready="true"]').waitFor({ timeout: 15_000 });
    // The borders come from a file of their own: wait until the canvas is drawn.
    await page.locator('.leaflet-base-pane canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    return { page, errors };
  };

  it('opens on the South Caucasus with groups and single incidents, and draws the same markers for the same view', async () => {
    const { page, errors } = await open('/map');
    const clusters = page.locator('.leaflet-marker-pane .map-cluster');
    expect(await clusters.count()).toBeGreaterThan(0);
    await expect(page.getByRole('status').filter({ hasText: 'in this view' }).textContent()).resolves.toMatch(/\d+ incidents in this view, of \d+ incidents on the map/);
    await screenshot(page, 'map');
    await expect(await drawnOverlay(page)).toMatchFileSnapshot('./__snapshots__/map-markers.txt');
    expect(errors).toEqual([]);
  });

  it('zooms into a group when it is selected, with the keyboard too', async () => {
    const { page, errors } = await open('/map');
    const group = page.locator('.leaflet-marker-pane .map-marker:has(.map-cluster)').first();
    const label = (await group.getAttribute('aria-label'))!;
    expect(label).toMatch(/^\d+ incidents? here .*select to zoom in$/);
    await group.focus();
    await page.keyboard.press('Enter');
    // Zoomed in, the group splits (or, for incidents at one place, stands alone): its label is gone.
    await page.waitForFunction((l) => ![...document.querySelectorAll('.leaflet-marker-pane .map-marker')].some((m) => m.getAttribute('aria-label') === l), label);
    await page.locator('.incident-map[aria-busy="false"]').waitFor();
    expect(await page.locator('.leaflet-marker-pane .map-marker').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('opens an incident from its marker and follows the link to its page', async () => {
    const { page, errors } = await open('/map?place=Tovuz');
    // Zoomed out far enough for anything filtered to Tovuz to be in view; zoom in until incidents stand alone.
    for (let k = 0; k < 6 && !(await page.locator('.leaflet-marker-pane .map-incident').count()); k++) {
      await page.locator('.leaflet-marker-pane .map-marker').first().click();
      await page.waitForTimeout(700);
      await page.locator('.incident-map[aria-busy="false"]').waitFor();
    }
    const marker = page.locator('.leaflet-marker-pane .map-marker:has(.map-incident)').first();
    await marker.click();
    const link = page.locator('.leaflet-popup .map-popup a').first();
    const title = await link.textContent();
    await screenshot(page, 'map-popup');
    await link.click();
    await page.waitForURL(/\/incidents\//);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: title! }).waitFor();
    expect(errors).toEqual([]);
  });
});

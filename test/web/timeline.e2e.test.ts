import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, launchBrowser, screenshot, startWebServer, watchErrors } from './web-harness.js';

// The overview and the timeline over the built-in record (1920 to 2024, most of it 2016 on).

const params = (page: Page) => new URL(page.url()).searchParams;
const rowTitles = (page: Page) => page.locator('.incident-list > li h3').allTextContents();
/** Waits for the list to show its first page for the current filters. */
const listShown = (page: Page) => page.locator('.incident-list[data-ready="true"]').waitFor();
const histogramShown = (page: Page) => page.locator('.histogram-figure[data-ready="true"] svg').waitFor();

describe.skipIf(!HAVE_CHROMIUM)('the overview and the timeline in a browser', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the overview: counts, the escalation chart by side, the latest incidents, a period', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.locator('.overview-chart [data-ready="true"] svg').waitFor();
    const incidents = Number((await page.locator('.figures-row .card').first().locator('.big').textContent())!.replace(/,/g, ''));
    expect(incidents).toBeGreaterThan(50);
    await expect(page.locator('.by-side tbody tr').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator('.by-side').textContent()).resolves.toContain('Armenian side');
    expect(await page.locator('.chart-key').textContent()).toContain('Azerbaijani side');
    const latest = page.locator('.latest-incidents > li a');
    await latest.nth(9).waitFor();
    expect(await latest.count()).toBe(10);
    expect(await latest.first().getAttribute('href')).toMatch(/^\/incidents\/2024-/);
    await page.locator('.overview-map [data-ready="true"]').waitFor();
    await screenshot(page, 'overview');

    // Killed: best estimates with their ranges; the figures also as a table.
    await page.getByRole('button', { name: 'Killed', exact: true }).click();
    await page.locator('.overview-chart svg g.bars rect').first().waitFor();
    await page.getByText('The figures as a table').click();
    // The table is drawn when the details open: wait for its rows before counting them.
    await page.locator('.chart-table tbody tr').nth(5).waitFor();

    // One year: the URL says so and the counts follow.
    await page.getByLabel('A year').selectOption('2020');
    await page.waitForURL(/from=2020&to=2020/);
    await page.locator('.overview-chart [data-ready="true"]').waitFor();
    await page.getByRole('heading', { name: 'In 2020' }).waitFor();
    const count = async () => Number((await page.locator('.figures-row .card').first().locator('.big').textContent())!.replace(/,/g, ''));
    await expect.poll(count).toBeLessThan(incidents);
    expect(await count()).toBeGreaterThan(0);
    await page.locator('.overview-chart [data-ready="true"] svg').waitFor();
    await page.locator('.overview-map [data-ready="true"]').waitFor();
    await screenshot(page, 'overview-2020');
    expect(errors).toEqual([]);
  });

  it('filters the timeline through the form, keeping the filters in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/timeline`);
    await Promise.all([listShown(page), histogramShown(page)]);
    const everything = await rowTitles(page);
    expect(everything.length).toBe(50);
    await screenshot(page, 'timeline');

    await page.getByRole('checkbox', { name: 'Armenian' }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/side=AM/);
    // Every row shown involves the Armenian side once the new list is in.
    await expect.poll(async () => (await page.locator('.incident-list[data-ready="true"] > li .sides').allTextContents()).every((b) => b.includes('AM')) && (await rowTitles(page)).join() !== everything.join()).toBe(true);
    expect(await page.locator('.incident-list > li').count()).toBeGreaterThan(0);

    await page.getByLabel('Words').fill('ceasefire');
    await page.getByLabel('From', { exact: true }).fill('2020');
    await page.getByLabel('To', { exact: true }).fill('2020');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=ceasefire/);
    expect(Object.fromEntries(params(page))).toMatchObject({ side: 'AM', q: 'ceasefire', from: '2020', to: '2020' });
    await expect.poll(async () => (await rowTitles(page)).length).toBeLessThan(20);
    await listShown(page);
    const narrowed = await rowTitles(page);
    expect(narrowed.length).toBeGreaterThan(0);
    // The chart counts what the list lists (less any incident that began before 2020 and runs into it).
    await histogramShown(page);
    const charted = () => page.locator('.histogram-figure svg g.bars rect').evaluateAll((rs) => rs.reduce((n, r) => n + Number((r.querySelector('title')?.textContent ?? '').match(/: (\d+) incident/)?.[1] ?? 0), 0));
    await expect.poll(charted).toBeLessThanOrEqual(narrowed.length);
    expect(await charted()).toBeGreaterThan(0);
    for (const when of await page.locator('.incident-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))) expect(when! <= '2020-12-31').toBe(true);
    await screenshot(page, 'timeline-filtered');

    // The URL alone gives the same view.
    const again = await browser.newPage();
    await again.goto(page.url());
    await listShown(again);
    expect(await rowTitles(again)).toEqual(narrowed);
    await again.close();
    expect(errors).toEqual([]);
  });

  it('zooms the histogram from the whole record down to days, and back out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/timeline`);
    await histogramShown(page);
    expect(await page.locator('.view-label').textContent()).toContain('bars per year');

    // Clicking the tallest bar opens its year.
    const bars = page.locator('.histogram-figure svg g.bars rect');
    const heights = await bars.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))));
    await bars.nth(heights.indexOf(Math.max(...heights))).click();
    await page.waitForURL(/from=\d{4}&to=\d{4}/);
    await page.locator('.view-label', { hasText: 'bars per week' }).waitFor();
    await histogramShown(page);
    const year = params(page).get('from');
    expect(params(page).get('to')).toBe(year);
    await listShown(page);
    await screenshot(page, 'timeline-zoomed');

    // The keyboard: the last bar of the year, then its days.
    await page.locator('.histogram-area').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => (url.searchParams.get('from') ?? '').length === 10);
    await page.locator('.view-label', { hasText: 'bars per day' }).waitFor();
    await histogramShown(page);

    // Dragging across part of the chart picks that span.
    const box = (await page.locator('.histogram-figure svg').boundingBox())!;
    const before = page.url();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL((url) => url.toString() !== before);

    // Zooming out ends at the whole record, with no period in the URL.
    for (let i = 0; i < 12 && params(page).has('from'); i++) {
      const url = page.url();
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForURL((u) => u.toString() !== url);
    }
    expect(params(page).has('from')).toBe(false);
    await histogramShown(page);
    expect(errors).toEqual([]);
  });

  it('reads on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/timeline?from=2020-09&to=2020-11`);
    await Promise.all([listShown(page), histogramShown(page)]);
    await screenshot(page, 'timeline-phone');
    await page.goto(server.url);
    await page.locator('.overview-chart [data-ready="true"] svg').waitFor();
    await screenshot(page, 'overview-phone');
    expect(errors).toEqual([]);
  });
});

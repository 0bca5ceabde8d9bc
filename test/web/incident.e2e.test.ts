import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../api-fixtures.js';
import { HAVE_CHROMIUM, freshPages, launchBrowser, screenshot, startWebServer } from './web-harness.js';

/** A made-up report, written for this test: each ministry's version of one shelling. */
const SHELLING_REPORT =
  'Shelling near Sotk\n\nYEREVAN, 3 March 2024. The Ministry of Defence of Armenia said on Sunday that Azerbaijani forces shelled positions near the village of Sotk, killing two Armenian soldiers and wounding three others.\n\n' +
  'The Ministry of Defence of Azerbaijan denied the report, saying its units had not opened fire and accusing Armenian troops of provocation near Kalbajar.';

const TOVUZ = '2020-07-12-tovuz-tavush-clashes';

describe.skipIf(!HAVE_CHROMIUM)('the incident page', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  const pages = freshPages(() => browser);
  const freshPage = pages.open;
  let sotk: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    const ingested = await server.call('POST', '/api/v1/documents', { as: 'analyst', body: { text: SHELLING_REPORT, published: '2024-03-04', publisher: 'Example Wire' } });
    expect(ingested.status).toBe(201);
    const claims = await server.call('GET', `/api/v1/claims?document=${ingested.body.document_id}`, { as: 'viewer' });
    sotk = claims.body.items.find((c: { claimant: { id: string } }) => c.claimant.id === 'am-mod').incident_id;
  }, 120_000);
  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.close();
  });

  const group = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

  it("shows the July 2020 clashes with each side's accounts in its own column, the figures and who gives them", async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/incidents/${TOVUZ}`);
    await page.getByRole('heading', { level: 1, name: /Border clashes between Tovuz and Tavush/ }).waitFor();
    await expect(group(page, 'Armenian sources').getByRole('heading', { name: /Ministry of Defence of Armenia/ }).count()).resolves.toBe(1);
    await expect(group(page, 'Azerbaijani sources').getByRole('heading', { name: /Hikmet Hajiyev/ }).count()).resolves.toBe(1);
    // Both ministries: Armenia's defence ministry and Azerbaijan's foreign ministry, each under its side.
    await expect(group(page, 'Azerbaijani sources').getByRole('heading', { name: /Ministry of Foreign Affairs of Azerbaijan/ }).count()).resolves.toBe(1);
    await expect(group(page, 'Armenian sources').getByText('Ministry of Foreign Affairs of Azerbaijan').count()).resolves.toBe(0);
    await expect(group(page, 'Azerbaijani sources').getByText('Ministry of Defence of Armenia').count()).resolves.toBe(0);
    // Columns on a laptop: the two sides' groups sit next to each other.
    const [am, az] = [await group(page, 'Armenian sources').boundingBox(), await group(page, 'Azerbaijani sources').boundingBox()];
    expect(Math.abs(am!.y - az!.y)).toBeLessThan(5);
    expect(az!.x).toBeGreaterThan(am!.x + 100);
    // Responsibility is disputed, and said so.
    await page.getByText('Responsibility is').getByText('disputed').waitFor();
    // Each figure opens onto the claims behind it, which link to the claim in the accounts.
    const table = page.getByRole('table');
    await table.getByText('1 claim').first().click();
    const source = table.getByRole('link', { name: /Author of the ISP working paper/ }).first();
    expect(await source.getAttribute('href')).toMatch(/^#claim-/);
    // The document of each claim opens in the reader.
    expect(await page.getByRole('link', { name: /The July 2020 Clashes/ }).first().getAttribute('href')).toBe('/documents/isp-2020-07-clashes');
    await page.getByText('The history of changes is visible to reviewers').waitFor();
    await screenshot(page, 'incident');
    expect(errors).toEqual([]);
  });

  it("stacks the sides on a phone, and shows both ministries' versions of an ingested report", async () => {
    const { page, errors } = await freshPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/incidents/${encodeURIComponent(sotk)}`);
    await group(page, 'Armenian sources').getByRole('heading', { name: /Ministry of Defence of Armenia/ }).waitFor();
    await group(page, 'Azerbaijani sources').getByRole('heading', { name: /Ministry of Defence of Azerbaijan/ }).waitFor();
    const [am, az] = [await group(page, 'Armenian sources').boundingBox(), await group(page, 'Azerbaijani sources').boundingBox()];
    expect(az!.y).toBeGreaterThan(am!.y + am!.height - 5);
    await page.getByRole('note').getByText('Disputed:').waitFor();
    // The casualty figures fit the phone's width: each is a small card, nothing to scroll sideways.
    const table = page.locator('.casualty-table').locator('..');
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.locator('.casualty-table td[data-label="Best"]').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'incident-phone');
    expect(errors).toEqual([]);
  });

  it('lets a reviewer dispute a claim, edit the incident, read its history, and says why an edit is refused', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(`/incidents/${sotk}`)}`);
    await page.getByLabel('Name').fill('reviewer');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Review this incident' }).waitFor();

    const azClaim = group(page, 'Azerbaijani sources').getByRole('article').first();
    await azClaim.getByRole('button', { name: /^Dispute/ }).click();
    await azClaim.getByText('disputed by a reviewer').waitFor();
    const claimId = (await server.call('GET', `/api/v1/claims?incident=${encodeURIComponent(sotk)}&claimant=az-mod`, { as: 'viewer' })).body.items[0];
    expect(claimId.status).toBe('disputed');

    // A date the API cannot read: its message, naming the field, is shown and nothing changes.
    await page.getByRole('button', { name: /Edit title, summary/ }).click();
    await page.getByLabel('Date').fill('2024-13');
    await page.getByRole('button', { name: 'Save the edit' }).click();
    await page.getByRole('alert').filter({ hasText: '(date)' }).waitFor();
    await page.getByLabel('Date').fill('2024-03-03');
    await page.getByLabel('Title').fill('Shelling near Sotk, as each ministry tells it');
    await page.getByRole('button', { name: 'Save the edit' }).click();
    await page.getByRole('heading', { level: 1, name: /as each ministry tells it/ }).waitFor();
    expect((await server.call('GET', `/api/v1/incidents/${encodeURIComponent(sotk)}`, { as: 'viewer' })).body.title).toBe('Shelling near Sotk, as each ministry tells it');

    await page.getByRole('region', { name: 'History' }).getByText('disputed a claim').waitFor();
    await page.getByRole('region', { name: 'History' }).getByText('edited the incident').waitFor();
    await page.getByLabel('Add a note').fill('The two ministries disagree on who fired first.');
    await page.getByRole('button', { name: 'Add note' }).click();
    // The list item, not the text box: the box may still hold the words while the list refreshes.
    await page.getByRole('region', { name: 'Notes' }).getByRole('listitem').filter({ hasText: 'who fired first' }).waitFor();
    await screenshot(page, 'incident-reviewer');
    // The refused edit answered 422, which is what it was for; nothing else may fail.
    expect(errors.filter((e) => !/^422 from PATCH/.test(e))).toEqual([]);
  });

  it('lets a reviewer merge an incident of the same day into this one, then split it off again', async () => {
    // Another report of that day, for the merge to find.
    const other = await server.call('POST', '/api/v1/documents', {
      as: 'analyst',
      body: { text: 'Gunfire near Tegh\n\nA border guard was wounded near Tegh on 3 March 2024 when shots were fired from across the border, local officials said.', published: '2024-03-04', publisher: 'Border Monitor' },
    });
    expect(other.status).toBe(201);
    const { page, errors } = await freshPage();
    await page.request.post(`${server.url}/api/v1/session`, { data: { name: 'reviewer', password: PASSWORD } });
    const reports = async () => (await server.call('GET', `/api/v1/incidents/${encodeURIComponent(sotk)}`, { as: 'viewer' })).body.reports as string[];
    expect(await reports()).toHaveLength(1);
    await page.goto(`${server.url}/incidents/${encodeURIComponent(sotk)}?tool=merge`);
    await page.getByRole('button', { name: 'Find incidents' }).click();
    const found = page.getByRole('list', { name: 'Incidents found' });
    await found.getByRole('checkbox', { disabled: false }).first().check();
    await page.getByRole('button', { name: /^Merge 1 into this incident/ }).click();
    await page.getByRole('status').filter({ hasText: 'Merged.' }).waitFor();
    expect(await reports()).toHaveLength(2);

    await page.getByRole('button', { name: 'Split reports off' }).click();
    const listed = page.getByRole('list', { name: 'Reports in this incident' });
    await listed.getByRole('checkbox').first().waitFor();
    expect(await listed.getByRole('checkbox').count()).toBe(2);
    await listed.getByRole('checkbox').nth(1).check();
    await screenshot(page, 'incident-split');
    await page.getByRole('button', { name: 'Split the chosen reports off' }).click();
    await page.getByRole('link', { name: 'a new incident' }).waitFor();
    expect(await reports()).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../api-fixtures.js';
import { HAVE_CHROMIUM, freshPages, launchBrowser, screenshot, startWebServer } from './web-harness.js';

/** A made-up report of a clash, written for this test (no sentence of a real article). */
const CLASH_REPORT =
  'On 3 March 2021 the Defence Ministry of Azerbaijan said two soldiers were wounded by Armenian fire near Tovuz. ' +
  'The Ministry of Defence of Armenia denied that its units had opened fire and called the statement a provocation.';

describe.skipIf(!HAVE_CHROMIUM)('peace process, places, actors, sign-in, settings and adding a document', () => {
  let server: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  const pages = freshPages(() => browser);
  const freshPage = pages.open;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  }, 120_000); // building the app takes longer on a busy machine
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(page: Page, name: string, password = PASSWORD) {
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs in through the form, says a wrong password in the API words, and goes back where the reader came from', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/sign-in?next=/peace`);
    await signIn(page, 'reviewer', 'not the password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('the name or the password is wrong');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await screenshot(page, 'sign-in-wrong-password');

    await signIn(page, 'reviewer');
    await page.waitForURL(`${server.url}/peace`);
    await expect.poll(() => page.locator('.site-header .who').textContent()).toContain('reviewer');
    // Let the peace page finish reading before leaving it (leaving aborts its requests).
    for (const part of ['#agreements .peace-card', '#preconditions .peace-card', '#meetings .peace-card']) await page.locator(part).first().waitFor();

    // Signed in, the page says who, with a way out.
    await page.goto(`${server.url}/sign-in`);
    await page.getByText('You are signed in as').waitFor();
    await screenshot(page, 'sign-in-signed-in');
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows agreements with provisions, preconditions by who demands of whom, and meetings on a timeline, with sources', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/peace`);
    const agreements = page.locator('#agreements .peace-card');
    await agreements.first().waitFor();
    expect(await agreements.count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('#agreements').textContent()).toContain('Minsk Conference');
    expect(await page.locator('#agreements .provisions li').count()).toBeGreaterThan(0);

    const groups = page.locator('#preconditions .precondition-group h3');
    await groups.first().waitFor();
    expect(await groups.allTextContents()).toContainEqual(expect.stringMatching(/Azerbaijan\s*→\s*demands of\s*Armenia/));

    const meetings = page.locator('#meetings .meeting-timeline > li');
    await meetings.first().waitFor();
    expect(await meetings.count()).toBeGreaterThan(3);
    const days = await page.locator('#meetings .meeting-date').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(days).toEqual([...days].sort());

    // Every step answers "says who?": its sources open to the claimant and the document.
    const sources = page.locator('#meetings .claim-sources').first();
    await sources.locator('summary').click();
    expect(await sources.locator('a[href^="/documents/"]').count()).toBeGreaterThan(0);

    // In-page links reach each section; the period narrows all three.
    await page.getByRole('link', { name: /^Meetings/ }).click();
    expect(page.url()).toMatch(/#meetings$/);
    await screenshot(page, 'peace');
    await page.getByLabel('From').fill('2024');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/from=2024/);
    await expect.poll(() => meetings.count()).toBeLessThan(days.length);
    expect(errors).toEqual([]);
  });

  it('finds Stepanakert by "Khankendi", and the place-name convention changes the name shown', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/places`);
    await page.getByLabel('Find a place by any of its names').fill('Khankendi');
    await page.waitForURL(/q=Khankendi/);
    const card = page.locator('.reference-card').filter({ hasText: 'Azerbaijani convention' }).first();
    await expect.poll(() => card.locator('h2').textContent()).toBe('Stepanakert');
    expect(await card.textContent()).toContain('Khankendi');
    expect(await card.getByRole('link', { name: /on the timeline/ }).getAttribute('href')).toBe('/timeline?place=stepanakert');

    await page.getByRole('radio', { name: 'Azerbaijani convention' }).check();
    await expect.poll(() => card.locator('h2').textContent()).toBe('Khankendi');
    // The other names stay visible.
    expect(await card.textContent()).toContain('Stepanakert');
    await page.getByRole('radio', { name: 'Both conventions' }).check();
    await expect.poll(() => card.locator('h2').textContent()).toBe('Stepanakert / Khankendi');
    await screenshot(page, 'places');

    // The choice is the reader's everywhere: the settings page shows it and keeps it.
    await page.goto(`${server.url}/settings`);
    expect(await page.getByRole('radio', { name: 'Both conventions' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Armenian convention' }).check();
    await page.goto(`${server.url}/places?q=Khankendi`);
    await expect.poll(() => page.locator('.reference-card h2').first().textContent()).toBe('Stepanakert');
    expect(errors).toEqual([]);
  });

  it('finds actors by an alias, with side, kind and a link to their incidents', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/actors?q=Armenian%20MoD`);
    const card = page.locator('.reference-card').first();
    await expect.poll(() => card.locator('h2').textContent()).toBe('Ministry of Defence of Armenia');
    expect(await card.textContent()).toContain('Armenian side');
    expect(await card.getByRole('link', { name: /on the timeline/ }).getAttribute('href')).toBe('/timeline?actor=am-mod');
    await screenshot(page, 'actors');
    expect(errors).toEqual([]);
  });

  it('lets an admin choose whether reads are public and create an API token shown once', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/sign-in?next=/settings`);
    await signIn(page, 'admin');
    await page.waitForURL(`${server.url}/settings`);
    expect(await page.getByRole('radio', { name: /^Public/ }).isChecked()).toBe(true);
    await page.getByLabel('What the new token is for').fill('export script');
    await page.getByRole('button', { name: 'Create a token' }).click();
    await expect.poll(() => page.locator('.token-secret code').textContent()).toMatch(/^trc_/);
    await page.getByRole('row', { name: /export script/ }).waitFor();
    await screenshot(page, 'settings');
    expect(errors).toEqual([]);
  });

  it('tells a reader who is not an analyst to sign in as one', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/ingest`);
    await page.getByRole('link', { name: 'sign in as an analyst' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('adds a pasted report as an analyst, then follows it to its incident', async () => {
    const { page, errors } = await freshPage();
    await page.goto(`${server.url}/sign-in?next=/ingest`);
    await signIn(page, 'analyst');
    await page.waitForURL(`${server.url}/ingest`);
    await page.getByRole('radio', { name: 'Pasted text' }).check();
    await page.getByLabel('The text of the document').fill(CLASH_REPORT);
    await page.getByLabel('Title').fill('Two soldiers wounded near Tovuz, ministry says');
    await page.getByLabel('Publisher').fill('Example Wire');
    await page.getByLabel('Published on').fill('2021-03-03');
    await page.getByRole('button', { name: 'Add the document' }).click();
    await page.getByRole('heading', { name: 'Document added' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: 'Two soldiers wounded near Tovuz, ministry says' }).getAttribute('href')).toMatch(/^\/documents\/doc-/);
    const incident = page.locator('.ingest-result a[href^="/incidents/"]').first();
    await incident.waitFor();
    await screenshot(page, 'ingest-result');

    const title = (await incident.textContent())!;
    await incident.click();
    await page.waitForURL(/\/incidents\//);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(title);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Tovuz');
    await screenshot(page, 'ingest-incident');
    expect(errors).toEqual([]);

    // The same text again is recognised, not stored twice.
    await page.goBack();
    await page.getByRole('radio', { name: 'Pasted text' }).check();
    await page.getByLabel('The text of the document').fill(CLASH_REPORT);
    await page.getByRole('button', { name: 'Add the document' }).click();
    await page.getByRole('heading', { name: 'Already in the record' }).waitFor();
  });

  it('names the field the API refuses', async () => {
    const { page } = await freshPage();
    await page.goto(`${server.url}/sign-in?next=/ingest`);
    await signIn(page, 'analyst');
    await page.waitForURL(`${server.url}/ingest`);
    // Private addresses are allowed on the test server, so an address nobody answers at fails to load.
    await page.getByLabel(/Web address/).fill('http://127.0.0.1:9/nothing-here');
    await page.getByRole('button', { name: 'Add the document' }).click();
    await page.locator('.ingest-error [role=alert]').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel(/Web address/).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'ingest-error');
  });
});

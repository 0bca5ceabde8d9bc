import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { prepareBenchDatabase, startBenchServer } from './bench-server.js';

// The web app at scale: `npm run bench:web` (it builds the app first).
// Generates a record of BENCH_WEB_INCIDENTS incidents (default 100,000; BENCH_WEB_DB=path keeps
// the file and reuses it), starts `truce serve` on it, and opens the overview, the timeline and
// the map in headless chromium, each in a fresh browser context (nothing cached, as a first
// visit), BENCH_WEB_RUNS times (default 5), after one visit of each page that is reported apart
// (first_visit_ms: the server has just started and its caches are filling); then as a
// returning reader whose browser has the app's files cached (returning_ms). A page counts as
// interactive when everything it marks with data-ready has turned "true" (its charts, lists and map drawn from the API's
// answers) and the browser then paints a frame. The same is timed for the API's trivial
// /health in the same run, as the baseline for this machine's load at the time.
// Progress goes to stderr; the last line of stdout is one JSON object with the figures.

const INCIDENTS = Number(process.env.BENCH_WEB_INCIDENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (line: string) => process.stderr.write(`${line}\n`);
const SETTLE_MS = 1000;

/** The pages the issue names, and how many data-ready marks each shows when drawn. */
const PAGES = [
  { name: 'overview', path: '/', marks: 2 },
  { name: 'timeline', path: '/timeline', marks: 2 },
  { name: 'map', path: '/map', marks: 1 },
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation until `marks` data-ready marks are "true", none "false", and a frame is painted. */
async function timeToInteractive(browser: Browser, url: string, marks: number, returning?: BrowserContext): Promise<number> {
  const context = returning ?? (await browser.newContext({ viewport: { width: 1366, height: 850 } }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    if (marks > 0) {
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-ready="true"]').length >= n && !document.querySelector('[data-ready="false"]'),
        marks,
        { timeout: 60_000, polling: 'raf' },
      );
    } else {
      await page.waitForLoadState('load');
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const ms = performance.now() - started;
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return ms;
  } finally {
    await (returning ? page.close() : context.close());
    // The browser tears a closed page's renderer down in the background: on two cores that
    // would land in the next measurement, so each one starts on a settled machine.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
if (!existsSync('dist/web/index.html')) throw new Error('the web app is not built: run npm run build:web (npm run bench:web does)');
const { path, cleanup } = await prepareBenchDatabase(INCIDENTS, process.env.BENCH_WEB_DB, 'truce-bench-web-');
const server = await startBenchServer(path);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  log(`server at ${server.url}; ${RUNS} runs a page, each in a fresh browser context`);
  const first: Record<string, number> = {};
  for (const p of PAGES) first[p.name] = Math.round(await timeToInteractive(browser, server.url + p.path, p.marks));
  log(`first visits, as the server fills its caches (ms): ${JSON.stringify(first)}`);
  const times: Record<string, number[]> = { baseline: [] };
  for (let run = 0; run < RUNS; run++) {
    times.baseline.push(await timeToInteractive(browser, `${server.url}/api/v1/health`, 0));
    for (const p of PAGES) {
      const ms = await timeToInteractive(browser, server.url + p.path, p.marks);
      (times[p.name] ??= []).push(ms);
      log(`run ${run + 1}: ${p.name.padEnd(8)} ${Math.round(ms)} ms`);
    }
  }
  // A returning reader: the same browser profile, so the app's files come from its cache.
  const profile = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  const returning: Record<string, number[]> = {};
  for (const p of PAGES) await timeToInteractive(browser, server.url + p.path, p.marks, profile);
  for (let run = 0; run < RUNS; run++) for (const p of PAGES) (returning[p.name] ??= []).push(await timeToInteractive(browser, server.url + p.path, p.marks, profile));
  await profile.close();
  const figure = (name: string) => Math.round(median(times[name]));
  console.log('page       median ms   runs (ms)');
  for (const name of Object.keys(times)) console.log(`${name.padEnd(10)} ${String(figure(name)).padStart(9)}   ${times[name].map(Math.round).join(', ')}`);
  console.log(`returning reader (files cached), median ms: ${PAGES.map((p) => `${p.name} ${Math.round(median(returning[p.name]))}`).join(', ')}`);
  console.log('target: overview, timeline and map interactive within 2000 ms with 100,000 incidents');
  console.log(
    JSON.stringify({ bench: 'web', incidents: INCIDENTS, overview_ms: figure('overview'), timeline_ms: figure('timeline'), map_ms: figure('map'), baseline_ms: figure('baseline'), first_visit_ms: first, returning_ms: Object.fromEntries(PAGES.map((p) => [p.name, Math.round(median(returning[p.name]))])), runs: RUNS }),
  );
} finally {
  await browser.close();
  await server.stop();
  cleanup();
}

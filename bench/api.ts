import autocannon, { type Result } from 'autocannon';
import { benchIncidentId } from './api-record.js';
import { prepareBenchDatabase, startBenchServer } from './bench-server.js';

// The HTTP API under load: `npm run bench:api`.
// Generates a record of BENCH_API_INCIDENTS incidents (default 1,000,000) into a fresh SQLite
// file (see api-record.ts), starts `truce serve` on it as a child process, and drives it over
// loopback from this process with autocannon, 50 connections, BENCH_API_SECONDS (10) a route:
// a trivial route first as the baseline, then filtered lists, incident detail, monthly
// statistics, and lists filtered by words (reported apart as `search`). This machine is
// shared, so each route is reported beside the baseline measured in the same run.
// BENCH_API_DB=path keeps the generated file there and reuses it next time.
// Progress goes to stderr; the last line of stdout is one JSON object with the figures.

const INCIDENTS = Number(process.env.BENCH_API_INCIDENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 50;
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

/** Filtered lists as a client would ask for them: each request takes the next of these. */
const LIST_URLS = [
  '/api/v1/incidents?type=Battles&from=2020-09-27&to=2020-11-10',
  '/api/v1/incidents?type=Shelling/artillery/missile%20attack&from=2023-09',
  '/api/v1/incidents?place=Tovuz',
  '/api/v1/incidents?place=Tavush',
  '/api/v1/incidents?side=AZ&from=2022-09-13',
  '/api/v1/incidents?side=AM&from=2018&to=2018-06',
  '/api/v1/incidents?type=Armed%20clash&sort=-date',
];

/**
 * Lists filtered by words, apart: a word matches every incident it is in before dates can
 * narrow them (tens of thousands for a town's name), so mixed in they would hide the rest.
 */
const SEARCH_URLS = ['/api/v1/incidents?q=Tovuz&from=2024', '/api/v1/incidents?q=Chinari&type=Battles', '/api/v1/incidents?q=shelling%20Tavush'];

/** Drives one route for SECONDS with CONNECTIONS connections; `next` gives each request's path. */
function drive(url: string, next: () => string): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: next() }) }],
  });
}

/** Filtered lists that are each asked once: a side and a different day every time. */
function uncachedList(): () => string {
  let day = 0;
  return () => {
    day += 1;
    const from = new Date(Date.UTC(2016, 0, 1) + (day % 3650) * 86_400_000).toISOString().slice(0, 10);
    return `/api/v1/incidents?side=${day % 2 ? 'AM' : 'AZ'}&from=${from}&limit=${20 + (Math.floor(day / 3650) % 30)}`;
  };
}

const cycle = (paths: string[]) => {
  let i = 0;
  return () => paths[i++ % paths.length];
};

const { path, cleanup } = await prepareBenchDatabase(INCIDENTS, process.env.BENCH_API_DB, 'truce-bench-api-');
const { url, stop } = await startBenchServer(path);
try {
  log(`server at ${url}`);
  let seed = 7;
  const randomId = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return `/api/v1/incidents/${benchIncidentId(seed % INCIDENTS)}`;
  };
  const routes: [name: string, next: () => string][] = [
    ['baseline', () => '/api/v1/health'],
    ['list', cycle(LIST_URLS)],
    ['detail', randomId],
    ['stats', () => '/api/v1/stats?interval=month&by=side'],
    ['search', cycle(SEARCH_URLS)],
    // Public reads are answered from memory until the next write, so the lists above (asked
    // again and again, as a dashboard does) mostly come from there. Lists never asked
    // before, each on another day, show what computing one costs: reported apart, as
    // list_uncached, beside the figures.
    ['list_uncached', uncachedList()],
  ];
  // One request each first: a wrong URL should fail here, not as 50 connections of errors.
  // The first statistics request aggregates the whole record (later ones are answered from
  // memory until a write), so its time is reported on its own.
  const cold: Record<string, number> = {};
  for (const [name, next] of routes) {
    const started = performance.now();
    const res = await fetch(url + next());
    if (res.status !== 200) throw new Error(`${name}: ${next()} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    cold[name] = round(performance.now() - started);
  }
  log(`first request of each, alone (ms): ${JSON.stringify(cold)}`);
  // Each list alone, so a slow filter shows by name rather than only in the mix.
  for (const path of [...LIST_URLS, ...SEARCH_URLS]) {
    const started = performance.now();
    await (await fetch(url + path)).arrayBuffer();
    log(`  ${round(performance.now() - started).toString().padStart(7)} ms  ${path}`);
  }
  const results = new Map<string, Result>();
  for (const [name, next] of routes) {
    log(`driving ${name} for ${SECONDS} s with ${CONNECTIONS} connections`);
    results.set(name, await drive(url, next));
    // Requests still queued in the server when a run stops must not land in the next one's figures.
    for (let quick = false; !quick; ) {
      const started = performance.now();
      await (await fetch(`${url}/api/v1/health`)).arrayBuffer();
      quick = performance.now() - started < 20;
      if (!quick) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const baseline = results.get('baseline')!.requests.average;
  let errors = 0;
  const figures: Record<string, { rps: number; p50_ms: number; p99_ms: number; ratio: number }> = {};
  console.log('route      requests/s   p50 ms   p99 ms   ratio   errors (failed/timed out/not 2xx)');
  for (const [name, r] of results) {
    const bad = r.errors + r.timeouts + r.non2xx;
    errors += bad;
    const ratio = r.requests.average / baseline;
    console.log(`${name.padEnd(10)} ${String(round(r.requests.average)).padStart(10)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(round(ratio, 3)).padStart(7)} ${String(bad).padStart(8)} (${r.errors}/${r.timeouts}/${r.non2xx})`);
    if (name !== 'baseline') figures[name] = { rps: round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, ratio: round(ratio, 3) };
  }
  console.log(`first statistics request, before any answer is cached: ${cold.stats} ms`);
  console.log('targets: p99 < 50 ms for list and detail, < 200 ms for stats, no errors');
  console.log(JSON.stringify({ bench: 'api', incidents: INCIDENTS, baseline_rps: round(baseline), routes: figures, errors }));
} finally {
  await stop();
  cleanup();
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Reconciliation (groupReports + mergeCluster) on 100,000 and 1,000,000 synthetic claims whose
// true grouping is known:  npm run bench:reconcile
// Each size runs in a child process of its own, so each peak RSS is that size's alone. Data
// generation is not timed. Progress on stderr; the last line of stdout is one JSON object.
// BENCH_RECONCILE_SIZES (comma-separated) changes the sizes for a quick run.

const sizes = (process.env.BENCH_RECONCILE_SIZES ?? '100000,1000000').split(',').map(Number);
const child = fileURLToPath(new URL('./reconcile-run.ts', import.meta.url));
type Run = { claims: number; seconds: number; peak_rss_mb: number; pair_precision: number; pair_recall: number };

const runs: Run[] = [];
for (const size of sizes) {
  const out = spawnSync(process.execPath, [...process.execArgv, child, String(size)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) {
    process.stderr.write(`reconcile bench: the ${size} run failed (exit ${out.status ?? out.signal})\n`);
    process.exit(1);
  }
  runs.push(JSON.parse(out.stdout.trim().split('\n').pop()!) as Run);
}
const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const last = runs[runs.length - 1];
const first = runs[0];
console.log(
  JSON.stringify({
    bench: 'reconcile',
    claims: runs.map((r) => r.claims),
    seconds: runs.map((r) => round(r.seconds, 2)),
    peak_rss_mb: runs.map((r) => Math.round(r.peak_rss_mb)),
    // Time per claim at the largest size over time per claim at the smallest, times the size ratio: 10 is linear.
    growth: round(last.seconds / first.seconds, 2),
    pair_precision: round(Math.min(...runs.map((r) => r.pair_precision)), 4),
    pair_recall: round(Math.min(...runs.map((r) => r.pair_recall)), 4),
  }),
);

import { groupReports, mergeCluster } from '../src/pipeline/reconcile/index.js';
import { benchReports } from './reconcile-data.js';
import { pairScores } from './reconcile-quality.js';

// One size of bench:reconcile, in a process of its own so its peak memory is its own:
//   node --expose-gc --max-old-space-size=4096 --import tsx bench/reconcile-run.ts 100000
// Progress on stderr; the last line of stdout is the figures as JSON.

const log = (line: string) => process.stderr.write(`${line}\n`);
const size = Number(process.argv[2] ?? 100_000);
const collect = () => (globalThis as { gc?: () => void }).gc?.();

let t0 = performance.now();
const data = benchReports(size);
log(`${size}: generated ${data.reports.length} reports (${data.claims} claims, ${data.incidents} true incidents) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
collect();

const sideOf = (actor: string) => (actor.startsWith('a') ? actor.split('-')[0].toUpperCase() : actor.startsWith('b') ? actor.split('-')[0].toUpperCase() : 'third');
t0 = performance.now();
const clusters = groupReports(data.reports);
const grouped = (performance.now() - t0) / 1000;
log(`${size}: grouped into ${clusters.length} incidents in ${grouped.toFixed(1)} s`);
// One id-to-position map serves merging and scoring; the grouping's garbage is collected
// first, as after generation, so the peak is what the phases need rather than their sum.
const index = new Map(data.reports.map((r, i) => [r.id, i]));
collect();
let merged = 0;
let disputed = 0;
for (const c of clusters) {
  const incident = mergeCluster(c.report_ids.map((id) => data.reports[index.get(id)!]), { id: c.id, sideOf });
  merged++;
  if (incident.responsibility.status === 'disputed') disputed++;
}
const seconds = (performance.now() - t0) / 1000;
log(`${size}: merged ${merged} incidents (${disputed} disputed) in ${(seconds - grouped).toFixed(1)} s; ${seconds.toFixed(1)} s in all`);

const predicted = new Int32Array(data.reports.length);
clusters.forEach((c, k) => {
  for (const id of c.report_ids) predicted[index.get(id)!] = k;
});
const { precision, recall } = pairScores(data.truth, predicted);
const peak = process.resourceUsage().maxRSS / 1024;
log(`${size}: pair precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, peak RSS ${peak.toFixed(0)} MB`);
process.stdout.write(
  `${JSON.stringify({ claims: data.claims, reports: data.reports.length, incidents: clusters.length, true_incidents: data.incidents, seconds, peak_rss_mb: peak, pair_precision: precision, pair_recall: recall })}\n`,
);

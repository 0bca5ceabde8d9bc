import { groupReports } from '../src/pipeline/reconcile/index.js';
import { benchReports } from './reconcile-data.js';
import { pairScores } from './reconcile-quality.js';

// Grouping quality alone on several seeds, for judging a rule change (a change is kept only
// when it helps every seed):  npx tsx bench/reconcile-seeds.ts [claims=100000] [seeds=1,2] [fresh]
// ("fresh": every document's count drawn afresh, the generator before counts were claimants' statements.)
const size = Number(process.argv[2] ?? 100_000);
const seeds = (process.argv[3] ?? '1,2').split(',').map(Number);
const freshCounts = process.argv[4] === 'fresh';
for (const seed of seeds) {
  const data = benchReports(size, seed, { freshCounts });
  const t0 = process.cpuUsage();
  const clusters = groupReports(data.reports);
  const cpu = process.cpuUsage(t0);
  const index = new Map(data.reports.map((r, i) => [r.id, i]));
  const predicted = new Int32Array(data.reports.length);
  clusters.forEach((c, k) => c.report_ids.forEach((id) => (predicted[index.get(id)!] = k)));
  const { precision, recall } = pairScores(data.truth, predicted);
  console.log(JSON.stringify({ seed, ...(freshCounts ? { fresh_counts: true } : {}), claims: data.claims, incidents: clusters.length, cpu_seconds: Math.round((cpu.user + cpu.system) / 1e4) / 100, pair_precision: Math.round(precision * 1e4) / 1e4, pair_recall: Math.round(recall * 1e4) / 1e4 }));
}

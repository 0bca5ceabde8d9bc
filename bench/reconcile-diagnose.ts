import { groupReports, type Report } from '../src/pipeline/reconcile/index.js';
import { dayNumber } from '../src/pipeline/reconcile/day-number.js';
import { prepareReport } from '../src/pipeline/reconcile/prepared-report.js';
import { benchReports, type IncidentFact } from './reconcile-data.js';
import { pairScores } from './reconcile-quality.js';

// Where bench:reconcile's grouping misses, and how much of that no rule could get right:
//   npx tsx bench/reconcile-diagnose.ts [claims=100000] [seed=1] [fresh]
// ("fresh": every document's count drawn afresh, the generator before counts were claimants' statements.)
// 1. The grouping's precision and recall, and its wrong and missed pairs by the kind of the
//    coarser report of the pair (its tier, "/off" when dated a day off).
// 2. An oracle that knows every true incident (day, village, type, true count, whose dead)
//    and the generator's noise model, and places each report by likelihood. A report whose
//    best likelihood is shared by several incidents is inherently ambiguous ("tie"); one whose
//    best is not its own incident is inherently misleading. The oracle's own pair precision
//    and recall (ties left apart with their copies, or guessed) bound what rules can reach.

const size = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const data = benchReports(size, seed, { facts: true, freshCounts: process.argv[4] === 'fresh' });
const facts = data.facts!;
const { reports, truth } = data;
const EPOCH_DAY = dayNumber('2020-01-01');

const kinds = ['day exact', 'day district', 'day province', 'day country/none', 'days', 'month', 'background'];
const kindOf = reports.map((r, i) => {
  const p = prepareReport(r);
  const f = facts[truth[i]];
  const off = p.dayDated && !f.background && p.start - EPOCH_DAY !== f.day;
  return `${p.tier} ${kinds[p.tier]}${p.places.length === 0 ? ' (none)' : ''}${off ? ' /off' : ''}`;
});

// 1. The grouping.
let t0 = performance.now();
const clusters = groupReports(reports);
const index = new Map(reports.map((r, i) => [r.id, i]));
const predicted = new Int32Array(reports.length);
clusters.forEach((c, k) => c.report_ids.forEach((id) => (predicted[index.get(id)!] = k)));
const scores = pairScores(truth, predicted);
console.log(`grouping: ${reports.length} reports, ${clusters.length} incidents (${data.incidents} true) in ${((performance.now() - t0) / 1000).toFixed(1)} s; precision ${scores.precision.toFixed(4)}, recall ${scores.recall.toFixed(4)}`);

// The metric counts every report, copies too (a syndicated story is several records); over
// originals only (copies left out), for comparison:
const originals = reports.flatMap((r, i) => (r.copy_of ? [] : [i]));
const own = pairScores(originals.map((i) => truth[i]), originals.map((i) => predicted[i]));
console.log(`  over ${originals.length} originals only (copies left out): precision ${own.precision.toFixed(4)}, recall ${own.recall.toFixed(4)}`);

const members = (labels: ArrayLike<number>) => {
  const m = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const l = m.get(labels[i]);
    if (l) l.push(i);
    else m.set(labels[i], [i]);
  }
  return m;
};
const coarser = (i: number, j: number) => (kindOf[i] > kindOf[j] ? kindOf[i] : kindOf[j]);
const missed = new Map<string, number>();
const wrong = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const list of members(truth).values())
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) if (predicted[list[a]] !== predicted[list[b]]) bump(missed, coarser(list[a], list[b]));
for (const list of members(predicted).values())
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) if (truth[list[a]] !== truth[list[b]]) bump(wrong, coarser(list[a], list[b]));
const reportsOf = new Map<string, number>();
for (const k of kindOf) bump(reportsOf, k);
console.log('kind of the coarser report | reports | wrong pairs | missed pairs');
for (const k of [...new Set([...missed.keys(), ...wrong.keys(), ...reportsOf.keys()])].sort())
  console.log(`  ${k.padEnd(28)} ${String(reportsOf.get(k) ?? 0).padStart(7)} ${String(wrong.get(k) ?? 0).padStart(8)} ${String(missed.get(k) ?? 0).padStart(8)}`);

// 2. The oracle.
t0 = performance.now();
const byTheatreDay = new Map<string, number[]>();
facts.forEach((f, k) => {
  if (f.background) return;
  const key = `${f.theatre}@${f.day}`;
  const l = byTheatreDay.get(key);
  if (l) l.push(k);
  else byTheatreDay.set(key, [k]);
});
const killedOf = (r: Report) => {
  for (const c of r.claims) for (const f of c.casualties) return { ...f, claimant: c.claimant_id };
  return undefined;
};
// What the oracle knows of a claimant's count on an incident: only what another document of the
// incident says (a count known from the very report being placed would be a leak).
const quotedBy = new Map<string, Set<string>>();
reports.forEach((r, i) => {
  if (r.copy_of) return;
  for (const c of r.claims)
    if (c.casualties.length) {
      const key = `${truth[i]}|${c.claimant_id}`;
      const s = quotedBy.get(key);
      if (s) s.add(r.document_id);
      else quotedBy.set(key, new Set([r.document_id]));
    }
});
const knownElsewhere = (k: number, claimant: string, doc: string) => {
  const s = quotedBy.get(`${k}|${claimant}`);
  return s !== undefined && (s.size > 1 || !s.has(doc));
};
/** Likelihood of the report's date, type and figure given the incident (its place filters only: every incident's place is drawn alike). */
function likelihood(r: Report, f: IncidentFact, k: number): number {
  const start = dayNumber(r.date.start) - EPOCH_DAY;
  const end = dayNumber(r.date.end) - EPOCH_DAY;
  let p: number;
  if (r.date.precision === 'day') p = start === f.day ? 0.92 : Math.abs(start - f.day) === 1 ? 0.02 : 0;
  else if (r.date.precision === 'days') p = (start === f.day || start === f.day - 1) && (end === f.day + 1 || end === f.day + 2) ? 0.02 / 4 : 0;
  else p = start <= f.day && f.day <= end ? 0.02 : 0;
  if (p === 0) return 0;
  const place = r.places[0];
  if (place && place.place_id !== f.place!.place_id && !f.place!.parent_ids.includes(place.place_id)) return 0;
  p *= r.type.event_type === 'Strategic developments' ? 0.05 : r.type.event_type === f.type ? 0.8 : 0.15;
  const figure = killedOf(r);
  if (figure) {
    if (figure.side !== f.victims) return 0;
    const said = knownElsewhere(k, figure.claimant, r.document_id) ? f.stated?.get(figure.claimant) : undefined;
    if (said !== undefined) p *= figure.count === said ? 0.9 : figure.count === said + 1 || figure.count === said + 2 ? 0.05 : 0;
    else {
      let ways = 0;
      for (let u = -2; u <= 2; u++) if (Math.max(0, f.killed + u) === figure.count) ways++;
      p *= ways / 5;
    }
  }
  return p;
}
const docIndex = new Map(reports.map((r, i) => [r.document_id, i]));
const label = new Array<string>(reports.length);
const cautious = new Int32Array(reports.length);
const guessing = new Int32Array(reports.length);
// With the prior too (an incident with more documents is likelier to be a report's): the posterior of the best.
const posterior = new Float64Array(reports.length);
const mapAt = new Int32Array(reports.length);
const oracleCounts = new Map<string, number>();
const tieCandidates: number[] = [];
for (let i = 0; i < reports.length; i++) {
  const r = reports[i];
  if (r.copy_of) continue;
  const f = facts[truth[i]];
  if (f.background || r.date.precision === 'year' || r.date.precision === 'years') {
    label[i] = 'unique';
    cautious[i] = guessing[i] = mapAt[i] = truth[i];
    posterior[i] = 1;
    continue;
  }
  const from = dayNumber(r.date.start) - EPOCH_DAY - 2;
  const to = dayNumber(r.date.end) - EPOCH_DAY + 2;
  let best = 0;
  let bestAt: number[] = [];
  let sum = 0;
  let top = 0;
  for (let d = from; d <= to; d++)
    for (const k of byTheatreDay.get(`${f.theatre}@${d}`) ?? []) {
      const p = likelihood(r, facts[k], k);
      const q = p * facts[k].reports;
      sum += q;
      if (q > top || (q === top && k < mapAt[i])) {
        top = q;
        mapAt[i] = k;
      }
      if (p > best * (1 + 1e-9)) {
        best = p;
        bestAt = [k];
      } else if (p > 0 && Math.abs(p - best) <= best * 1e-9) bestAt.push(k);
    }
  bestAt.sort((a, b) => a - b);
  label[i] = bestAt.length > 1 ? (bestAt.includes(truth[i]) ? 'tie' : 'tie, own not among') : bestAt[0] === truth[i] ? 'unique' : 'misleading';
  if (bestAt.length > 1) tieCandidates.push(bestAt.length);
  cautious[i] = bestAt.length === 1 ? bestAt[0] : -1 - i;
  guessing[i] = bestAt[0];
  posterior[i] = top / sum;
}
for (let i = 0; i < reports.length; i++) {
  const r = reports[i];
  if (!r.copy_of) continue;
  const o = docIndex.get(r.copy_of)!;
  label[i] = label[o];
  cautious[i] = cautious[o];
  posterior[i] = posterior[o];
  mapAt[i] = mapAt[o];
  guessing[i] = guessing[o];
}
const withPrior = (least: number) => {
  const out = new Int32Array(reports.length);
  for (let i = 0; i < reports.length; i++) out[i] = posterior[i] >= least ? mapAt[i] : -1 - (reports[i].copy_of ? docIndex.get(reports[i].copy_of!)! : i);
  return pairScores(truth, out);
};
for (let i = 0; i < reports.length; i++) bump(oracleCounts, `${kindOf[i]}: ${label[i]}`);
let truePairs = 0;
let ambiguousPairs = 0;
for (const list of members(truth).values())
  for (let a = 0; a < list.length; a++)
    for (let b = a + 1; b < list.length; b++) {
      truePairs++;
      if (label[list[a]] !== 'unique' || label[list[b]] !== 'unique') ambiguousPairs++;
    }
const c = pairScores(truth, cautious);
const g = pairScores(truth, guessing);
console.log(`oracle (${((performance.now() - t0) / 1000).toFixed(1)} s): true pairs ${truePairs}, with a report no rule can place for sure ${ambiguousPairs} (${((100 * ambiguousPairs) / truePairs).toFixed(1)}%)`);
console.log(`  ties have ${(tieCandidates.reduce((a, b) => a + b, 0) / Math.max(1, tieCandidates.length)).toFixed(2)} best candidates on average`);
console.log(`  oracle, ties apart:   precision ${c.precision.toFixed(4)}, recall ${c.recall.toFixed(4)}`);
console.log(`  oracle, ties guessed: precision ${g.precision.toFixed(4)}, recall ${g.recall.toFixed(4)}`);
for (const least of [0, 0.5, 0.7, 0.9]) {
  const s = withPrior(least);
  console.log(`  oracle with the prior, apart below a posterior of ${least}: precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}`);
}
for (const [k, n] of [...oracleCounts].sort()) if (!k.endsWith(': unique') || k.startsWith('0 day exact')) console.log(`  ${k.padEnd(50)} ${n}`);

// 3. The grouping's misses again, by whether the oracle could place the pair's reports for sure.
const sure = (i: number) => label[i] === 'unique';
const byLabel = new Map<string, [number, number]>();
const add = (k: string, w: number, m: number) => {
  const v = byLabel.get(k) ?? [0, 0];
  byLabel.set(k, [v[0] + w, v[1] + m]);
};
for (const list of members(truth).values())
  for (let a = 0; a < list.length; a++)
    for (let b = a + 1; b < list.length; b++)
      if (predicted[list[a]] !== predicted[list[b]]) add(`${coarser(list[a], list[b])}, ${sure(list[a]) && sure(list[b]) ? 'placeable' : 'not placeable'}`, 0, 1);
for (const list of members(predicted).values())
  for (let a = 0; a < list.length; a++)
    for (let b = a + 1; b < list.length; b++)
      if (truth[list[a]] !== truth[list[b]]) add(`${coarser(list[a], list[b])}, ${sure(list[a]) && sure(list[b]) ? 'placeable' : 'not placeable'}`, 1, 0);
console.log('grouping misses by whether the oracle places both reports | wrong pairs | missed pairs');
for (const [k, [w, m]] of [...byLabel].sort()) console.log(`  ${k.padEnd(50)} ${String(w).padStart(7)} ${String(m).padStart(7)}`);

import { figureTolerance } from './figure-match.js';
import type { Prepared } from './prepared-report.js';

/**
 * What an incident's accounts say, read as evidence for one more account: its day, how many
 * accounts give each type, each claimant's counts, which sides' dead are counted, and which
 * publishers already wrote about it. Built from every member but the account being placed.
 */
export type IncidentModel = {
  /** The day most of its day-dated, settlement- or district-located accounts give (NaN when none). */
  day: number;
  typeCounts: Map<string, number>;
  /** Accounts that are not near-duplicate copies: the incident's size, for the prior. */
  originals: number;
  /** Counts by (outcome|group|side|claimant). */
  stated: Map<string, number[]>;
  /** Sides counted, by (outcome|group). */
  sides: Map<string, Set<string>>;
  /** Original accounts by publisher. */
  publishers: Map<string, number>;
  /** Publishers with an original account that gives only their own statements. */
  selfPublishers: Set<string>;
};

/** Chances the model gives: read off how accounts of one occurrence differ (docs/reconciliation.md). */
const SAME_DAY = 0.92;
const DAY_OFF = 0.02;
const TYPE_SAME = 0.8;
const TYPE_OTHER = 0.15;
const TYPE_STATEMENT = 0.05;
/** The claimant's count as it said it before; a risen toll; another count. */
const CLAIMANT_SAME = 0.9;
const CLAIMANT_RISEN = 0.05;
const CLAIMANT_OTHER = 0.005;
/** The floor for a new claimant's count far from the others' (22 against 2 in the July 2020 clashes). */
const FAR_COUNT = 0.02;
/** A count of the dead of a side no account of the incident counts. */
const SIDE_OTHER = 0.01;
/** A count with nothing to compare it with: any of the small counts. */
const COUNT_UNKNOWN = 0.125;
/**
 * A publisher giving its own statement (a ministry's release) gives one an incident: a second
 * such account of it, when it already gave one there, is unlikely. A publisher that already
 * covered the incident otherwise (an outlet) often writes about it again.
 */
const SELF_AGAIN = 0.15;
const OUTLET_AGAIN = 4;

type Count = { kind: string; side: string; claimant: string; count: number };
const countsCache = new WeakMap<Prepared, Count[]>();
function countsOf(p: Prepared): Count[] {
  let out = countsCache.get(p);
  if (out) return out;
  out = [];
  for (const c of p.report.claims) {
    if (c.stance === 'denies') continue;
    for (const f of c.casualties) out.push({ kind: `${f.outcome}|${f.group}`, side: f.side, claimant: c.claimant_id, count: f.count });
  }
  countsCache.set(p, out);
  return out;
}

const typeKey = (t: { event_type: string; sub_event_type: string }) => `${t.event_type}|${t.sub_event_type}`;
const STRATEGIC = 'Strategic developments';

/** True when the report's claims are its publisher's own statements (a ministry's release). */
export function speaksForItself(p: Prepared): boolean {
  const claims = p.report.claims;
  return claims.length > 0 && claims.every((c) => c.claimant_id === p.report.source_id);
}

export function modelOf(members: Iterable<Prepared>): IncidentModel {
  const typeCounts = new Map<string, number>();
  const days = new Map<number, number>();
  const stated = new Map<string, number[]>();
  const sides = new Map<string, Set<string>>();
  const publishers = new Map<string, number>();
  const selfPublishers = new Set<string>();
  let originals = 0;
  for (const m of members) {
    if (!m.report.copy_of) {
      originals++;
      publishers.set(m.report.source_id, (publishers.get(m.report.source_id) ?? 0) + 1);
      if (speaksForItself(m)) selfPublishers.add(m.report.source_id);
    }
    for (const t of m.types) typeCounts.set(typeKey(t), (typeCounts.get(typeKey(t)) ?? 0) + 1);
    if (m.dayDated && m.tier <= 1) days.set(m.start, (days.get(m.start) ?? 0) + 1);
    for (const f of countsOf(m)) {
      const key = `${f.kind}|${f.side}|${f.claimant}`;
      const list = stated.get(key);
      if (list) list.push(f.count);
      else stated.set(key, [f.count]);
      let s = sides.get(f.kind);
      if (!s) sides.set(f.kind, (s = new Set()));
      s.add(f.side);
    }
  }
  let day = NaN;
  let most = 0;
  for (const [d, n] of days) if (n > most || (n === most && d < day)) [day, most] = [d, n];
  return { day, typeCounts, originals, stated, sides, publishers, selfPublishers };
}

/** Chance of the report's dates given the incident's day (fallback: the incident's first day). */
function dateLikelihood(r: Prepared, m: IncidentModel, fallbackDay: number): number {
  const day = Number.isNaN(m.day) ? fallbackDay : m.day;
  if (r.dayDated) return r.start === day ? SAME_DAY : Math.abs(r.start - day) === 1 ? DAY_OFF : 0;
  return r.start <= day && day <= r.end ? 1 : 0;
}

/** Chance of the report's type, over what the incident's type may be given its accounts' types. */
function typeLikelihood(r: Prepared, m: IncidentModel): number {
  const t = r.types[0];
  if (t.event_type === STRATEGIC) return TYPE_STATEMENT;
  const own = typeKey(t);
  let total = 0;
  let fit = 0;
  for (const candidate of new Set([own, ...m.typeCounts.keys()])) {
    if (candidate.startsWith(STRATEGIC)) continue;
    let l = 1;
    for (const [k, n] of m.typeCounts) if (!k.startsWith(STRATEGIC)) l *= (k === candidate ? TYPE_SAME : TYPE_OTHER) ** n;
    total += l;
    fit += l * (candidate === own ? TYPE_SAME : TYPE_OTHER);
  }
  return total > 0 ? fit / total : TYPE_SAME;
}

/** Chance that a claimant with the true count k says x: k give or take the tolerance, never below 0. */
function countChance(x: number, k: number): number {
  const t = figureTolerance(k, k);
  let ways = 0;
  for (let u = -t; u <= t; u++) if (Math.max(0, k + u) === x) ways++;
  return ways / (2 * t + 1);
}

/**
 * Chance of the report's counts: the claimant's own earlier count repeated (or risen), or, for a
 * claimant new to the incident, a count near the true one as the other claimants' counts place
 * it; a count of a side no account counts is unlikely.
 */
function countLikelihood(r: Prepared, m: IncidentModel): number {
  let lik = 1;
  for (const f of countsOf(r)) {
    const sides = m.sides.get(f.kind);
    if (sides && !sides.has(f.side)) {
      lik *= SIDE_OTHER;
      continue;
    }
    // Whose dead, when no account says: either side.
    if (!sides) lik *= 0.5;
    const own = m.stated.get(`${f.kind}|${f.side}|${f.claimant}`);
    if (own) {
      const first = Math.min(...own);
      lik *= own.includes(f.count) ? CLAIMANT_SAME : f.count > first && f.count - first <= figureTolerance(f.count, first) ? CLAIMANT_RISEN : CLAIMANT_OTHER;
      continue;
    }
    const others: number[] = [];
    const prefix = `${f.kind}|${f.side}|`;
    for (const [k, list] of m.stated) if (k.startsWith(prefix)) others.push(Math.min(...list));
    if (others.length === 0) {
      lik *= COUNT_UNKNOWN;
      continue;
    }
    const top = Math.max(f.count, ...others);
    let num = 0;
    let den = 0;
    for (let k = 0; k <= top + 2 * figureTolerance(top, top); k++) {
      let l = 1;
      for (const y of others) l *= countChance(y, k);
      den += l;
      num += l * countChance(f.count, k);
    }
    // Far from every other claimant's count is no evidence against: each side counts the other's dead its own way.
    lik *= Math.max(FAR_COUNT, den > 0 ? num / den : 0);
  }
  return lik;
}

/** Publisher evidence: a ministry's own statement twice about one incident is rare, an outlet returning is not. */
function publisherLikelihood(r: Prepared, m: IncidentModel): number {
  if (r.report.copy_of || !m.publishers.has(r.report.source_id)) return 1;
  return speaksForItself(r) && m.selfPublishers.has(r.report.source_id) ? SELF_AGAIN : OUTLET_AGAIN;
}

/**
 * How likely the report is as one more account of the incident (up to a constant shared by all
 * incidents): date, type, counts and publisher, each as the accounts of one occurrence differ.
 */
export function accountLikelihood(r: Prepared, m: IncidentModel, fallbackDay: number): number {
  return dateLikelihood(r, m, fallbackDay) * typeLikelihood(r, m) * countLikelihood(r, m) * publisherLikelihood(r, m);
}

/** The same for an incident no finer report located: the report's own day, an average type, any count. */
export function unseenLikelihood(r: Prepared): number {
  return (r.dayDated ? SAME_DAY : 1) * 0.65 * (countsOf(r).length ? 0.5 * COUNT_UNKNOWN : 1);
}

import type { LocationPrecision } from '../../domain/index.js';
import { anchorMatch } from './anchor.js';
import { BlockIndex, indexKeys, queryKeys } from './block-index.js';
import { AMBIGUOUS, agreement, chooseIncident, VAGUE_MARGIN } from './choose-incident.js';
import { sameStatedCounts } from './figure-match.js';
import { makeGroup, outweighs, profileOf, reweigh, type Group } from './group.js';
import { RADIUS_KM } from './place-match.js';
import { prepareReport, TIERS, type Prepared } from './prepared-report.js';
import { reassignVague } from './reassign-vague.js';
import type { Report } from './report.js';
import { UnionFind } from './union-find.js';

export type GroupOptions = {
  /** How far apart two places of each precision may lie and still be one spot (km); see RADIUS_KM. */
  radiusKm?: Partial<Record<LocationPrecision, number>>;
  /** Days a day-dated report may be off by (default 1: "yesterday" read against the wrong day). */
  dayTolerance?: number;
};

/** Reports found to be one occurrence. */
export type ReportCluster = {
  /** The pinned incident's id, or "inc-" and the smallest id among the reports it was formed from. */
  id: string;
  /** Sorted. */
  report_ids: string[];
  /** True when a person placed reports in it: its pinned reports are never regrouped. */
  pinned: boolean;
};

/**
 * How well an incident's accounts must agree with an incident a day away to fold into it
 * (foldFit): what half its accounts giving the same type gives, or counts that come close.
 */
const FOLD_AGREEMENT = 0.25;

/**
 * How well g's founders agree with n's accounts (agreement, their mean), leaving shared actors
 * out: in a war between two armies every clash has the same two, so they do not say which of
 * two clashes a day apart a report is about.
 */
function foldFit(g: Group, n: Group): number {
  const profile = profileOf(n);
  let fit = 0;
  for (const f of g.founders) fit += agreement(f, profile, 0);
  return Math.round((fit / g.founders.length) * 1000) / 1000;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which reports are the same occurrence. Tier by tier, finest first (see TIERS): each report
 * joins the best-matching incident already formed (see chooseIncident: a vague report that
 * fits several about equally stays apart, with its copies), or else forms incidents with its
 * peers of the same day (or the same stated span). Day-dated incidents a day apart then fold into
 * their neighbour when it has at least twice their independent sources. Deterministic and
 * independent of input order; near-linear, since each report is compared only with what is
 * filed under its days and places. Pinned reports stay exactly as pinned.
 * Rules and their reasons: docs/reconciliation.md.
 *
 * @example
 * groupReports(reports) // [{ id: 'inc-azatutyun-12-1', report_ids: ['azatutyun-12-1', 'mod-am-7-1'], pinned: false }, ...]
 */
export function groupReports(reports: Report[], opts: GroupOptions = {}): ReportCluster[] {
  return groupPrepared(reports.map(prepareReport), opts).map(toCluster).sort(byId);
}

function toCluster(g: Group): ReportCluster {
  return { id: g.pinned ?? `inc-${g.key}`, report_ids: g.members.map((m) => m.id).sort(), pinned: g.pinned !== undefined };
}

/** The grouping on prepared reports, as Groups (founders, anchors), for callers that need them. */
export function groupPrepared(input: Prepared[], opts: GroupOptions = {}): Group[] {
  const radius = { ...RADIUS_KM, ...opts.radiusKm };
  const tolerance = opts.dayTolerance ?? 1;
  const prepared = [...input].sort(byId);
  for (let i = 1; i < prepared.length; i++) if (prepared[i].id === prepared[i - 1].id) throw new Error(`groupReports: report id ${prepared[i].id} appears twice`);

  const groups: Group[] = [];
  const index = new BlockIndex<Group>();
  const file = (g: Group) => index.add(g.start, g.end, indexKeys(g.places), g);

  const pinned = new Map<string, Prepared[]>();
  const byTier: Prepared[][] = Array.from({ length: TIERS.background + 1 }, () => []);
  for (const p of prepared) {
    const pin = p.report.pinned_incident_id;
    if (pin) {
      const list = pinned.get(pin);
      if (list) list.push(p);
      else pinned.set(pin, [p]);
    } else byTier[p.tier].push(p);
  }
  for (const [id, list] of [...pinned].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const g = makeGroup(list, Math.min(...list.map((p) => p.tier)), id);
    groups.push(g);
    file(g);
  }

  // Vague reports that fit several incidents about equally: each stays apart, with its copies only.
  const ambiguous = new Set<Prepared>();
  for (let tier = 0; tier <= TIERS.background; tier++) {
    let rest = byTier[tier];
    // Background (a year or more) joins nothing finer: "the 2020 war" is not one day's clash.
    if (tier !== TIERS.background) {
      const joins: [Prepared, Group][] = [];
      rest = [];
      for (const r of byTier[tier]) {
        const g = chooseIncident(r, index, radius);
        if (g === AMBIGUOUS) ambiguous.add(r);
        if (g && g !== AMBIGUOUS) joins.push([r, g]);
        else rest.push(r);
      }
      // Applied after all are chosen: joining never moves an anchor, so order cannot matter.
      for (const [r, g] of joins) g.members.push(r);
      for (const g of new Set(joins.map(([, g]) => g))) reweigh(g);
    }
    let formed = formPeers(rest, tier, radius, ambiguous);
    if (tier <= TIERS.dayCountry && tolerance > 0) formed = foldNeighbours(formed, index, tier, tolerance, radius, ambiguous);
    for (const g of formed) {
      groups.push(g);
      // Incidents of a month or more are not joined by anything coarser (only background follows).
      if (tier < TIERS.months) file(g);
    }
    // Once every day-dated report has joined or formed, fold again by the weights now known.
    if (tier === TIERS.dayCountry && tolerance > 0) refold(groups, index, tolerance, radius, ambiguous);
  }
  // A second look at every vague report, now that every incident a finer report located is known.
  // The greedy pass's index is let go first: at a million claims it holds millions of blocks,
  // and the second look's own maps would otherwise come on top of it (peak memory).
  index.clear();
  return reassignVague(groups.filter((g) => !g.folded), radius);
}

/**
 * The village incidents again, once every day-dated report has joined or formed: one folds
 * into an incident at that spot a day away that now has at least twice its independent
 * sources (the rule of foldNeighbours, on the weights now known), with the reports that
 * joined it. A clash dated a day off by its only village report, whose own day one source
 * put at the village and two more in the district, is found only now. Only incidents formed
 * at a settlement: a district holds several, so an incident in it a day from another is as
 * often a second clash (folding those too traded precision for recall, one for one). It also
 * folds into a heavier one at the same place whose accounts repeat the same claimants' counts
 * (sameStatement), whatever the sources: one statement dated a day apart by its reporters.
 */
function refold(groups: Group[], index: BlockIndex<Group>, tolerance: number, radius: Record<LocationPrecision, number>, ambiguous: Set<Prepared>): void {
  const heaviestFirst = groups.filter((g) => g.tier === TIERS.dayExact).sort((a, b) => (a === b ? 0 : outweighs(a, b) ? -1 : 1));
  const into = new Map<Group, Group[]>();
  for (const g of heaviestFirst) {
    if (g.pinned || into.has(g) || g.places.length === 0 || g.founders.every((f) => ambiguous.has(f))) continue;
    let target: Group | undefined;
    for (const n of index.query(g.start - tolerance, g.end + tolerance, queryKeys(g.places)))
      if (n !== g && n.tier === TIERS.dayExact && !n.folded && (2 * g.weight <= n.weight || sameStatement(g, n)) && outweighs(n, g) && (!target || outweighs(n, target)) && anchorMatch(g, n, tolerance, radius)) target = n;
    if (!target) continue;
    // Marked now, so nothing folds into it; it stays filed, and is skipped wherever incidents are looked up.
    g.folded = true;
    const list = into.get(target);
    if (list) list.push(g);
    else into.set(target, [g]);
  }
  for (const [target, list] of into) {
    target.members.push(...list.flatMap((x) => x.members));
    reweigh(target);
  }
}

/**
 * True when two village incidents are at one place and their accounts quote a claimant in
 * common, every such claimant with the same count in both: one statement ("the ministry says
 * 3 soldiers were killed at Chinari"), dated a day apart by the documents repeating it.
 */
function sameStatement(g: Group, n: Group): boolean {
  return g.places.some((p) => n.places.some((q) => q.place_id === p.place_id)) && sameStatedCounts(profileOf(g).stated, profileOf(n).stated);
}

/** True when one report copies the other, or both copy one document. */
function copies(a: Prepared, b: Prepared): boolean {
  const x = a.report;
  const y = b.report;
  return x.copy_of === y.document_id || y.copy_of === x.document_id || (x.copy_of !== undefined && x.copy_of === y.copy_of);
}

/**
 * Reports of one tier that are one occurrence: the same day (or the same stated span), matching
 * places and types. Reports that name no place pair only with their copies: two unlocated
 * accounts of the same day could be any two occurrences.
 */
function formPeers(rest: Prepared[], tier: number, radius: Record<LocationPrecision, number>, ambiguous: Set<Prepared>): Group[] {
  if (rest.length === 0) return [];
  const peers = new BlockIndex<number>();
  // A day report is filed under its day; a span under its start, with its end in the key.
  const keysOf = (p: Prepared, keys: string[]) => (p.dayDated ? keys : keys.map((k) => `${p.end}~${k}`));
  rest.forEach((p, i) => peers.add(p.start, p.start, keysOf(p, indexKeys(p.places)), i));
  const sets = new UnionFind(rest.length);
  rest.forEach((p, i) => {
    for (const j of peers.query(p.start, p.start, keysOf(p, queryKeys(p.places))))
      if (j > i && rest[j].end === p.end && ((p.places.length > 0 && !ambiguous.has(p)) || copies(p, rest[j])) && ((rest[j].places.length > 0 && !ambiguous.has(rest[j])) || copies(p, rest[j]))) {
        const m = anchorMatch(p, rest[j], 0, radius);
        // Over a month or more, "in Azerbaijan" ties nothing: peers must share a place or lie close.
        if (m && (p.dayDated || m[1] >= 1 || copies(p, rest[j]))) sets.union(i, j);
      }
  });
  const components = new Map<number, Prepared[]>();
  rest.forEach((p, i) => {
    const root = sets.find(i);
    const list = components.get(root);
    if (list) list.push(p);
    else components.set(root, [p]);
  });
  return [...components.values()].map((list) => makeGroup(list, tier));
}

/**
 * A day's new incidents fold into an incident a day away (formed at this tier or before) that
 * has at least twice their independent sources and itself stays: the few reports that dated
 * a clash a day off join it, while clashes on consecutive days, each reported by several
 * sources, stay apart. Decided heaviest first, and only into incidents that stay, so an
 * incident reaches at most a day either side of its core however long a run of daily reports
 * in one place. It folds only into the neighbour its accounts agree with (foldFit: the type
 * of half the neighbour's accounts, or counts that come close) clearly better than with any other
 * (VAGUE_MARGIN), as a vague report joins: where clashes are frequent, a lone report a day from
 * a heavier incident is as often one of another clash, and the heaviest neighbour is not more
 * often its occurrence than another.
 */
function foldNeighbours(formed: Group[], index: BlockIndex<Group>, tier: number, tolerance: number, radius: Record<LocationPrecision, number>, ambiguous: Set<Prepared>): Group[] {
  const byDay = new BlockIndex<Group>();
  for (const g of formed) byDay.add(g.start, g.end, indexKeys(g.places), g);
  const heaviestFirst = [...formed].sort((a, b) => (a === b ? 0 : outweighs(a, b) ? -1 : 1));
  const into = new Map<Group, Group[]>();
  const folded = new Set<Group>();
  for (const g of heaviestFirst) {
    // Unlocated accounts have nothing but the day to go on: they do not move a day.
    if (g.places.length === 0) continue;
    if (g.founders.every((f) => ambiguous.has(f))) continue;
    const keys = queryKeys(g.places);
    let target: Group | undefined;
    let best = -Infinity;
    let second = -Infinity;
    for (const near of [byDay.query(g.start - tolerance, g.end + tolerance, keys), index.query(g.start - tolerance, g.end + tolerance, keys)])
      for (const n of near) {
        if (n === g || folded.has(n) || 2 * g.weight > n.weight || !outweighs(n, g) || !anchorMatch(g, n, tolerance, radius)) continue;
        const fit = foldFit(g, n);
        if (fit > best || (fit === best && outweighs(n, target!))) {
          second = best;
          best = fit;
          target = n;
        } else if (fit > second) second = fit;
      }
    if (best < FOLD_AGREEMENT || best - second <= VAGUE_MARGIN) continue;
    target = target!;
    folded.add(g);
    const list = into.get(target);
    if (list) list.push(g);
    else into.set(target, [g]);
  }
  const kept: Group[] = [];
  for (const g of formed) {
    if (folded.has(g)) continue;
    const extra = into.get(g);
    kept.push(extra ? makeGroup([...g.founders, ...extra.flatMap((x) => x.founders)], tier) : g);
  }
  // Folding into an incident of a finer tier joins it without moving its anchor.
  const isNew = new Set(formed);
  for (const [target, list] of into)
    if (!isNew.has(target)) {
      target.members.push(...list.flatMap((x) => x.members));
      reweigh(target);
    }
  return kept;
}

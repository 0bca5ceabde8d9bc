import type { LocationPrecision } from '../../domain/index.js';
import { accountLikelihood, modelOf, unseenLikelihood } from './account-likelihood.js';
import { anchorMatch } from './anchor.js';
import { BlockIndex, indexKeys, queryKeys } from './block-index.js';
import { makeGroup, reweigh, type Group } from './group.js';
import { TIERS, type Prepared } from './prepared-report.js';

/**
 * A report joins the likeliest incident only when it holds at least this share of the posterior
 * (0.4 before province incidents became candidates and district reports were looked at again:
 * with them, 0.3 gains on both precision and recall on every seed; docs/reconciliation.md).
 */
export const JOIN_POSTERIOR = 0.3;
/**
 * Weight of "an incident no settlement, district or province report located" beside the candidates: its
 * prior, against an average candidate's size (about one vague report in twelve belongs to such
 * an incident, or to one whose finer reports were grouped with another).
 */
const UNSEEN_PRIOR = 0.1;
/** How many times likelier than the runner-up the likeliest incident must be. */
const DOMINANCE = 1.5;
/** Added to each candidate's size: an incident of one account is not unlikely to have another. */
const SIZE_PRIOR = 0.5;
/** placeMatch's score for containment: the same place counts no more here (see reassignVague). */
const CONTAINS = 2;

/**
 * A second, global look at every vague report (province, country or nowhere, or a span or a
 * month: tiers 2 to 5) and every district report, once the greedy grouping is done. With its
 * copies, each is placed again by its posterior over the incidents formed at a settlement, a
 * district or a province (or pinned) on its dates (a day either way for a day-dated one) and at
 * its best place match, where the same place counts as containment (a province report weighs
 * an incident its province's reports formed and a village incident in that province alike, as
 * a district report weighs its district's incidents; neither is likelier its occurrence, and
 * otherwise the report's own peers would be its only candidate): as prior, each
 * incident's size (its original accounts: a larger incident is likelier the one a report is
 * about); as likelihood, how one more account of it would differ (accountLikelihood: date,
 * type, the claimant's own count, others' counts, publisher), read off all its other members,
 * vague ones too; beside them, an incident no finer report located (UNSEEN_PRIOR). It joins
 * the likeliest when that holds at least JOIN_POSTERIOR of the posterior and is DOMINANCE
 * times likelier than the next, or else stays apart with its copies; a district report, which
 * names a district of a few villages, only moves to a clearly likelier incident and is never
 * set apart (set apart, it lost more true pairs than it saved wrong ones). A report with one
 * candidate or none stays where the greedy grouping put it (its single candidate, unless it
 * spoke against it; or formed with its peers). All choices are made from the grouping the
 * greedy pass left, before any is applied, so the order of reports cannot matter; pinned
 * reports never move. Reasons and figures: docs/reconciliation.md.
 */
export function reassignVague(groups: Group[], radius: Record<LocationPrecision, number>): Group[] {
  const home = new Map<Prepared, Group>();
  for (const g of groups) for (const m of g.members) home.set(m, g);
  const placed = (p: Prepared) => p.tier >= TIERS.dayDistrict && p.tier < TIERS.background;
  // Only reports placed again: a copy goes with its original only when both are of one tier.
  const byDocument = new Map<string, Prepared>();
  for (const p of home.keys()) if (placed(p)) byDocument.set(p.report.document_id, p);
  // A unit: a vague or district report and its copies, which say the same and go together.
  const units = new Map<Prepared, Prepared[]>();
  for (const p of home.keys()) {
    if (!placed(p) || p.report.pinned_incident_id) continue;
    const original = p.report.copy_of ? byDocument.get(p.report.copy_of) : undefined;
    const root = original && original.tier === p.tier && !original.report.pinned_incident_id ? original : p;
    const unit = units.get(root);
    if (unit) unit.push(p);
    else units.set(root, [p]);
  }
  const candidates = new BlockIndex<Group>();
  for (const g of groups) if (g.tier <= TIERS.dayProvince || g.pinned) candidates.add(g.start, g.end, indexKeys(g.places), g);

  const moves: [Prepared[], Group | undefined][] = [];
  for (const [r, unit] of [...units].sort((a, b) => (a[0].id < b[0].id ? -1 : 1))) {
    const own = new Set(unit);
    const tolerance = r.dayDated ? 1 : 0;
    let bestPlace = -Infinity;
    let found: [Group, number][] = [];
    for (const g of candidates.query(r.start - tolerance, r.end + tolerance, queryKeys(r.places))) {
      const m = anchorMatch(r, g, tolerance, radius);
      if (!m) continue;
      const place = Math.min(m[1], CONTAINS);
      const others = g.members.filter((x) => !own.has(x));
      // An incident of this report alone is the "no finer report located it" below, not a candidate.
      if (place < bestPlace || others.length === 0) continue;
      if (place > bestPlace) [bestPlace, found] = [place, []];
      const model = modelOf(others);
      found.push([g, (model.originals + SIZE_PRIOR) * accountLikelihood(r, model, g.start)]);
    }
    // With one candidate, the greedy grouping's choice stands (it joined unless the report spoke against it).
    if (found.length <= 1) continue;
    let total = UNSEEN_PRIOR * unseenLikelihood(r) * (found.reduce((s, [g]) => s + g.members.filter((x) => !own.has(x) && !x.report.copy_of).length, 0) / found.length + SIZE_PRIOR);
    let best: Group | undefined;
    let bestWeight = 0;
    let second = 0;
    for (const [g, w] of found) {
      total += w;
      if (w > bestWeight || (w === bestWeight && best && g.key < best.key)) [best, bestWeight, second] = [g, w, bestWeight];
      else second = Math.max(second, w);
    }
    // Two incidents about as likely: the report names neither (a tie never joins, whatever its share).
    const target = best && bestWeight >= JOIN_POSTERIOR * total && bestWeight > DOMINANCE * second ? best : undefined;
    // A district report is not set apart: it stays where the greedy grouping put it.
    if (!target && r.tier === TIERS.dayDistrict) continue;
    const from = home.get(r)!;
    const alone = from.members.length === unit.length && unit.every((p) => home.get(p) === from);
    if (target ? unit.some((p) => home.get(p) !== target) : !alone) moves.push([unit, target]);
  }

  // Applied once all are chosen.
  const incoming = new Map<Group, Prepared[]>();
  const leaving = new Set<Prepared>();
  const changed = new Set<Group>();
  const out: Group[] = [];
  for (const [unit, target] of moves) {
    for (const p of unit) {
      leaving.add(p);
      changed.add(home.get(p)!);
    }
    if (target) {
      const list = incoming.get(target);
      if (list) list.push(...unit);
      else incoming.set(target, [...unit]);
    } else {
      const g = makeGroup([unit[0]], unit[0].tier);
      g.members = [...unit];
      reweigh(g);
      out.push(g);
    }
  }
  for (const g of groups) {
    const added = incoming.get(g);
    if (!added && !changed.has(g)) {
      out.push(g);
      continue;
    }
    g.members = [...g.members.filter((m) => !leaving.has(m)), ...(added ?? [])];
    if (g.members.length === 0) continue;
    reweigh(g);
    // Its id stays that of a report in it: the smallest founder left, or else the smallest member.
    if (!g.pinned && !g.members.some((m) => m.id === g.key)) {
      const founders = g.founders.filter((f) => g.members.includes(f));
      g.key = (founders.length ? founders : g.members).map((m) => m.id).sort()[0];
    }
    out.push(g);
  }
  return out;
}

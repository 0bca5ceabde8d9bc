import type { Claim } from '../../domain/index.js';

/** One (outcome, group, side) and the median count stated for it. */
export type FigureCount = { key: string; count: number };

/** A report's or an incident's casualty figures, one per (outcome, group, side). */
export type Figures = readonly FigureCount[];

// Most reports state one figure or none: a small array, none of their own for those without,
// and one string per (outcome, group, side) however many reports give it (a million claims' worth).
const NO_FIGURES: Figures = Object.freeze([]);

// Keys are looked up through nested maps rather than built as strings and then interned:
// incidents' figures are recounted after every tier, and building a string per count per
// recount was most of the grouping's garbage.
type KeyNode = { key: string; byClaimant: Map<string, string> };
const keyTree = new Map<string, Map<string, Map<string, KeyNode>>>();
// The (outcome, group) of each (outcome, group, side) key, for telling a count of another side.
const kindOfKey = new Map<string, string>();
function keyOf(outcome: string, group: string, side: string, claimant?: string): string {
  let groups = keyTree.get(outcome);
  if (!groups) keyTree.set(outcome, (groups = new Map()));
  let sides = groups.get(group);
  if (!sides) groups.set(group, (sides = new Map()));
  let node = sides.get(side);
  if (!node) {
    sides.set(side, (node = { key: `${outcome}|${group}|${side}`, byClaimant: new Map() }));
    kindOfKey.set(node.key, `${outcome}|${group}`);
  }
  if (claimant === undefined) return node.key;
  let key = node.byClaimant.get(claimant);
  if (!key) node.byClaimant.set(claimant, (key = `${node.key}|${claimant}`));
  return key;
}

/** The figures the claims state (denials aside), each (outcome, group, side) as the median of its counts. */
export function figuresOf(claims: readonly Claim[]): Figures {
  return medianFigures([claims], false);
}

/**
 * The figures each claimant states, keyed by (outcome, group, side, claimant): a count is one
 * claimant's statement, repeated by every document that quotes it ("the ministry says 4"), so
 * the same claimant's count is the strongest tie between two accounts.
 */
export function statedFiguresOf(claims: readonly Claim[]): Figures {
  return medianFigures([claims], true);
}

/** figuresOf or statedFiguresOf over several reports' claims, without copying them into one list. */
export function medianFigures(claimLists: readonly (readonly Claim[])[], byClaimant: boolean): Figures {
  let counts: Map<string, number[]> | undefined;
  for (const claims of claimLists)
    for (const c of claims) {
      if (c.stance === 'denies') continue;
      for (const f of c.casualties) {
        const key = keyOf(f.outcome, f.group, f.side, byClaimant ? c.claimant_id : undefined);
        counts ??= new Map();
        const list = counts.get(key);
        if (list) list.push(f.count);
        else counts.set(key, [f.count]);
      }
    }
  if (!counts) return NO_FIGURES;
  const out: FigureCount[] = [];
  for (const [key, list] of counts) {
    list.sort((a, b) => a - b);
    out.push({ key, count: list[(list.length - 1) >> 1] });
  }
  return out;
}

/** How far apart two counts of one outcome may be and still agree: early counts move by a few. */
export function figureTolerance(a: number, b: number): number {
  return Math.max(2, Math.round(0.25 * Math.max(a, b)));
}

/**
 * How closely two accounts' figures agree, for ranking candidates: for the best-matching
 * (outcome, group, side) both give, 1 for the same count, falling by 1/(tolerance+1) per
 * unit apart, down to 0; 0 too when they share no such figure. Counts far apart are no
 * evidence against: each side's ministry counts the other's dead its own way.
 */
export function figureCloseness(a: Figures, b: Figures): number {
  return sharedCloseness(a, b) ?? 0;
}

/** figureCloseness, or undefined when the two give no (outcome, group, side) in common. */
export function sharedCloseness(a: Figures, b: Figures, exact = false): number | undefined {
  let best: number | undefined;
  for (const x of a)
    for (const y of b) {
      if (x.key !== y.key) continue;
      const c = exact ? (x.count === y.count ? 1 : 0) : Math.max(0, 1 - Math.abs(x.count - y.count) / (figureTolerance(x.count, y.count) + 1));
      if (best === undefined || c > best) best = c;
    }
  return best;
}

/**
 * How the counts a report quotes fit what the same claimants said of an incident, for the
 * best-fitting (outcome, group, side, claimant) both give (statedFiguresOf): 1 the same count;
 * 0 a count within figureTolerance, as a revised toll would be; -1 a count farther off: that
 * claimant said something else of this incident, so the report is likelier about another
 * occurrence. Undefined when they quote no claimant in common.
 */
export function claimantFit(report: Figures, incident: Figures): number | undefined {
  let best: number | undefined;
  for (const x of report)
    for (const y of incident) {
      if (x.key !== y.key) continue;
      const fit = x.count === y.count ? 1 : Math.abs(x.count - y.count) <= figureTolerance(x.count, y.count) ? 0 : -1;
      if (best === undefined || fit > best) best = fit;
    }
  return best;
}

/**
 * True when the report counts the dead (or wounded...) of one side only where the incident's
 * accounts count that outcome and group for other sides only: "3 Armenian soldiers killed"
 * beside accounts that all count Azerbaijani dead. Accounts of one clash that has dead on both
 * sides usually give both; a count of the other side only suggests another occurrence.
 */
export function sideConflict(report: Figures, incident: Figures): boolean {
  let other = false;
  for (const x of report)
    for (const y of incident) {
      if (x.key === y.key) return false;
      if (kindOfKey.get(x.key) === kindOfKey.get(y.key)) other = true;
    }
  return other;
}

/**
 * True when two incidents' accounts quote at least one claimant in common and every claimant
 * they share gave both the same count (statedFiguresOf): the same statement, repeated.
 */
export function sameStatedCounts(a: Figures, b: Figures): boolean {
  let shared = false;
  for (const x of a)
    for (const y of b)
      if (x.key === y.key) {
        if (x.count !== y.count) return false;
        shared = true;
      }
  return shared;
}

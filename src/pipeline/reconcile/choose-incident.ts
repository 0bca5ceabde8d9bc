import type { LocationPrecision } from '../../domain/index.js';
import { anchorMatch, compareScores } from './anchor.js';
import { queryKeys, type BlockIndex } from './block-index.js';
import { claimantFit, figureCloseness, sideConflict, statedFiguresOf, type Figures } from './figure-match.js';
import { profileOf, type Group, type Profile } from './group.js';
import { TIERS, type Prepared } from './prepared-report.js';

/** How much better than the runner-up a vague report's best candidate must fit for it to join. */
export const VAGUE_MARGIN = 0.2;
/** Weight of type agreement beside figure agreement (a full type agreement is worth 0.5). */
const TYPE_WEIGHT = 0.5;
const ACTOR_WEIGHT = 0.25;

/** A vague report that fits several incidents about equally, or whose best fit speaks against it: it stays apart. */
export const AMBIGUOUS = 'ambiguous' as const;

/** Located by province, country or nowhere, or dated by a span or a month: the report names no spot on a day. */
export function isVague(r: Prepared): boolean {
  return r.tier >= TIERS.dayProvince && r.tier < TIERS.background;
}

/** Share of the incident's accounts that give the report's sub-event type. */
function typeShare(r: Prepared, g: Profile): number {
  const t = r.types[0];
  return (g.typeCounts.get(`${t.event_type}|${t.sub_event_type}`) ?? 0) / g.accounts;
}

/**
 * How a report fits an incident beyond when and where: its `agreement` (higher is better) and
 * whether something it says speaks `against` the incident.
 */
export type Fit = { agreement: number; against: boolean };

/** What a count that speaks against an incident takes from its agreement. */
const AGAINST = 1;

/**
 * How well the accounts agree beyond when and where: the figures (when a claimant the report
 * quotes also gave a count for this incident among its accounts, claimantFit: 1 the same count,
 * 0 a revised one, -1 another; otherwise figureCloseness against the incident's figures), less
 * 1 when the report counts only another side's dead than the incident's accounts do
 * (sideConflict), plus half the share of the incident's accounts giving the report's sub-event
 * type, plus a quarter for shared actors. Rounded, so ties are ties. It is `against` the
 * incident when the claimant's count is another or the side conflicts.
 */
export function fitOf(r: Prepared, g: Profile, sharedActors: number, stated: Figures = statedFiguresOf(r.report.claims)): Fit {
  const same = claimantFit(stated, g.stated);
  const conflict = sideConflict(r.figures, g.figures);
  const figures = (same ?? figureCloseness(r.figures, g.figures)) - (conflict ? AGAINST : 0);
  return {
    agreement: Math.round((figures + TYPE_WEIGHT * typeShare(r, g) + ACTOR_WEIGHT * sharedActors) * 1000) / 1000,
    against: same === -1 || conflict,
  };
}

/** fitOf's agreement alone. */
export function agreement(r: Prepared, g: Profile, sharedActors: number, stated?: Figures): number {
  return fitOf(r, g, sharedActors, stated).agreement;
}

/**
 * The incident formed so far that the report fits best on its own dates (the day's tolerance
 * is left to folding), by date overlap, place match, then agreement (figures, type, actors),
 * then the incident's independent sources, the finer tier and the smaller key. A vague report
 * (isVague) joins only when its best candidate's agreement beats every other candidate of
 * the same date and place match by more than VAGUE_MARGIN; otherwise it is AMBIGUOUS: "shelling
 * in the province today", when two villages of the province were shelled, names neither. When
 * what the report says speaks against even its best candidate (fitOf), a vague report stays
 * apart too (AMBIGUOUS) and a district report joins nothing (it forms its own incident): its
 * own occurrence is likely one no finer report located.
 */
export function chooseIncident(r: Prepared, index: BlockIndex<Group>, radius: Record<LocationPrecision, number>): Group | typeof AMBIGUOUS | undefined {
  let best: Group | undefined;
  let bestScore: number[] = [];
  let bestAgainst = false;
  let second: number[] | undefined;
  // Per claimant, built here rather than kept per report: only reports that choose need them.
  const stated = statedFiguresOf(r.report.claims);
  for (const g of index.query(r.start, r.end, queryKeys(r.places))) {
    if (g.folded) continue;
    const m = anchorMatch(r, g, 0, radius);
    if (!m) continue;
    const fit = fitOf(r, profileOf(g), m[3], stated);
    const score = [m[0], m[1], fit.agreement, g.weight, -g.tier];
    const c = best ? compareScores(score, bestScore) : -1;
    if (c < 0 || (c === 0 && g.key < best!.key)) {
      if (best && (!second || compareScores(bestScore, second) < 0)) second = bestScore;
      best = g;
      bestScore = score;
      bestAgainst = fit.against;
    } else if (!second || compareScores(score, second) < 0) second = score;
  }
  if (!best) return undefined;
  if (bestAgainst && r.tier === TIERS.dayDistrict) return undefined;
  if (!isVague(r)) return best;
  if (bestAgainst) return AMBIGUOUS;
  const close = second !== undefined && second[0] === bestScore[0] && second[1] === bestScore[1] && bestScore[2] - second[2] <= VAGUE_MARGIN;
  return close ? AMBIGUOUS : best;
}

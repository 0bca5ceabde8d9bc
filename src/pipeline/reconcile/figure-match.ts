import type { Claim } from '../../domain/index.js';

/** A report's or an incident's casualty figures: for each (outcome, group, side), the median count stated. */
export type Figures = Map<string, number>;

/** The figures the claims state (denials aside), each (outcome, group, side) as the median of its counts. */
export function figuresOf(claims: readonly Claim[]): Figures {
  const counts = new Map<string, number[]>();
  for (const c of claims) {
    if (c.stance === 'denies') continue;
    for (const f of c.casualties) {
      const key = `${f.outcome}|${f.group}|${f.side}`;
      const list = counts.get(key);
      if (list) list.push(f.count);
      else counts.set(key, [f.count]);
    }
  }
  const out: Figures = new Map();
  for (const [key, list] of counts) {
    list.sort((a, b) => a - b);
    out.set(key, list[(list.length - 1) >> 1]);
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
  let best = 0;
  for (const [key, x] of a) {
    const y = b.get(key);
    if (y === undefined) continue;
    const c = Math.max(0, 1 - Math.abs(x - y) / (figureTolerance(x, y) + 1));
    if (c > best) best = c;
  }
  return best;
}

import { z } from 'zod';

export const Outcome = z.enum(['killed', 'wounded', 'missing', 'captured', 'displaced']);
export type Outcome = z.infer<typeof Outcome>;
export const Group = z.enum(['military', 'civilian', 'unknown']);
export type Group = z.infer<typeof Group>;

/** How a figure is hedged in the text: "at least 4", "up to 20", "more than 500". */
export const FigureHedge = z.enum(['exact', 'at_least', 'more_than', 'up_to', 'fewer_than', 'about', 'between']);
export type FigureHedge = z.infer<typeof FigureHedge>;

/**
 * One casualty figure as a claim states it, turned into an interval once, here:
 * `low` is the least the words allow (undefined when they set no floor, as "up to" does),
 * `high` the most (undefined when unbounded, as "at least" is), `count` the number said.
 */
export const CasualtyFigure = z.object({
  outcome: Outcome,
  group: Group,
  /** The side the people counted belong to: AM, AZ, another ISO code, or unknown when the text lumps sides together. */
  side: z.string().min(2),
  hedge: FigureHedge,
  /** The number as stated (for a stated range, its lower end). */
  count: z.number().int().nonnegative(),
  low: z.number().int().nonnegative().optional(),
  high: z.number().int().nonnegative().optional(),
  /** A figure that covers several outcomes as stated ("killed or missing"), kept whole rather than split by guesswork. */
  combined: z.array(Outcome).optional(),
});
export type CasualtyFigure = z.infer<typeof CasualtyFigure>;

/** Builds a figure from its words: a count with a hedge, or a min–max range. */
export function casualtyFigure(
  base: Pick<CasualtyFigure, 'outcome' | 'group' | 'side'>,
  stated: { count?: number; hedge?: FigureHedge; min?: number; max?: number },
): CasualtyFigure | string {
  if (stated.min !== undefined || stated.max !== undefined) {
    if (stated.min === undefined || stated.max === undefined) return 'a stated range needs both min and max';
    if (stated.max < stated.min) return `max ${stated.max} is below min ${stated.min}`;
    return { ...base, hedge: 'between', count: stated.min, low: stated.min, high: stated.max };
  }
  if (stated.count === undefined) return 'a figure needs count (with an optional hedge) or min and max';
  const n = stated.count;
  switch (stated.hedge ?? 'exact') {
    case 'exact':
    case 'about':
      return { ...base, hedge: stated.hedge ?? 'exact', count: n, low: n, high: n };
    case 'at_least':
      return { ...base, hedge: 'at_least', count: n, low: n };
    case 'more_than':
      return { ...base, hedge: 'more_than', count: n, low: n + 1 };
    case 'up_to':
      return { ...base, hedge: 'up_to', count: n, high: n };
    case 'fewer_than':
      return { ...base, hedge: 'fewer_than', count: n, high: Math.max(0, n - 1) };
    case 'between':
      return 'use min and max for a range';
  }
}

/** An incident's figure for one (outcome, group, side), derived from its claims. */
export const CasualtyRange = z.object({
  outcome: Outcome,
  group: Group,
  side: z.string(),
  low: z.number().int().nonnegative(),
  best: z.number().int().nonnegative(),
  high: z.number().int().nonnegative(),
  /** ACLED's single conservative figure. */
  conservative: z.number().int().nonnegative(),
  /** Set when the figures counted several outcomes together, as their sources stated them. */
  combined: z.array(Outcome).optional(),
  /** The claims behind the figures. */
  claim_ids: z.array(z.string()),
});
export type CasualtyRange = z.infer<typeof CasualtyRange>;

import type { CasualtyRange } from '../../domain/index.js';

/** An incident's fatalities as ACLED and UCDP record them. */
export type FatalityFigures = {
  /** ACLED's single conservative figure: the sum of the killed rows' lows. */
  acled_fatalities: number;
  /** UCDP's low, best and high estimates: the sums of the killed rows' lows, bests and highs. */
  ucdp: { low: number; best: number; high: number };
};

/**
 * Both datasets' fatality figures from the casualty rows, summed over groups and sides.
 * Rows that count the killed together with another outcome ("killed or missing") are left
 * out: neither dataset can tell the dead among them.
 */
export function fatalityFigures(casualties: CasualtyRange[]): FatalityFigures {
  const killed = casualties.filter((c) => c.outcome === 'killed' && !c.combined);
  const sum = (f: (c: CasualtyRange) => number) => killed.reduce((n, c) => n + f(c), 0);
  return { acled_fatalities: sum((c) => c.conservative), ucdp: { low: sum((c) => c.low), best: sum((c) => c.best), high: sum((c) => c.high) } };
}

import type { CasualtyFigure, CasualtyRange } from '../../domain/index.js';
import { CIVILIANS } from './ged-sides.js';

/** GED's fatality columns. best is the sum of the four deaths_ columns (codebook, "best"). */
export type GedDeaths = {
  deaths_a: number;
  deaths_b: number;
  deaths_civilians: number;
  deaths_unknown: number;
  best: number;
  high: number;
  low: number;
};

export const DEATH_COLUMNS = ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low'] as const satisfies readonly (keyof GedDeaths)[];

/**
 * GED's fatality columns from an incident's killed ranges (casualty-ranges.ts): soldiers
 * of side_a's side are deaths_a, of side_b's deaths_b, civilians of any side
 * deaths_civilians, the rest (dead of unknown status, soldiers of third sides)
 * deaths_unknown, each by its best figure; best, low and high are the sums of the ranges'
 * best, low and high. Ranges that lump outcomes together ("killed or missing") are left
 * out: GED counts deaths only.
 */
export function deathsOf(ranges: readonly CasualtyRange[], keyA?: string, keyB?: string): GedDeaths {
  const d: GedDeaths = { deaths_a: 0, deaths_b: 0, deaths_civilians: 0, deaths_unknown: 0, best: 0, high: 0, low: 0 };
  for (const r of ranges) {
    if (r.outcome !== 'killed' || r.combined) continue;
    if (r.group === 'military' && r.side === keyA) d.deaths_a += r.best;
    else if (r.group === 'military' && r.side === keyB) d.deaths_b += r.best;
    else if (r.group === 'civilian') d.deaths_civilians += r.best;
    else d.deaths_unknown += r.best;
    d.best += r.best;
    d.low += r.low;
    d.high += r.high;
  }
  return d;
}

/** What is wrong with a row's fatality columns as GED defines them, or undefined. */
export function deathsProblem(d: GedDeaths): { column: keyof GedDeaths; message: string } | undefined {
  const sum = d.deaths_a + d.deaths_b + d.deaths_civilians + d.deaths_unknown;
  if (d.best !== sum) return { column: 'best', message: `best is ${d.best}, but deaths_a + deaths_b + deaths_civilians + deaths_unknown is ${sum}` };
  if (d.low > d.best) return { column: 'low', message: `low ${d.low} is above best ${d.best}` };
  if (d.high < d.best) return { column: 'high', message: `high ${d.high} is below best ${d.best}` };
  return undefined;
}

/**
 * The figures one claim states so that deriving them (casualtyRanges) gives the row's
 * columns back: soldiers of each side under its code, civilians and the dead of unknown
 * status under `unknown`, each with its count as best. GED gives low and high only as
 * totals, so the spread sits with the dead of unknown status (whose they are GED does not
 * say): high - best is added to their upper bound, and best - low taken from the lower
 * bounds of the unknown, civilian, side_b and side_a figures in turn. A figure whose bounds
 * differ from its count is "about" the count. When both sides count under the same code
 * (two groups with none), their soldiers are one figure and the split is the row's alone.
 */
export function figuresOf(d: GedDeaths, keyA: string, keyB: string): CasualtyFigure[] {
  const sideOf = (key: string) => (key === CIVILIANS ? 'unknown' : key);
  const [a, b] = [sideOf(keyA), sideOf(keyB)];
  type Cell = { group: CasualtyFigure['group']; side: string; count: number; low: number; high: number };
  const cells: Cell[] = [];
  const add = (group: Cell['group'], side: string, count: number) => {
    const same = cells.find((c) => c.group === group && c.side === side);
    if (same) {
      same.count += count;
      same.low += count;
      same.high += count;
    } else cells.push({ group, side, count, low: count, high: count });
  };
  add('military', a, d.deaths_a);
  add('military', b, d.deaths_b);
  add('civilian', 'unknown', d.deaths_civilians);
  add('unknown', 'unknown', d.deaths_unknown);
  const unknown = cells.find((c) => c.group === 'unknown')!;
  unknown.high += d.high - d.best;
  let deficit = d.best - d.low;
  for (const cell of [...cells].reverse()) {
    const cut = Math.min(deficit, cell.low);
    cell.low -= cut;
    deficit -= cut;
  }
  return cells
    .filter((c) => c.high > 0)
    .map(({ group, side, count, low, high }) => ({
      outcome: 'killed' as const,
      group,
      side,
      hedge: low === count && high === count ? ('exact' as const) : ('about' as const),
      count,
      low,
      high,
    }));
}

import type { Range, StatsBucket } from '../../api/types';
import { periodIn, type Interval } from './periods';

/** A range of figures for readers: "4" when the sources agree, "4–6 (best 5)" when not. */
export function rangeText(r: Range): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  if (r.low === r.high) return n(r.best);
  return `${n(r.low)}–${n(r.high)} (best ${n(r.best)})`;
}

const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, best: a.best + b.best, high: a.high + b.high });
const ZERO: Range = { low: 0, best: 0, high: 0 };

/**
 * Buckets summed into coarser periods (months into years), per group. Exact, since the API
 * counts each incident once per group, in the period its date range starts in.
 */
export function rollUp(buckets: StatsBucket[], interval: Interval): StatsBucket[] {
  const out = new Map<string, StatsBucket>();
  for (const b of buckets) {
    const period = periodIn(b.period, interval);
    const key = `${period}\u0000${b.group ?? ''}`;
    const had = out.get(key) ?? { period, ...(b.group === undefined ? {} : { group: b.group }), incidents: 0, killed: ZERO, wounded: ZERO };
    out.set(key, { ...had, incidents: had.incidents + b.incidents, killed: add(had.killed, b.killed), wounded: add(had.wounded, b.wounded) });
  }
  return [...out.values()];
}

/** Totals over every period, per group ('' when the buckets are not split). */
export function totals(buckets: StatsBucket[]): Map<string, { incidents: number; killed: Range; wounded: Range }> {
  const out = new Map<string, { incidents: number; killed: Range; wounded: Range }>();
  for (const b of buckets) {
    const had = out.get(b.group ?? '') ?? { incidents: 0, killed: ZERO, wounded: ZERO };
    out.set(b.group ?? '', { incidents: had.incidents + b.incidents, killed: add(had.killed, b.killed), wounded: add(had.wounded, b.wounded) });
  }
  return out;
}

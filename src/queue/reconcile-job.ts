/** The queue of reconciliations ingest jobs ask for, and where those that keep failing end up. */
export const RECONCILE_QUEUE = 'reconcile';
export const RECONCILE_DEAD = 'reconcile-dead';

/** Days whose incidents new documents added to, to group with what the record holds then. */
export type ReconcileJob = { from: string; to: string };

/** Days apart two spans may be and still be reconciled as one: reconcileRecord reads 3 days either side anyway. */
const JOIN_DAYS = 7;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * Many jobs' spans as few runs: overlapping or nearby spans joined, distant ones kept apart,
 * so a batch of reports about March 2024 and one about July 2020 do not make one run over
 * four years of the record.
 */
export function mergeSpans(spans: ReconcileJob[]): ReconcileJob[] {
  const sorted = spans.filter((s) => s && s.from && s.to).sort((a, b) => a.from.localeCompare(b.from));
  const merged: ReconcileJob[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && dayNumber(span.from) - dayNumber(last.to) <= JOIN_DAYS) {
      if (span.to > last.to) merged[merged.length - 1] = { from: last.from, to: span.to };
    } else merged.push({ ...span });
  }
  return merged;
}

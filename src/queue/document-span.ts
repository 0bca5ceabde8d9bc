import type { ReadStore } from '../storage/read-store.js';
import type { Store } from '../storage/store.js';

/**
 * The days a stored document's reports cover, or undefined when it has none. A worker asks
 * this of a document it finds already stored: when that is its own job retried after a
 * crash between storing the batch and queueing its reconciliation, this is how those days
 * still get reconciled (reconciling days twice is harmless; never is not).
 */
export async function documentSpan(store: Pick<Store, 'getIncident'> & ReadStore, documentId: string): Promise<{ from: string; to: string } | undefined> {
  const claims = await store.listClaims({ documentId, limit: 500 });
  const reportIds = [...new Set(claims.items.map((c) => c.report_id ?? c.incident_id))];
  let span: { from: string; to: string } | undefined;
  for (const id of reportIds) {
    const report = await store.getIncident(id);
    if (!report) continue;
    const { start, end } = report.date;
    span = span ? { from: start < span.from ? start : span.from, to: end > span.to ? end : span.to } : { from: start, to: end };
  }
  return span;
}

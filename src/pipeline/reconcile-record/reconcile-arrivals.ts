import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { recordGazetteer } from '../../gazetteer/record-gazetteer.js';
import type { Store } from '../../storage/store.js';
import type { IngestSummary } from '../ingest/ingest-types.js';
import { spanOf } from '../ingest/run-ingest.js';
import { reconcileRecord, type ReconcileSummary } from './reconcile-record.js';

/** After an ingest run: the new documents' incidents grouped with what the record holds on those days. */
export async function reconcileArrivals(store: Store, summary: IngestSummary, gazetteer?: Gazetteer): Promise<ReconcileSummary | undefined> {
  const span = spanOf(summary);
  if (!span) return undefined;
  return reconcileRecord(store, gazetteer ?? (await recordGazetteer(store)), span);
}

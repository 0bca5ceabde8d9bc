import { ingestBytes, type BytesOutcome } from './ingest-bytes.js';
import type { IngestContext, IngestItem } from './ingest-types.js';
import { LoadError, loadItem } from './load-item.js';

/** One item, from its location to the record: load its bytes, then read, extract and store them. */
export async function ingestItem(item: IngestItem, ctx: IngestContext): Promise<BytesOutcome> {
  let raw;
  try {
    raw = await loadItem(item, ctx.options);
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    return { kind: 'document', outcome: { item: item.location, status: 'failed', error: error.message } };
  }
  return ingestBytes(raw, item, ctx);
}

import type { IngestContext, IngestItem } from './ingest-types.js';
import { LoadError, loadItem } from './load-item.js';
import { prepareBytes, type Prepared } from './prepare-bytes.js';

/** One item, from its location onwards: load its bytes, then read them and start extracting. */
export async function prepareItem(item: IngestItem, ctx: IngestContext): Promise<Prepared> {
  let raw;
  try {
    raw = await loadItem(item, ctx.options);
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    return { kind: 'done', outcome: { item: item.location, status: 'failed', error: error.message } };
  }
  return prepareBytes(raw, item, ctx);
}

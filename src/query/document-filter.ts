import { normalizeName } from '../domain/index.js';
import { decodeCursor } from '../storage/cursor.js';
import { DOCUMENT_STATUSES, type DocumentQuery, type DocumentStatus } from '../storage/read-store.js';
import type { Store } from '../storage/store.js';
import { day, FilterError, many } from './incident-filter.js';

/** Document filters as a query string gives them. */
export type DocumentFilter = {
  /** Publishers by id or name. */
  publisher?: string | string[];
  from?: string;
  to?: string;
  status?: string | string[];
  limit?: number;
  cursor?: string;
};

/** Turns document filters into a DocumentQuery; a publisher that names nothing matches no document. */
export async function resolveDocumentFilter(store: Store, filter: DocumentFilter): Promise<DocumentQuery> {
  const query: DocumentQuery = { limit: filter.limit };
  if (filter.from) query.from = day('from', filter.from);
  if (filter.to) query.to = day('to', filter.to);
  if (query.from && query.to && query.from > query.to) throw new FilterError('from', `from ${filter.from} is after to ${filter.to}`);
  const publishers = many(filter.publisher);
  if (publishers.length) {
    const wanted = new Set(publishers.map(normalizeName));
    query.publisherIds = (await store.listSources()).filter((s) => publishers.includes(s.id) || wanted.has(normalizeName(s.name))).map((s) => s.id);
  }
  const statuses = many(filter.status);
  for (const s of statuses) {
    if (!(DOCUMENT_STATUSES as readonly string[]).includes(s)) throw new FilterError('status', `"${s}" is not a document status: use ${DOCUMENT_STATUSES.join(', ')}`);
  }
  if (statuses.length) query.status = statuses as DocumentStatus[];
  if (filter.cursor) {
    try {
      decodeCursor(filter.cursor);
    } catch (error) {
      throw new FilterError('cursor', (error as Error).message);
    }
    query.cursor = filter.cursor;
  }
  return query;
}

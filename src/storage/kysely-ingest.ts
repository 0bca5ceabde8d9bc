import type { Kysely, Transaction } from 'kysely';
import type { Candidate, Feed, IngestedDocument } from './ingest-store.js';
import type { Database } from './schema.js';

// The ingestion half of the shared Kysely code: received documents and their content,
// near-duplicate bands, and feeds. KyselyStore delegates here so each file stays small.

type Db = Kysely<Database> | Transaction<Database>;
const CHUNK = 200;

/**
 * Writes new documents with their content and bands, and any publisher or actor not yet known
 * (the caller removes a failed earlier copy first). Each table gets its rows in one go for the
 * whole batch: on a server, statements a document would cost a round trip each.
 */
export async function writeIngestedDocuments(
  trx: Transaction<Database>,
  batch: IngestedDocument[],
  insertRows: <T extends keyof Database>(table: T, rows: Database[T][]) => Promise<void>,
): Promise<void> {
  const sources = await unstored(trx, 'sources', batch.flatMap((x) => (x.source ? [x.source] : [])));
  await insertRows('sources', sources.map((s) => ({ id: s.id, data: JSON.stringify(s) })));
  const actors = await unstored(trx, 'actors', batch.flatMap((x) => x.actors));
  await insertRows(
    'actors',
    actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, side: a.side, country: a.country, parent_id: a.parent_id ?? null, data: JSON.stringify(a) })),
  );
  await insertRows(
    'documents',
    batch.map(({ document: { text: _text, ...metadata } }) => ({
      id: metadata.id,
      publisher_id: metadata.publisher_id,
      published_start: metadata.published.start,
      title: metadata.title,
      sha256: metadata.sha256 ?? null,
      data: JSON.stringify(metadata),
    })),
  );
  await insertRows('document_content', batch.map((x) => ({ document_id: x.document.id, bytes: x.bytes, text: x.text, signature: x.signature ?? null })));
  await insertRows('document_bands', batch.flatMap((x) => [...new Set((x.bands ?? []).map(bandKey))].map((band) => ({ band, document_id: x.document.id }))));
}

/** The items a table does not hold yet, each id once (the first given): what a batch still has to write. */
export async function unstored<T extends { id: string }>(trx: Transaction<Database>, table: 'sources' | 'documents' | 'places' | 'actors' | 'incidents', items: T[]): Promise<T[]> {
  const seen = new Set<string>();
  const ids = [...new Set(items.map((x) => x.id))];
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of await trx.selectFrom(table).select('id').where('id', 'in', ids.slice(i, i + CHUNK)).execute()) seen.add(r.id);
  }
  return items.filter((x) => !seen.has(x.id) && seen.add(x.id));
}

/**
 * The key a band is stored under: a 53-bit hash of its text, an exact integer in JavaScript
 * and in SQL. An integer key is a quarter the size of the text and compares faster, which
 * matters at 32 rows per document. Two bands with the same key would only make an extra
 * candidate, which the comparison of whole signatures then turns down (and at 2^-53 a pair,
 * it does not happen).
 */
export function bandKey(band: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < band.length; i++) {
    const c = band.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  b ^= b >>> 15;
  return (b >>> 11) * 2 ** 32 + (a >>> 0);
}

/**
 * Documents sharing at least `minShared` of these bands. One shared band happens by chance
 * between unrelated texts with common phrasing (wire boilerplate, templates); copies share
 * many, so asking for two keeps the candidates few as the record grows.
 */
export async function findNearDuplicateCandidates(db: Db, bands: string[], minShared: number): Promise<Candidate[]> {
  if (!bands.length) return [];
  const rows = await db
    .selectFrom('document_bands')
    .innerJoin('document_content', 'document_content.document_id', 'document_bands.document_id')
    .select(['document_content.document_id', 'document_content.signature'])
    .where('document_bands.band', 'in', [...new Set(bands.map(bandKey))])
    .where('document_content.signature', 'is not', null)
    .groupBy(['document_content.document_id', 'document_content.signature'])
    .having((eb) => eb.fn.countAll(), '>=', minShared)
    .execute();
  return rows.map((r) => ({ document_id: r.document_id, signature: new Uint8Array(r.signature!) }));
}

function feedOf(row: Database['feeds']): Feed {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    added_at: row.added_at,
    ...(row.etag ? { etag: row.etag } : {}),
    ...(row.last_modified ? { last_modified: row.last_modified } : {}),
    ...(row.checked_at ? { checked_at: row.checked_at } : {}),
    ...(row.last_error ? { last_error: row.last_error } : {}),
  };
}

export async function addFeed(db: Db, feed: Pick<Feed, 'id' | 'url' | 'name'>): Promise<Feed> {
  const row = { ...feed, etag: null, last_modified: null, checked_at: null, last_error: null, added_at: new Date().toISOString() };
  await db.insertInto('feeds').values(row).execute();
  return feedOf(row);
}

export async function listFeeds(db: Db): Promise<Feed[]> {
  return (await db.selectFrom('feeds').selectAll().orderBy('added_at').orderBy('id').execute()).map(feedOf);
}

export async function removeFeed(db: Db, idOrUrl: string): Promise<boolean> {
  const result = await db.deleteFrom('feeds').where((eb) => eb.or([eb('id', '=', idOrUrl), eb('url', '=', idOrUrl)])).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function updateFeed(db: Db, id: string, poll: Pick<Feed, 'etag' | 'last_modified' | 'checked_at' | 'last_error'>): Promise<void> {
  await db
    .updateTable('feeds')
    .set({ etag: poll.etag ?? null, last_modified: poll.last_modified ?? null, checked_at: poll.checked_at ?? null, last_error: poll.last_error ?? null })
    .where('id', '=', id)
    .execute();
}

export async function seenFeedItems(db: Db, feedId: string, keys: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db.selectFrom('feed_items').select('item_key').where('feed_id', '=', feedId).where('item_key', 'in', keys.slice(i, i + CHUNK)).execute();
    for (const r of rows) seen.add(r.item_key);
  }
  return seen;
}

export async function markFeedItem(db: Db, feedId: string, key: string, documentId: string | undefined): Promise<void> {
  await db
    .insertInto('feed_items')
    .values({ feed_id: feedId, item_key: key, document_id: documentId ?? null, seen_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['feed_id', 'item_key']).doUpdateSet({ document_id: documentId ?? null }))
    .execute();
}

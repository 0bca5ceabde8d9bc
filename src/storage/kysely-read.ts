import type { Kysely, Transaction } from 'kysely';
import type { Claim, Document, Place } from '../domain/index.js';
import { decodeClaimCursor, decodeCursor, encodeClaimCursor, encodeCursor } from './cursor.js';
import type { ClaimQuery, DocumentQuery, ListedClaim } from './read-store.js';
import { fromJson, type Database } from './schema.js';
import type { SqlDialect } from './sql-dialect.js';
import { MAX_PAGE_SIZE, type Page } from './store.js';

// The API's paged reads of claims and documents, and the bounding-box look-up of places.
// KyselyStore delegates here so its own file stays small.

type Db = Kysely<Database> | Transaction<Database>;

const pageSize = (limit: number | undefined) => Math.max(1, Math.min(limit ?? 100, MAX_PAGE_SIZE));

function claimsSelect(db: Db) {
  // A report's claims are shown under the reconciled incident it is grouped into, as listIncidents shows them.
  return db
    .selectFrom('claims')
    .innerJoin('incidents', 'incidents.id', 'claims.incident_id')
    .select(['claims.incident_id', 'claims.position', 'claims.data', 'incidents.parent_id']);
}

function listedClaim(row: { incident_id: string; data: Database['claims']['data']; parent_id?: string | null }): ListedClaim {
  const claim = fromJson<Claim>(row.data);
  return row.parent_id ? { ...claim, incident_id: row.parent_id, report_id: row.incident_id } : { ...claim, incident_id: row.incident_id };
}

export async function listClaims(db: Db, dialect: SqlDialect, query: ClaimQuery = {}): Promise<Page<ListedClaim>> {
  const limit = pageSize(query.limit);
  let q = claimsSelect(db);
  if (query.incidentId) {
    const id = query.incidentId;
    q = q.where((eb) => eb.or([eb('claims.incident_id', '=', id), eb('incidents.parent_id', '=', id)]));
  }
  if (query.claimantIds?.length === 0) return { items: [] };
  if (query.claimantIds) q = q.where('claims.claimant_id', 'in', query.claimantIds);
  if (query.documentId) q = q.where('claims.document_id', '=', query.documentId);
  if (query.status?.length) q = q.where('claims.status', 'in', query.status);
  if (query.kind?.length) q = q.where('claims.kind', 'in', query.kind);
  if (query.stance?.length) {
    // Stance has no column of its own; claimRow writes `data` with JSON.stringify, where this
    // key-value text can only be the stance itself (quotes inside strings are escaped).
    const stances = query.stance;
    q = q.where((eb) => eb.or(stances.map((s) => eb(dialect.jsonText('claims.data'), 'like', `%"stance":"${s}"%`))));
  }
  if (query.cursor) {
    const after = decodeClaimCursor(query.cursor);
    q = q.where((eb) =>
      eb.or([eb('claims.incident_id', '>', after.incidentId), eb.and([eb('claims.incident_id', '=', after.incidentId), eb('claims.position', '>', after.position)])]),
    );
  }
  const rows = await q.orderBy('claims.incident_id').orderBy('claims.position').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const items = page.map(listedClaim);
  return rows.length > limit && last ? { items, next_cursor: encodeClaimCursor(last.incident_id, last.position) } : { items };
}

export async function getListedClaim(db: Db, id: string): Promise<ListedClaim | undefined> {
  const row = await claimsSelect(db).where('claims.id', '=', id).executeTakeFirst();
  return row ? listedClaim(row) : undefined;
}

export async function findDocuments(db: Db, dialect: SqlDialect, query: DocumentQuery = {}): Promise<Page<Document>> {
  const limit = pageSize(query.limit);
  let q = db.selectFrom('documents').select(['id', 'published_start', 'data']);
  if (query.publisherIds?.length === 0) return { items: [] };
  if (query.publisherIds) q = q.where('publisher_id', 'in', query.publisherIds);
  if (query.from) q = q.where('published_start', '>=', query.from);
  if (query.to) q = q.where('published_start', '<=', query.to);
  if (query.status?.length) {
    const status = query.status;
    q = q.where((eb) =>
      eb.or(
        status.map((s) =>
          // Cited documents were never received, so have no hash; the ingestion status lives only in
          // the JSON, written by JSON.stringify, where this text can only be `ingest.status`.
          s === 'cited' ? eb('sha256', 'is', null) : eb.and([eb('sha256', 'is not', null), eb(dialect.jsonText('data'), 'like', `%"status":"${s}"%`)]),
        ),
      ),
    );
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    q = q.where((eb) => eb.or([eb('published_start', '>', after.date), eb.and([eb('published_start', '=', after.date), eb('id', '>', after.id)])]));
  }
  const rows = await q.orderBy('published_start').orderBy('id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const items = page.map((r) => fromJson<Document>(r.data));
  return rows.length > limit && last ? { items, next_cursor: encodeCursor({ date: last.published_start, id: last.id }) } : { items };
}

/** Ids of places whose coordinates lie inside the box (edges included). */
export async function placesInBox(db: Db, [minLon, minLat, maxLon, maxLat]: [number, number, number, number]): Promise<string[]> {
  // Coordinates live only in the JSON; the gazetteer is small next to the incidents, so reading it whole is cheap.
  const rows = await db.selectFrom('places').select(['id', 'data']).execute();
  return rows
    .map((r) => fromJson<Place>(r.data))
    .filter((p) => p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat)
    .map((p) => p.id);
}

import { sql, type Kysely, type Transaction } from 'kysely';
import type { Claim, Incident, ReviewStatus } from '../domain/index.js';
import type { IncidentReview, ReportWindow, StoredReport } from './reconcile-store.js';
import { fromJson, type Database } from './schema.js';

// The reconciliation half of the shared Kysely code: the documents' own incidents (reports),
// the reconciled incidents they are grouped into, and people's decisions on them.

type Db = Kysely<Database> | Transaction<Database>;
const CHUNK = 200;

export async function listReports(db: Db, window: ReportWindow = {}): Promise<StoredReport[]> {
  let q = db.selectFrom('incidents').select(['id', 'data', 'parent_id', 'pinned_to']).where('origin', '=', 'extracted');
  if (window.from) q = q.where('date_end', '>=', window.from);
  if (window.to) q = q.where('date_start', '<=', window.to);
  if (window.parents) {
    if (!window.parents.length) return [];
    q = q.where('parent_id', 'in', window.parents);
  }
  const rows = await q.orderBy('id').execute();
  const claims = new Map<string, Claim[]>(rows.map((r) => [r.id, []]));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    const found = await db.selectFrom('claims').select(['incident_id', 'data']).where('incident_id', 'in', ids).orderBy('incident_id').orderBy('position').execute();
    for (const c of found) claims.get(c.incident_id)!.push(fromJson<Claim>(c.data));
  }
  return rows.map((r) => ({
    incident: { ...fromJson<Omit<Incident, 'claims'>>(r.data), claims: claims.get(r.id)! },
    ...(r.parent_id ? { parent_id: r.parent_id } : {}),
    ...(r.pinned_to ? { pinned_to: r.pinned_to } : {}),
  }));
}

export async function reconciledIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('incidents').select('id').where('origin', '=', 'reconciled').execute()).map((r) => r.id);
}

/**
 * Sets each report's incident, a chunk of reports a statement (UPDATE ... SET parent_id = CASE
 * id WHEN ... END), not one statement a report: most incidents have one report, and on a
 * server each statement is a round trip.
 */
export async function setParents(trx: Transaction<Database>, parents: { report_id: string; incident_id: string }[]): Promise<void> {
  for (let i = 0; i < parents.length; i += CHUNK) {
    const chunk = parents.slice(i, i + CHUNK);
    const parentOf = sql.join(chunk.map((p) => sql`WHEN ${p.report_id} THEN ${p.incident_id}`), sql` `);
    await trx
      .updateTable('incidents')
      .set({ parent_id: sql<string>`CASE id ${parentOf} END` })
      .where('id', 'in', chunk.map((p) => p.report_id))
      .execute();
  }
}

export async function pinReports(db: Db, reportIds: string[], incidentId: string | null): Promise<void> {
  for (let i = 0; i < reportIds.length; i += CHUNK) {
    await db.updateTable('incidents').set({ pinned_to: incidentId }).where('origin', '=', 'extracted').where('id', 'in', reportIds.slice(i, i + CHUNK)).execute();
  }
}

function reviewOf(row: Database['incident_reviews']): IncidentReview {
  return {
    status: row.status as ReviewStatus,
    claim_count: row.claim_count,
    ...(row.overrides ? { overrides: fromJson<IncidentReview['overrides']>(row.overrides) } : {}),
    updated_at: row.updated_at,
  };
}

export async function listReviews(db: Db, ids: string[]): Promise<Map<string, IncidentReview>> {
  const reviews = new Map<string, IncidentReview>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.selectFrom('incident_reviews').selectAll().where('incident_id', 'in', ids.slice(i, i + CHUNK)).execute();
    for (const r of rows) reviews.set(r.incident_id, reviewOf(r));
  }
  return reviews;
}

export async function setReview(db: Db, incidentId: string, review: IncidentReview): Promise<void> {
  const row = { incident_id: incidentId, status: review.status, claim_count: review.claim_count, overrides: review.overrides ? JSON.stringify(review.overrides) : null, updated_at: review.updated_at };
  await db
    .insertInto('incident_reviews')
    .values(row)
    .onConflict((oc) => oc.column('incident_id').doUpdateSet({ status: row.status, claim_count: row.claim_count, overrides: row.overrides, updated_at: row.updated_at }))
    .execute();
}

/** Sets a claim's status in its row and in its data, so every reader sees it; returns the id of the incident (or report) it belongs to. */
export async function setClaimStatus(db: Db, claimId: string, status: ReviewStatus): Promise<string | undefined> {
  const row = await db.selectFrom('claims').select(['data', 'incident_id']).where('id', '=', claimId).executeTakeFirst();
  if (!row) return undefined;
  const claim = { ...fromJson<Claim>(row.data), status };
  await db.updateTable('claims').set({ status, data: JSON.stringify(claim) }).where('id', '=', claimId).execute();
  return row.incident_id;
}

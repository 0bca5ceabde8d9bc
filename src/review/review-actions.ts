import { deriveIncident, type Claim, type Incident, type ReviewStatus } from '../domain/index.js';
import { recordGazetteer } from '../gazetteer/record-gazetteer.js';
import { reconcileRecord } from '../pipeline/reconcile-record/reconcile-record.js';
import type { IncidentEdit } from '../storage/note-store.js';
import type { Store } from '../storage/store.js';
import { ReviewError } from './review-error.js';

// A person's decisions on the record, shared by `truce review` and the API. Each takes a
// store already bound to the caller's transaction and returns what changed, before and
// after, for the audit log.

export type Change<T> = { target_kind: 'incident' | 'claim'; target_id: string; before: T | null; after: T | null };

async function incidentOf(store: Store, id: string): Promise<Incident> {
  const incident = await store.getIncident(id);
  if (!incident) throw new ReviewError('not_found', `no incident has the id "${id}"`, 'id');
  return incident;
}

async function groupedIncident(store: Store, id: string): Promise<Incident> {
  const incident = await incidentOf(store, id);
  if (incident.origin !== 'reconciled' || !incident.report_ids) {
    throw new ReviewError('conflict', `${id} is not an incident grouped from documents; only those can be merged or split`, 'id');
  }
  return incident;
}

/** Groups again around the incidents' days, so figures and groups reflect the decision at once. */
async function regroup(store: Store, incidents: Incident[]): Promise<void> {
  const from = incidents.reduce((d, i) => (i.date.start < d ? i.date.start : d), incidents[0].date.start);
  const to = incidents.reduce((d, i) => (i.date.end > d ? i.date.end : d), incidents[0].date.end);
  await reconcileRecord(store, await recordGazetteer(store), { from, to });
}

/** Derives an incident's figures again from its claims (a claim rejected drops out of them). */
export async function rederive(store: Store, incident: Incident): Promise<Incident> {
  const gazetteer = await recordGazetteer(store);
  const publishers = new Map<string, string>();
  for (const id of new Set(incident.claims.map((c) => c.document_id))) publishers.set(id, (await store.getDocument(id))?.publisher_id ?? id);
  return deriveIncident(incident, { sideOf: (id) => gazetteer.sideOf(id), sourceOf: (id) => publishers.get(id) ?? id });
}

/** Accepts, disputes, rejects or reopens one claim; a rejected claim no longer counts in the figures. */
export async function reviewClaim(store: Store, claimId: string, status: ReviewStatus): Promise<Change<Claim> & { incident_id: string }> {
  const found = await store.getClaim(claimId);
  if (!found) throw new ReviewError('not_found', `no claim has the id "${claimId}"`, 'id');
  const { incident_id, ...before } = found;
  await store.setClaimStatus(claimId, status);
  const owner = await incidentOf(store, incident_id);
  // A document's report: the incident it is grouped into gets its figures again; a curated one is derived again.
  if (owner.origin === 'extracted') await regroup(store, [owner]);
  else if (owner.origin !== 'reconciled') await store.saveIncident(await rederive(store, owner));
  return { target_kind: 'claim', target_id: claimId, incident_id, before, after: { ...before, status } };
}

/** Sets an incident's review status; new claims on a grouped incident put it back in the queue. */
export async function reviewIncident(store: Store, id: string, status: ReviewStatus): Promise<Change<{ status: ReviewStatus }>> {
  const incident = await incidentOf(store, id);
  if (incident.origin === 'reconciled') {
    const before = await store.getReview(id);
    await store.setReview(id, { status, claim_count: incident.claims.length, overrides: before?.overrides, updated_at: new Date().toISOString() });
    await regroup(store, [incident]);
  } else {
    await store.saveIncident({ ...incident, status });
  }
  return { target_kind: 'incident', target_id: id, before: { status: incident.status }, after: { status } };
}

/** Merges incidents into the first: their documents' reports are placed in it for good. */
export async function mergeIncidents(store: Store, into: string, others: string[]): Promise<Change<{ report_ids: string[] }>> {
  if (!others.length) throw new ReviewError('invalid', 'name at least one incident to merge in', 'others');
  if (others.includes(into)) throw new ReviewError('conflict', `${into} cannot be merged into itself`, 'others');
  const target = await groupedIncident(store, into);
  const incidents = [target, ...(await Promise.all(others.map((id) => groupedIncident(store, id))))];
  const reports = incidents.flatMap((i) => i.report_ids!);
  await store.pinReports(reports, into);
  await regroup(store, incidents);
  return { target_kind: 'incident', target_id: into, before: { report_ids: target.report_ids! }, after: { report_ids: (await store.getIncident(into))?.report_ids ?? reports } };
}

/** Splits reports off an incident into one of their own; returns its id. */
export async function splitIncident(store: Store, id: string, reports: string[]): Promise<Change<{ report_ids: string[] }> & { new_id: string }> {
  const incident = await groupedIncident(store, id);
  const unknown = reports.filter((r) => !incident.report_ids!.includes(r));
  if (!reports.length) throw new ReviewError('invalid', 'name the reports to split off', 'reports');
  if (unknown.length) throw new ReviewError('invalid', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among ${id}'s reports (${incident.report_ids!.join(', ')})`, 'reports');
  if (reports.length === incident.report_ids!.length) throw new ReviewError('conflict', `that would leave ${id} with no report; give only the reports to split off`, 'reports');
  const newId = `inc-split-${[...reports].sort()[0]}`;
  await store.pinReports(reports, newId);
  await store.pinReports(incident.report_ids!.filter((r) => !reports.includes(r)), id);
  await regroup(store, [incident]);
  return { target_kind: 'incident', target_id: id, new_id: newId, before: { report_ids: incident.report_ids! }, after: { report_ids: (await store.getIncident(id))?.report_ids ?? [] } };
}

/** Edits an incident's title, summary, type or date; a grouped incident keeps the edit when reconciliation runs again. */
export async function editIncident(store: Store, id: string, edit: IncidentEdit): Promise<Change<IncidentEdit>> {
  const fields = Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined)) as IncidentEdit;
  if (!Object.keys(fields).length) throw new ReviewError('invalid', 'say what to change: title, summary, type or date');
  const incident = await incidentOf(store, id);
  const before = Object.fromEntries(Object.keys(fields).map((k) => [k, incident[k as keyof IncidentEdit]])) as IncidentEdit;
  if (incident.origin === 'reconciled') {
    const review = await store.getReview(id);
    await store.setReview(id, { status: review?.status ?? incident.status, claim_count: review?.claim_count ?? incident.claims.length, overrides: { ...(review?.overrides ?? {}), ...fields }, updated_at: new Date().toISOString() });
    await regroup(store, [incident]);
  } else {
    await store.saveIncident({ ...incident, ...fields });
  }
  return { target_kind: 'incident', target_id: id, before, after: fields };
}

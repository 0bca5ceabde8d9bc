import type { Incident } from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { IncidentReview, StoredReport } from '../../storage/reconcile-store.js';
import type { Store } from '../../storage/store.js';
import { reconcileReports, type ReconciledIncident } from '../reconcile/index.js';
import { reportOf, sourceOfDocument } from './report-of.js';

/** What a reconciliation run did. */
export type ReconcileSummary = {
  reports: number;
  incidents: number;
  /** Incidents reported by more than one independent source. */
  corroborated: number;
  /** Incidents whose sources include both conflict parties' claimants. */
  both_sides_confirm: number;
  /** Incidents whose responsibility is disputed. */
  disputed: number;
  /** Reconciled incidents that no longer exist, their reports having gone elsewhere. */
  removed: number;
};

/** Days either side of the new reports' dates that an incremental run also reads: reconciled incidents never span more than a day beyond their core. */
const MARGIN_DAYS = 3;

const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A person's decisions over the derived incident: edited fields, and the review status, unless new claims arrived since. */
export function withReview(incident: ReconciledIncident, review: IncidentReview | undefined): Incident {
  if (!review) return incident;
  const status = incident.claims.length > review.claim_count ? 'unreviewed' : review.status;
  return { ...incident, ...(review.overrides ?? {}), status };
}

/**
 * Groups the documents' own incidents (reports) into incidents, with figures, responsibility,
 * corroboration and disagreement, and stores them. From scratch over every report, or,
 * given the new reports' dates, over those days (and a margin) plus every report already
 * grouped with one of them, which gives the same incidents there as a run from scratch.
 * A person's placements (pins), rejected claims, edits and review statuses are kept.
 * @example await reconcileRecord(store, gazetteer)                      // truce reconcile
 * @example await reconcileRecord(store, gazetteer, { from: '2024-03-01', to: '2024-03-06' })
 */
export async function reconcileRecord(store: Store, gazetteer: Gazetteer, window?: { from: string; to: string }): Promise<ReconcileSummary> {
  const span = window ? { from: shift(window.from, -MARGIN_DAYS), to: shift(window.to, MARGIN_DAYS) } : undefined;
  const inWindow = await store.listReports(span);
  const stored = new Map<string, StoredReport>(inWindow.map((r) => [r.incident.id, r]));
  // Every report already grouped with one in the window comes too, so no incident is cut in two.
  const previous = [...new Set(inWindow.map((r) => r.parent_id).filter((id): id is string => !!id))];
  if (span) for (const r of await store.listReports({ parents: previous })) stored.set(r.incident.id, r);

  const documents = new Map((await store.listDocuments()).map((d) => [d.id, d]));
  const reports = [...stored.values()].map((r) => reportOf(r, { documents, gazetteer }));
  const reconciled = reconcileReports(reports, { sideOf: (id) => gazetteer.sideOf(id), sourceOf: (doc) => sourceOfDocument(documents.get(doc), doc), parties: gazetteer.partySides });
  const reviews = await store.listReviews(reconciled.map((i) => i.id));
  // The summary: the opening sentence of the account the incident was founded on.
  const summaryOf = (i: ReconciledIncident) =>
    i.summary || [i.id.replace(/^inc-/, ''), ...i.report_ids].map((id) => stored.get(id)?.incident.summary).find(Boolean) || '';
  const incidents = reconciled.map((i) => withReview({ ...i, summary: summaryOf(i), origin: 'reconciled', status: 'unreviewed' }, reviews.get(i.id)));
  const produced = new Set(incidents.map((i) => i.id));
  // Only incidents whose every report was read may go: an incremental run leaves the others be.
  const before = span ? new Set(previous) : new Set(await store.reconciledIds());
  const remove = [...before].filter((id) => !produced.has(id));
  await store.saveReconciliation({
    incidents,
    parents: reconciled.flatMap((i) => i.report_ids.map((report_id) => ({ report_id, incident_id: i.id }))),
    remove,
  });
  return {
    reports: reports.length,
    incidents: incidents.length,
    corroborated: reconciled.filter((i) => i.corroboration.independent_sources > 1).length,
    both_sides_confirm: reconciled.filter((i) => i.corroboration.both_sides_confirm).length,
    disputed: reconciled.filter((i) => i.responsibility.status === 'disputed').length,
    removed: remove.length,
  };
}

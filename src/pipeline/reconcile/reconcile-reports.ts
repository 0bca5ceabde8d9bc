import { groupReports, type GroupOptions } from './group-reports.js';
import { mergeCluster } from './merge-cluster.js';
import type { Report } from './report.js';
import type { MergeContext, ReconciledIncident } from './reconciled-incident.js';

/**
 * The whole stage on reports in memory: group them, then merge each cluster into an incident
 * with the cluster's id.
 *
 * @example
 * reconcileReports(reports, { sideOf: (actor) => gazetteer.sideOf(actor) })
 */
export function reconcileReports(reports: Report[], ctx: Omit<MergeContext, 'id'>, opts?: GroupOptions): ReconciledIncident[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return groupReports(reports, opts).map((c) => mergeCluster(c.report_ids.map((id) => byId.get(id)!), { ...ctx, id: c.id }));
}

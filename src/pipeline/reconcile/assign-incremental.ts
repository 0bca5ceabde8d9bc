import { affectedReports } from './affected-reports.js';
import { groupReports, type GroupOptions, type ReportCluster } from './group-reports.js';
import type { Report } from './report.js';

/** The grouping after new reports arrive, and what had to be regrouped for it. */
export type IncrementalResult = {
  clusters: ReportCluster[];
  /** Ids of the reports regrouped: the new ones and those they can affect. */
  regrouped: string[];
};

/**
 * Adds reports to an existing grouping (a report with an id already present replaces it, as a
 * re-extraction does). Only the affected reports are regrouped (see affectedReports); every
 * other cluster is kept as it was. The result equals groupReports over all the reports.
 *
 * @example
 * const next = assignIncremental({ reports: stored, clusters: current }, todaysReports);
 */
export function assignIncremental(previous: { reports: Report[]; clusters: ReportCluster[] }, added: Report[], opts: GroupOptions = {}): IncrementalResult {
  const addedIds = new Set(added.map((r) => r.id));
  const replaced = previous.reports.filter((r) => addedIds.has(r.id));
  const all = [...previous.reports.filter((r) => !addedIds.has(r.id)), ...added];
  // A replaced report's old place and date decide what it used to affect.
  const affected = affectedReports(all, [...added, ...replaced]);
  const regrouped = groupReports(all.filter((r) => affected.has(r.id)), opts);
  const kept = previous.clusters.filter((c) => !c.report_ids.some((id) => affected.has(id) || addedIds.has(id)));
  return {
    clusters: [...kept, ...regrouped].sort((a, b) => (a.id < b.id ? -1 : 1)),
    regrouped: [...affected].sort(),
  };
}

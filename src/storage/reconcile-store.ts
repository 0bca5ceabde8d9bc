import type { Incident, ReviewStatus } from '../domain/index.js';

/** A document's own incident, as reconciliation reads it: with where it is grouped and where a person placed it. */
export type StoredReport = {
  incident: Incident;
  /** The reconciled incident it is grouped into, if reconciled. */
  parent_id?: string;
  /** The incident a person placed it in. */
  pinned_to?: string;
};

/** A person's decision on a reconciled incident, which re-runs keep. */
export type IncidentReview = {
  status: ReviewStatus;
  /** How many claims the incident had when reviewed: more claims later put it back in the queue. */
  claim_count: number;
  /** Fields a person edited (title, summary, type, date), applied over the derived ones. */
  overrides?: Partial<Pick<Incident, 'title' | 'summary' | 'type' | 'date'>>;
  updated_at: string;
};

/** What reconciliation writes in one go. */
export type Reconciliation = {
  /** Reconciled incidents to write, replacing any of the same id. */
  incidents: Incident[];
  /** Each report's reconciled incident. */
  parents: { report_id: string; incident_id: string }[];
  /** Reconciled incidents that no longer exist (their reports went elsewhere). */
  remove: string[];
};

/** Which reports to read: those whose dates overlap from..to, or those grouped into these reconciled incidents. */
export type ReportWindow = { from?: string; to?: string; parents?: string[] };

/** What the reconciliation stage needs of a store. */
export interface ReconcileStore {
  /** The documents' own incidents in the window (all of them without one), with their claims. */
  listReports(window?: ReportWindow): Promise<StoredReport[]>;
  /** Every reconciled incident's id. */
  reconciledIds(): Promise<string[]>;
  /** Writes a reconciliation in one transaction: all of it, or nothing. */
  saveReconciliation(r: Reconciliation): Promise<void>;
  /** A person places reports in an incident (an existing one, or a new id for a split); null lets reconciliation decide again. */
  pinReports(reportIds: string[], incidentId: string | null): Promise<void>;
  getReview(incidentId: string): Promise<IncidentReview | undefined>;
  listReviews(ids: string[]): Promise<Map<string, IncidentReview>>;
  setReview(incidentId: string, review: IncidentReview): Promise<void>;
  /** Sets a claim's review status (a rejected claim no longer counts in figures); the id of the incident or report it belongs to, or undefined when there is no such claim. */
  setClaimStatus(claimId: string, status: ReviewStatus): Promise<string | undefined>;
}

import type { Incident, Side } from '../../domain/index.js';

/** How many independent sources report an incident, and from which sides. */
export type Corroboration = {
  /** Distinct publishers, a copy counting as what it copies. */
  independent_sources: number;
  /** Independent sources by the side of the claimants they carry (a party's code, "third", "unknown"); one source may count for several. */
  by_side: Record<string, number>;
  /** True when claimants of at least two conflict parties report the occurrence (a denial does not confirm). */
  both_sides_confirm: boolean;
};

/** Where the accounts of one incident differ, each field 0 (all agree) to 1; defined in docs/reconciliation.md. */
export type Disagreement = {
  /** The mean of the fields. */
  score: number;
  fields: { date: number; place: number; type: number; casualties: number; responsibility: number };
};

/** An incident derived from the reports grouped into it. */
export type ReconciledIncident = Incident & {
  report_ids: string[];
  document_ids: string[];
  corroboration: Corroboration;
  disagreement: Disagreement;
};

/** What merging needs from the record. */
export type MergeContext = {
  sideOf: (actorId: string) => Side;
  /**
   * The publisher of a document, when the record knows better than the reports; a copy is
   * always looked up as the document it copies. Default: the reports' own source ids.
   */
  sourceOf?: (documentId: string) => string;
  /** The incident's id (groupReports gives one). Default "inc-" and the smallest report id. */
  id?: string;
  /** The conflict's parties' side codes; any other side but "unknown" counts as "third". Default: every side but "third" and "unknown". */
  parties?: string[];
};

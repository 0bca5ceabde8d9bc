import type { Claim, DateRange, LocationPrecision, Side } from '../../domain/index.js';

/** Where a report places its occurrence: a gazetteer place, how precisely, and what contains it. */
export type ReportPlace = {
  place_id: string;
  precision: LocationPrecision;
  /** ISO 3166-1 alpha-2 code of the state the place lies in: country-precision places match on it. */
  country: string;
  lat?: number;
  lon?: number;
  /** Ids of every admin unit that contains the place, nearest first: containment matches on them. */
  parent_ids: string[];
};

/** One document's account of one occurrence: what reconciliation groups. */
export type Report = {
  /** The stored extracted incident's id. */
  id: string;
  document_id: string;
  /** Publisher of the document. */
  source_id: string;
  /** Document this one copies (a near-duplicate, as ingestion links them): copies never count as independent. */
  copy_of?: string;
  /** Publisher of the copied document, when known: a copy then counts as that publisher. */
  original_source_id?: string;
  title?: string;
  date: DateRange;
  places: ReportPlace[];
  type: { event_type: string; sub_event_type: string };
  actor_ids: string[];
  /** Every claim the document makes about the occurrence, each citing its claimant and document. */
  claims: Claim[];
  /** Set when a person placed the report in an incident: never regrouped automatically. */
  pinned_incident_id?: string;
};

/**
 * The independent source a report counts as: its publisher, or for a copy the publisher of
 * what it copies (or the copied document itself when that publisher is unknown), so a wire
 * story syndicated by three sites counts once.
 */
export function independentSource(report: Pick<Report, 'source_id' | 'copy_of' | 'original_source_id'>): string {
  if (!report.copy_of) return report.source_id;
  return report.original_source_id ?? `copy-of:${report.copy_of}`;
}

/** What grouping and merging need to know about the record's actors: their side. */
export type SideOf = (actorId: string) => Side;

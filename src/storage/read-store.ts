import type { Claim, ClaimKind, Document, ReviewStatus, Stance } from '../domain/index.js';
import type { Page } from './store.js';

/** Which claims to list. Every field narrows; names are resolved to ids before they reach a Store. */
export type ClaimQuery = {
  /** Claims of this incident; a reconciled incident's are its reports'. */
  incidentId?: string;
  /** Claimant actor ids (any of them; an empty list matches none). */
  claimantIds?: string[];
  documentId?: string;
  status?: ReviewStatus[];
  stance?: Stance[];
  kind?: ClaimKind[];
  /** Page size; a Store caps it at MAX_PAGE_SIZE. */
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
};

/** A claim with the incident it is shown under, and the report it was extracted into when that differs. */
export type ListedClaim = Claim & { incident_id: string; report_id?: string };

/** How a document came into the record: only cited, or received by ingestion and then read or not. */
export const DOCUMENT_STATUSES = ['cited', 'extracted', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Which documents to list, in order of publication. */
export type DocumentQuery = {
  /** Source ids (any of them; an empty list matches none). */
  publisherIds?: string[];
  /** Documents published on or after this ISO day (by the start of their publication date). */
  from?: string;
  /** Documents published on or before this ISO day. */
  to?: string;
  status?: DocumentStatus[];
  limit?: number;
  cursor?: string;
};

/** Paged reads of claims and documents, for the API's listings. */
export interface ReadStore {
  /** Claims in the order of their incidents' ids and their place in each incident. */
  listClaims(query?: ClaimQuery): Promise<Page<ListedClaim>>;
  /** One claim as listClaims gives it, under the incident it is shown in (getClaim gives its stored incident). */
  getListedClaim(id: string): Promise<ListedClaim | undefined>;
  /** Document metadata (no text), oldest first. */
  findDocuments(query?: DocumentQuery): Promise<Page<Document>>;
}

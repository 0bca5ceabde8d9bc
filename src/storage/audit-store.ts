import type { AuditEntry, AuditInput } from '../audit/chain.js';

/** Which audit entries to list, newest first. */
export type AuditQuery = {
  /** Only entries older than this seq: the next page after a page ending at it. */
  before_seq?: number;
  /** Page size: 50 unless given, at most MAX_AUDIT_PAGE. */
  limit?: number;
  target_id?: string;
  actor?: string;
};

/** The most audit entries one listing returns. */
export const MAX_AUDIT_PAGE = 500;

/** The append-only, hash-chained audit log (see src/audit/chain.ts). */
export interface AuditStore {
  /**
   * Writes the next entry, chained to the last one. Reading the last entry and inserting the
   * next happen in one transaction: the store's own, or the caller's when the store is bound
   * to one (so a change and its entry commit together).
   */
  appendAudit(entry: AuditInput): Promise<AuditEntry>;
  /** Entries newest first, narrowed by `q`. */
  listAudit(q: AuditQuery): Promise<AuditEntry[]>;
  /** Every entry oldest first, read in chunks, for verifyChain. */
  auditEntries(): AsyncIterable<AuditEntry>;
}

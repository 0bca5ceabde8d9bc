import { z } from 'zod';
import { DateRange } from './date-range.js';
import { Id } from './side.js';

/** What ingestion recorded about a document it received. */
export const IngestInfo = z.object({
  /** extracted: stored with its claims; failed: stored as received, with the reason it could not be read or extracted. */
  status: z.enum(['extracted', 'failed']),
  error: z.string().optional(),
  /** ISO timestamp of when it was stored. */
  ingested_at: z.string(),
  /** Where it came from: a file path, a URL, or "-" for standard input. */
  origin: z.string(),
  /** The reader that turned its bytes into text (text, markdown, html, pdf). */
  reader: z.string().optional(),
  encoding: z.string().optional(),
  size: z.number().int().nonnegative(),
  canonical_url: z.string().optional(),
  site_name: z.string().optional(),
  /** The earlier document this one copies (the same wire story on another site), so it is never counted as an independent source. */
  near_duplicate_of: z.string().optional(),
  /** Estimated share of word shingles in common with that document (0-1). */
  similarity: z.number().optional(),
  /** The extractor version that produced its claims, so stored documents can be re-extracted. */
  extractor_version: z.string().optional(),
  /** Incidents its claims went to. */
  incident_ids: z.array(z.string()).default([]),
});
export type IngestInfo = z.infer<typeof IngestInfo>;

/**
 * One report as received or cited. Documents the built-in record cites carry no text,
 * only what a reader needs to find them: title, publisher, author, date, URL.
 */
export const Document = z.object({
  id: Id,
  title: z.string().min(1),
  /** Source (publisher) id. */
  publisher_id: Id,
  author: z.string().optional(),
  published: DateRange,
  url: z.string().url().optional(),
  language: z.string().default('en'),
  format: z.string().optional(),
  /** SHA-256 of the original bytes, for documents stored with their content. */
  sha256: z.string().optional(),
  /** Extracted text, when the document was ingested rather than only cited. */
  text: z.string().optional(),
  note: z.string().optional(),
  /** Set on documents that ingestion received (not on documents the built-in record only cites). */
  ingest: IngestInfo.optional(),
});
export type Document = z.infer<typeof Document>;

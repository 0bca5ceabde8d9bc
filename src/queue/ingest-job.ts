import type { IngestItem, IngestOptions } from '../pipeline/ingest/ingest-types.js';
import type { RawInput } from '../pipeline/ingest/readers/reader-types.js';

/** The queue of documents to ingest, and where its poison jobs end up with their error. */
export const INGEST_QUEUE = 'ingest';
export const INGEST_DEAD = 'ingest-dead';

/** One document to ingest, as a job carries it: a file path or URL the worker loads, or the bytes themselves (API uploads and texts). */
export type IngestJob = {
  /** A file (a path the worker can read) or an http(s) URL, with a feed's hints. */
  item?: IngestItem;
  /** The document's bytes in base64, with the name and type they came with. */
  bytes?: { base64: string; name: string; contentType?: string };
  /** What the user said about the document, and the fetch limits. */
  options: IngestOptions;
};

/** A job for a file, URL or feed entry. */
export function itemJob(item: IngestItem, options: IngestOptions): IngestJob {
  return { item, options };
}

/** A job carrying the document itself (a text or an uploaded file). */
export function bytesJob(raw: RawInput, options: IngestOptions): IngestJob {
  return { bytes: { base64: Buffer.from(raw.bytes).toString('base64'), name: raw.name, contentType: raw.contentType }, options };
}

/** The input a bytes job carries, as the readers take it. */
export function rawOf(job: IngestJob): RawInput | undefined {
  if (!job.bytes) return undefined;
  return { bytes: new Uint8Array(Buffer.from(job.bytes.base64, 'base64')), name: job.bytes.name, contentType: job.bytes.contentType };
}

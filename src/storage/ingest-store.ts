import type { Actor, Document, Incident, Source } from '../domain/index.js';

/** One received document with everything ingestion derived from it, written all or nothing. */
export type IngestedDocument = {
  /** The document's metadata, with `sha256` and `ingest` set; its text goes to `text`. */
  document: Document;
  /** The original bytes, as received. */
  bytes: Uint8Array;
  /** The extracted text ('' when reading failed). */
  text: string;
  /** MinHash signature and its LSH bands, for near-duplicate look-ups; absent for failed documents. */
  signature?: Uint8Array;
  bands?: string[];
  /** The publisher, written when the store does not know it yet (omitted when the caller knows it is stored). */
  source?: Source;
  /** Actors the claims need that the store may not know yet (the publisher's own voice), written when new. */
  actors: Actor[];
  /** The incidents its claims went to, each new. */
  incidents: Incident[];
};

/** A stored document found by the hash of its bytes. */
export type StoredHash = { id: string; status: 'extracted' | 'failed' };

/** LSH bands two documents must share to be near-duplicate candidates: one in common is often chance. */
export const MIN_SHARED_BANDS = 2;

/** A near-duplicate candidate: a document sharing an LSH band, with its signature. */
export type Candidate = { document_id: string; signature: Uint8Array };

/** A news feed `truce watch` polls. */
export type Feed = {
  id: string;
  url: string;
  name: string;
  etag?: string;
  last_modified?: string;
  /** ISO timestamp of the last poll, and what went wrong then, if anything. */
  checked_at?: string;
  last_error?: string;
  added_at: string;
};

/** What the ingestion stage needs of a store, beyond reading the record. */
export interface IngestStore {
  /** The stored document whose original bytes have this SHA-256, if any. */
  findDocumentByHash(sha256: string): Promise<StoredHash | undefined>;
  /** Documents sharing at least two of these LSH bands (one is often chance), with their signatures. */
  findNearDuplicateCandidates(bands: string[]): Promise<Candidate[]>;
  /**
   * Stores a received document with its content, publisher, actors and incidents in one
   * transaction: afterwards all of it is there, or none. A document stored earlier as
   * failed, with the same id, is replaced (a retry); anything else already stored is kept.
   */
  saveIngested(ingested: IngestedDocument): Promise<void>;
  /** Several documents in one transaction (cheaper per document): all of them are stored, or none. */
  saveIngestedBatch(batch: IngestedDocument[]): Promise<void>;
  /** The original bytes and extracted text of an ingested document. */
  getDocumentContent(id: string): Promise<{ bytes: Uint8Array; text: string } | undefined>;

  addFeed(feed: Pick<Feed, 'id' | 'url' | 'name'>): Promise<Feed>;
  listFeeds(): Promise<Feed[]>;
  /** Removes a feed by id or URL; false when there was none. */
  removeFeed(idOrUrl: string): Promise<boolean>;
  /** Records a poll: the new validators, when it ran, and its error (or none). */
  updateFeed(id: string, poll: Pick<Feed, 'etag' | 'last_modified' | 'checked_at' | 'last_error'>): Promise<void>;
  /** Which of these item keys (guid or link) were already taken from the feed. */
  seenFeedItems(feedId: string, keys: string[]): Promise<Set<string>>;
  markFeedItem(feedId: string, key: string, documentId: string | undefined): Promise<void>;
}

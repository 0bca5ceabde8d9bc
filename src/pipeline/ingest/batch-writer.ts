import { MIN_SHARED_BANDS, type Candidate, type IngestedDocument, type IngestStore } from '../../storage/ingest-store.js';

/**
 * Gathers received documents and stores them a few at a time, in one transaction each
 * batch: a commit costs about as much as a whole document's rows, so one per document
 * would double the cost of storage. A batch is stored whole or not at all, so a crash
 * still leaves every document either complete or absent. Documents waiting here are
 * visible to the duplicate and near-duplicate checks, as if stored.
 */
export class BatchWriter {
  private pending: IngestedDocument[] = [];
  /** The waiting documents with a signature, by band, so a look-up does not compare every band of every one. */
  private byBand = new Map<string, IngestedDocument[]>();
  private firstAt = 0;

  constructor(
    private readonly store: Pick<IngestStore, 'saveIngestedBatch'>,
    /**
     * Most documents a transaction holds. A commit writes every page the batch touched,
     * the full-text indexes' new segments with them: with 50 documents it cost more than all
     * their inserts together; with 200 the same pages serve four times the documents.
     */
    private readonly size = 200,
    /** Longest a document waits, in ms, so a slow run (a feed, the web) still stores as it goes. */
    private readonly maxWaitMs = 1000,
  ) {}

  /** The id of a waiting document with these bytes. */
  pendingHash(sha256: string): string | undefined {
    return this.pending.find((x) => x.document.sha256 === sha256)?.document.id;
  }

  /** Waiting documents sharing enough bands with these (as the store counts), as near-duplicate candidates. */
  pendingCandidates(bands: string[]): Candidate[] {
    const shared = new Map<IngestedDocument, number>();
    for (const band of new Set(bands)) for (const x of this.byBand.get(band) ?? []) shared.set(x, (shared.get(x) ?? 0) + 1);
    return [...shared].filter(([, n]) => n >= MIN_SHARED_BANDS).map(([x]) => ({ document_id: x.document.id, signature: x.signature! }));
  }

  async add(x: IngestedDocument): Promise<void> {
    if (!this.pending.length) this.firstAt = Date.now();
    this.pending.push(x);
    if (x.signature) for (const band of new Set(x.bands)) this.byBand.set(band, [...(this.byBand.get(band) ?? []), x]);
    if (this.pending.length >= this.size || Date.now() - this.firstAt >= this.maxWaitMs) await this.flush();
  }

  /** Stores what is waiting. */
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    this.byBand = new Map();
    await this.store.saveIngestedBatch(batch);
  }
}

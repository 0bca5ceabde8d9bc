import type { Actor, Source } from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { Store } from '../../storage/store.js';
import type { BatchWriter } from './batch-writer.js';
import type { Extractor } from './extractor/extractor.js';
import type { Publisher } from './publisher-of.js';

/** What the user says about the documents, over what the documents say about themselves. */
export type MetadataOverrides = {
  /** ISO YYYY-MM-DD. */
  published?: string;
  publisher?: string;
  title?: string;
};

/** How ingestion fetches and how much it accepts. */
export type IngestOptions = MetadataOverrides & {
  /** Fetch private, loopback and link-local addresses too (never for feeds by default). */
  allowPrivate?: boolean;
  /** Largest file or download accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Per-URL timeout in ms (default 20 s). */
  timeoutMs?: number;
};

/** One thing to ingest: a file, a URL, or standard input (with hints a feed gave about it). */
export type IngestItem = {
  kind: 'file' | 'url' | 'stdin';
  /** The file path or URL; "-" for standard input. */
  location: string;
  /** What a feed said about the item: its title and date, used when the document itself does not say. */
  hints?: { title?: string; published?: string };
  /** The feed the item was listed in: its entries must be articles, not feeds again. */
  fromFeed?: string;
};

/** What became of one item. */
export type ItemOutcome = {
  item: string;
  /** new: stored with its claims; duplicate: the same bytes were stored before; near_duplicate: stored, and linked to the document it copies; failed: see error. */
  status: 'new' | 'duplicate' | 'near_duplicate' | 'failed';
  document_id?: string;
  /** For near-duplicates: the document it copies. */
  duplicate_of?: string;
  incidents?: number;
  claims?: number;
  /** The first and last day its incidents cover, for reconciling what arrived. */
  span?: { from: string; to: string };
  error?: string;
};

/** The tally of a run, and each item's outcome. */
export type IngestSummary = {
  new: number;
  duplicate: number;
  near_duplicate: number;
  failed: number;
  incidents: number;
  claims: number;
  /** Items left when the run was interrupted; running the same command again continues. */
  remaining: number;
  items: ItemOutcome[];
};

/** What every step of a run shares. */
export type IngestContext = {
  store: Store;
  gazetteer: Gazetteer;
  options: IngestOptions;
  /** The publishers and actors the record knows, read once per run and added to as new ones are stored. */
  known: { sources: Source[]; actors: Actor[] };
  /** Extraction, on this thread or a pool of worker threads. */
  extractor: Extractor;
  /** SHA-256 of the documents between reading and storing, so a second copy in the same run is a duplicate. */
  inFlight: Set<string>;
  /** Where documents wait to be stored, a batch per transaction; runIngest flushes it before it returns. */
  writer: BatchWriter;
  /** Publishers already resolved in this run, by the name documents gave. */
  publishers?: Map<string, Publisher>;
};

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

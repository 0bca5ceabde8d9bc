/** One input as received: bytes plus what is known about where they came from. */
export type RawInput = {
  bytes: Uint8Array;
  /** File path or URL, for messages; its extension is a hint, never proof. */
  name: string;
  /** The Content-Type header (or a guess from the file name), charset included. */
  contentType?: string;
  /** Where the bytes were fetched from; relative links are resolved against it. */
  url?: string;
};

/** Metadata a reader finds in the document itself. All optional but the format. */
export type DocumentMetadata = {
  title?: string;
  author?: string;
  /** ISO YYYY-MM-DD, as written in the document (no time-zone shift). */
  published?: string;
  /** Where the document was fetched from (the input's URL). */
  url?: string;
  /** The URL the document says is its own (link rel=canonical, og:url). */
  canonical_url?: string;
  site_name?: string;
  /** ISO 639-1, e.g. 'en'. */
  language?: string;
  /** 'text' | 'markdown' | 'html' | 'pdf' */
  format: string;
  /** The character encoding the bytes were decoded from, e.g. 'utf-8', 'windows-1251'. */
  encoding?: string;
};

/** One entry of a feed: a pointer to a report, to be fetched and read on its own. */
export type FeedItem = {
  url: string;
  title?: string;
  /** ISO YYYY-MM-DD */
  published?: string;
  /** The feed's own id for the item (guid, Atom id, JSON Feed id). */
  id?: string;
  /** Plain text, markup stripped. */
  summary?: string;
};

/** What a reader makes of one input: a document with text, or a feed listing documents. */
export type ReadResult =
  | { kind: 'document'; text: string; metadata: DocumentMetadata }
  | { kind: 'feed'; format: 'rss' | 'atom' | 'json' | 'rdf'; title?: string; items: FeedItem[] };

/**
 * A reader says how well it matches an input (0 = not at all, 1 = certainly) and reads it.
 * read() throws ReadError for bad input; any other exception is a bug.
 */
export interface Reader {
  name: string;
  match(input: RawInput): number;
  read(input: RawInput): Promise<ReadResult>;
}

/**
 * Bad input, worded for the analyst as a predicate the caller prefixes with the file name:
 * `${name} ${error.message}`, e.g. "report.pdf is a truncated or damaged PDF (…)".
 */
export class ReadError extends Error {
  override name = 'ReadError';
}

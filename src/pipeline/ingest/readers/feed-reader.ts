import { parseFeed } from 'feedsmith';
import { charsetFromContentType } from '../decode/declared-charset.js';
import { decodeBytes } from '../decode/decode-bytes.js';
import { declaredType } from './declared-type.js';
import { feedContents } from './feed-items.js';
import { ReadError, type Reader, type ReadResult } from './reader-types.js';
import { describeSniffed, sniff } from './sniff.js';

const FEED_MIMES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/rdf+xml']);
const FEED_EXTS = new Set(['rss', 'atom', 'rdf']);

/**
 * RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed: a list of links to reports, each fetched and
 * read in its own right. Other XML and JSON is not claimed, or claimed only weakly when the
 * server calls it a feed, so the analyst is told it is not one.
 */
export const feedReader: Reader = {
  name: 'feed',
  match(input) {
    const kind = sniff(input.bytes).kind;
    if (kind === 'feed' || kind === 'json-feed') return 0.95;
    const { mime, ext } = declaredType(input);
    const declared = (mime !== undefined && FEED_MIMES.has(mime)) || (ext !== undefined && FEED_EXTS.has(ext));
    return declared && ['xml', 'json', 'markup', 'text'].includes(kind) ? 0.3 : 0;
  },
  async read(input): Promise<ReadResult> {
    const { text } = decodeBytes(input.bytes, { contentTypeCharset: charsetFromContentType(input.contentType), htmlMeta: true });
    const sniffed = sniff(input.bytes);
    let value: unknown = text;
    if (sniffed.kind === 'json-feed' || sniffed.kind === 'json') {
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw invalid(`its JSON is broken: ${(error as Error).message}`);
      }
    }
    let parsed;
    try {
      parsed = parseFeed(value);
    } catch (error) {
      const kind = sniffed.kind;
      const why = kind === 'feed' || kind === 'json-feed' ? `it is malformed: ${(error as Error).message}` : describeSniffed(sniffed);
      throw invalid(why);
    }
    const { title, items } = feedContents(parsed, input.url);
    return { kind: 'feed', format: parsed.format, ...(title && { title }), items };
  },
};

function invalid(reason: string): ReadError {
  return new ReadError(`is not a valid RSS, Atom or JSON feed (${reason})`);
}

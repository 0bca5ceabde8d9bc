import type { Feed } from '../../storage/ingest-store.js';
import { FetchError } from './fetch/fetch-types.js';
import { safeFetch } from './fetch/safe-fetch.js';
import type { IngestContext, IngestItem, IngestSummary, ItemOutcome } from './ingest-types.js';
import { fetchedInput } from './load-item.js';
import { readInput } from './readers/choose-reader.js';
import { ReadError } from './readers/reader-types.js';
import { emptySummary, runIngest, type IngestProgress } from './run-ingest.js';

/** What one poll of one feed found. */
export type FeedPoll = { feed: Feed; status: 'not_modified' | 'checked' | 'failed'; new_items: number; error?: string };

/**
 * Polls every feed once: a conditional request (ETag / Last-Modified), the entries not seen
 * before ingested as web pages, and the feed's validators and last error recorded. A feed
 * that is down or malformed gets its error recorded and the others go on. Entries that
 * failed for a network reason are tried again at the next poll; the rest are remembered.
 */
export async function pollFeeds(ctx: IngestContext, progress: IngestProgress = {}, enqueue?: Enqueue): Promise<{ feeds: FeedPoll[]; summary: IngestSummary }> {
  const summary = emptySummary();
  const polls: FeedPoll[] = [];
  for (const feed of await ctx.store.listFeeds()) {
    if (progress.signal?.aborted) break;
    polls.push(await pollFeed(feed, ctx, progress, summary, enqueue));
  }
  return { feeds: polls, summary };
}

/** Hands new entries to the job queue instead of ingesting them here (`truce watch` with workers): they count as taken once queued. */
export type Enqueue = (items: IngestItem[]) => Promise<void>;

async function pollFeed(feed: Feed, ctx: IngestContext, progress: IngestProgress, summary: IngestSummary, enqueue?: Enqueue): Promise<FeedPoll> {
  const checked_at = new Date().toISOString();
  const fail = async (error: string): Promise<FeedPoll> => {
    await ctx.store.updateFeed(feed.id, { etag: feed.etag, last_modified: feed.last_modified, checked_at, last_error: error });
    return { feed, status: 'failed', new_items: 0, error };
  };
  let got;
  try {
    got = await safeFetch(feed.url, { allowPrivate: ctx.options.allowPrivate, etag: feed.etag, lastModified: feed.last_modified, timeoutMs: ctx.options.timeoutMs, maxBytes: ctx.options.maxBytes });
  } catch (error) {
    if (error instanceof FetchError) return fail(error.message);
    throw error;
  }
  if (got.notModified) {
    await ctx.store.updateFeed(feed.id, { etag: got.etag ?? feed.etag, last_modified: got.lastModified ?? feed.last_modified, checked_at });
    return { feed, status: 'not_modified', new_items: 0 };
  }
  let read;
  try {
    read = await readInput(fetchedInput(got, feed.url));
  } catch (error) {
    if (error instanceof ReadError) return fail(`${feed.url} ${error.message}`);
    throw error;
  }
  if (read.kind !== 'feed') return fail(`${feed.url} is not an RSS, Atom or JSON feed (it reads as a ${read.metadata.format} document)`);
  const keyOf = (entry: { id?: string; url: string }) => entry.id || entry.url;
  const seen = await ctx.store.seenFeedItems(feed.id, read.items.map(keyOf));
  const fresh = read.items.filter((entry) => !seen.has(keyOf(entry)));
  const keys = new Map<string, string>();
  const items: IngestItem[] = fresh.map((entry) => {
    keys.set(entry.url, keyOf(entry));
    return { kind: 'url', location: entry.url, hints: { title: entry.title, published: entry.published }, fromFeed: feed.url };
  });
  if (enqueue) {
    await enqueue(items);
    for (const entry of fresh) await ctx.store.markFeedItem(feed.id, keyOf(entry), undefined);
    await ctx.store.updateFeed(feed.id, { etag: got.etag, last_modified: got.lastModified, checked_at });
    return { feed, status: 'checked', new_items: fresh.length };
  }
  const before = summary.items.length;
  await runIngest(items, ctx, progress, summary);
  for (const outcome of summary.items.slice(before) as ItemOutcome[]) {
    const key = keys.get(outcome.item);
    // A page that could not be fetched may answer next time; one that was received is settled.
    if (key && (outcome.status !== 'failed' || outcome.document_id)) await ctx.store.markFeedItem(feed.id, key, outcome.document_id);
  }
  await ctx.store.updateFeed(feed.id, { etag: got.etag, last_modified: got.lastModified, checked_at });
  return { feed, status: 'checked', new_items: fresh.length };
}

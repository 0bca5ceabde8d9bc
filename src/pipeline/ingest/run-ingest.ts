import { ingestItem } from './ingest-item.js';
import type { IngestContext, IngestItem, IngestSummary, ItemOutcome } from './ingest-types.js';

/** What a run reports as it goes, for a progress bar. */
export type IngestProgress = {
  /** Called when the number of items grows (a feed adds its entries). */
  onTotal?: (total: number) => void;
  /** Called after each item, with its outcome. */
  onItem?: (outcome: ItemOutcome, done: number, total: number) => void;
  /** When aborted, the run stops after the item in hand; every item is either stored whole or not at all. */
  signal?: AbortSignal;
};

/** An empty tally. */
export function emptySummary(): IngestSummary {
  return { new: 0, duplicate: 0, near_duplicate: 0, failed: 0, incidents: 0, claims: 0, remaining: 0, items: [] };
}

/** Adds one outcome to a tally (returns the same tally, for a run's own use). */
export function tally(summary: IngestSummary, outcome: ItemOutcome): IngestSummary {
  summary[outcome.status] += 1;
  summary.incidents += outcome.incidents ?? 0;
  summary.claims += outcome.claims ?? 0;
  summary.items.push(outcome);
  return summary;
}

/**
 * Ingests items one after another. A feed among them adds its entries (each fetched as a web
 * page, with the entry's title and date as hints) right after it. Bad items are failed
 * outcomes; the run goes on. Each document is stored in its own transaction, so an
 * interrupted run leaves whole documents only, and the same command continues it.
 * @example const summary = await runIngest(collectInputs(['reports/']).items, ctx);
 */
export async function runIngest(items: IngestItem[], ctx: IngestContext, progress: IngestProgress = {}, summary = emptySummary()): Promise<IngestSummary> {
  const queue = [...items];
  let total = summary.items.length + queue.length;
  progress.onTotal?.(total);
  while (queue.length) {
    if (progress.signal?.aborted) break;
    const item = queue.shift()!;
    const result = await ingestItem(item, ctx);
    if (result.kind === 'feed' && item.fromFeed) {
      const outcome: ItemOutcome = { item: item.location, status: 'failed', error: `${item.location} is listed in the feed ${item.fromFeed} as an article, but is itself a feed` };
      tally(summary, outcome);
      progress.onItem?.(outcome, summary.items.length, total);
      continue;
    }
    if (result.kind === 'feed') {
      const entries: IngestItem[] = result.items.map((entry) => ({ kind: 'url', location: entry.url, hints: { title: entry.title, published: entry.published }, fromFeed: item.location }));
      queue.unshift(...entries);
      total += entries.length - 1;
      progress.onTotal?.(total);
      continue;
    }
    tally(summary, result.outcome);
    progress.onItem?.(result.outcome, summary.items.length, total);
  }
  summary.remaining = queue.length;
  return summary;
}

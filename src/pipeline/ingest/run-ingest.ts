import { prepareItem } from './ingest-item.js';
import type { Prepared } from './prepare-bytes.js';
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

/** The days the incidents of a run's new documents cover, if any. */
export function spanOf(summary: IngestSummary): { from: string; to: string } | undefined {
  const spans = summary.items.flatMap((i) => (i.span ? [i.span] : []));
  if (!spans.length) return undefined;
  return { from: spans.reduce((d, s) => (s.from < d ? s.from : d), spans[0].from), to: spans.reduce((d, s) => (s.to > d ? s.to : d), spans[0].to) };
}

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
 * Ingests items in order. A feed among them adds its entries (each fetched as a web page,
 * with the entry's title and date as hints) right after it. Bad items are failed outcomes;
 * the run goes on. While one document is being stored, the next few are read and
 * extracted (on worker threads when the context has a pool), but they are stored in input
 * order. Documents are stored whole or not at all, so an interrupted run can be continued
 * by running it again.
 * @example const summary = await runIngest(collectInputs(['reports/']).items, ctx);
 */
export async function runIngest(items: IngestItem[], ctx: IngestContext, progress: IngestProgress = {}, summary = emptySummary()): Promise<IngestSummary> {
  const queue = [...items];
  const state = { total: summary.items.length + queue.length };
  progress.onTotal?.(state.total);
  const ahead: { item: IngestItem; prepared: Promise<Prepared> }[] = [];
  try {
    for (;;) {
      // Keep a few items read and in extraction ahead of the one being stored.
      while (ahead.length < LOOKAHEAD && queue.length && !progress.signal?.aborted) {
        // Web pages are fetched a few at a time: a feed's entries must not hit one site all at once.
        if (queue[0].kind === 'url' && ahead.filter((a) => a.item.kind === 'url').length >= FETCHES_AHEAD) break;
        const item = queue.shift()!;
        const prepared = prepareItem(item, ctx);
        // Awaited in turn below; until then, a failure must not count as unhandled.
        prepared.catch(() => {});
        ahead.push({ item, prepared });
      }
      // Stopped: what was read ahead is put back unstored, so Ctrl-C does not wait for it.
      if (progress.signal?.aborted) {
        queue.unshift(...ahead.splice(0).map((a) => a.item));
        break;
      }
      const next = ahead.shift();
      if (!next) break;
      // Files, SQLite and extraction on this thread are synchronous: without a turn of the
      // event loop now and then, Ctrl-C would only be noticed once the run is over.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const prepared = await next.prepared;
      if (prepared.kind === 'feed') {
        if (next.item.fromFeed) {
          record(summary, progress, state, { item: next.item.location, status: 'failed', error: `${next.item.location} is listed in the feed ${next.item.fromFeed} as an article, but is itself a feed` });
          continue;
        }
        const entries: IngestItem[] = prepared.items.map((entry) => ({ kind: 'url', location: entry.url, hints: { title: entry.title, published: entry.published }, fromFeed: next.item.location }));
        // The entries come right after the items already read ahead.
        queue.unshift(...entries);
        state.total += entries.length - 1;
        progress.onTotal?.(state.total);
        continue;
      }
      record(summary, progress, state, prepared.kind === 'done' ? prepared.outcome : await prepared.finish());
    }
  } finally {
    // Whatever happens, what was read so far is stored before the run returns.
    await ctx.writer.flush();
  }
  summary.remaining = queue.length;
  return summary;
}

/**
 * Items read and being extracted ahead of the one being stored: enough to keep the workers
 * busy while the main thread writes and commits a batch (up to 200 documents' rows, during
 * which a worker extracts about a hundred more).
 */
const LOOKAHEAD = 256;
/** Of those, web pages being fetched at once. */
const FETCHES_AHEAD = 16;

function record(summary: IngestSummary, progress: IngestProgress, state: { total: number }, outcome: ItemOutcome): void {
  tally(summary, outcome);
  progress.onItem?.(outcome, summary.items.length, state.total);
}

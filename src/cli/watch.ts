import type { Command } from 'commander';
import type { IngestItem } from '../pipeline/ingest/ingest-types.js';
import { pollFeeds } from '../pipeline/ingest/poll-feeds.js';
import { ingestOptions, interruptible, summaryLine, type FetchFlags } from './ingest.js';
import { printJson } from './output.js';
import { ingestContext } from '../pipeline/ingest/ingest-context.js';
import { reconcileArrivals } from '../pipeline/reconcile-record/reconcile-arrivals.js';
import { reconcileLine } from './reconcile.js';
import { progressBar } from './progress-bar.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';
import { databaseLocation } from '../storage/open-store.js';
import { queueEnabled } from '../queue/queue-switch.js';

/** "15m", "90s", "1h", "2h30m" or plain minutes, in milliseconds. */
export function parseInterval(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 60_000;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text.replace(/\s+/g, '')) return undefined;
  return parts.reduce((ms, [, n, unit]) => ms + Number(n) * (unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : 1000), 0);
}

/** `truce watch`: polls every feed, ingests what is new, and again after each interval. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll every feed (see "truce feed") and ingest the new entries, again after each interval, until Ctrl-C')
    .option('--interval <time>', 'time between polls: 15m, 1h, 90s', '15m')
    .option('--once', 'poll once and stop (for cron jobs and scripts)')
    .option('--json', 'print each poll\'s summary as JSON')
    .option('--allow-private', 'also fetch private, loopback and link-local addresses (refused by default)')
    .option('--max-size <megabytes>', 'largest download accepted', '20')
    .option('--timeout <seconds>', 'how long to wait for a web address', '20')
    .option('--queue', 'queue the new entries for "truce worker" processes instead of ingesting them here; PostgreSQL only, as TRUCE_WORKERS=1')
    .action(async (opts: FetchFlags & { interval: string; once?: boolean; json?: boolean; queue?: boolean }) => {
      const interval = parseInterval(opts.interval);
      if (!interval || interval < 1000) throw new UserError(`--interval ${opts.interval} is not a time of at least a second: write 15m, 1h or 90s`);
      const options = ingestOptions(opts);
      if (opts.queue && !queueEnabled(true)) throw new UserError('--queue needs TRUCE_DB to be a postgres:// URL: the job queue lives on PostgreSQL');
      const queue = queueEnabled(opts.queue) ? await (await import('../queue/job-queue.js')).JobQueue.open(databaseLocation(), { supervise: false }) : undefined;
      const { itemJob } = await import('../queue/ingest-job.js');
      let queued = 0;
      const enqueue = queue && (async (items: IngestItem[]) => void (await queue.sendIngest(items.map((item) => itemJob(item, options))), (queued += items.length)));
      await withRecord(async (store) => {
        if (!(await store.listFeeds()).length) throw new UserError('no feeds to watch: add one with "truce feed add URL"');
        const interrupt = interruptible();
        try {
          while (!interrupt.signal.aborted) {
            const bar = progressBar('Polling feeds');
            const ctx = await ingestContext(store, options);
            queued = 0;
            const { feeds, summary } = await pollFeeds(ctx, { ...bar, signal: interrupt.signal }, enqueue).finally(() => {
              bar.stop();
              return ctx.extractor.close();
            });
            for (const poll of feeds) if (poll.status === 'failed') process.stderr.write(`feed ${poll.feed.name}: ${poll.error}\n`);
            const reconciled = await reconcileArrivals(store, summary, ctx.gazetteer);
            const line = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} polled ${feeds.length} feeds (${feeds.filter((f) => f.status === 'not_modified').length} unchanged, ${feeds.filter((f) => f.status === 'failed').length} failed). ${enqueue ? `Queued ${queued} new entries for the workers.` : summaryLine(summary)}${reconciled ? ` ${reconcileLine(reconciled)}` : ''}`;
            if (opts.json) printJson({ feeds: feeds.map((f) => ({ id: f.feed.id, status: f.status, new_items: f.new_items, error: f.error })), ...summary, line });
            else process.stdout.write(`${line}\n`);
            if (opts.once) break;
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, interval);
              interrupt.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
            });
          }
        } finally {
          interrupt.release();
        }
      }).finally(() => queue?.close());
    });
}

import type { Command } from 'commander';
import { parseDateNotation } from '../domain/index.js';
import { collectInputs } from '../pipeline/ingest/collect-inputs.js';
import { ingestContext } from '../pipeline/ingest/ingest-context.js';
import { DEFAULT_MAX_BYTES, type IngestOptions, type IngestSummary } from '../pipeline/ingest/ingest-types.js';
import { emptySummary, runIngest, tally } from '../pipeline/ingest/run-ingest.js';
import { reconcileArrivals } from '../pipeline/reconcile-record/reconcile-arrivals.js';
import { printJson } from './output.js';
import { reconcileLine } from './reconcile.js';
import { progressBar } from './progress-bar.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** Flags shared by `ingest` and `watch`, as typed. */
export type FetchFlags = { allowPrivate?: boolean; maxSize?: string; timeout?: string };

/** Parses the flags people type into ingestion options, naming the flag that is wrong. */
export function ingestOptions(opts: FetchFlags & { published?: string; publisher?: string; title?: string }): IngestOptions {
  let published: string | undefined;
  if (opts.published) {
    const range = parseDateNotation(opts.published);
    if (typeof range === 'string' || range.precision !== 'day') throw new UserError(`--published ${opts.published} is not a day: write YYYY-MM-DD`);
    published = range.start;
  }
  const maxBytes = opts.maxSize === undefined ? DEFAULT_MAX_BYTES : Number(opts.maxSize) * 1024 * 1024;
  if (!(maxBytes > 0)) throw new UserError(`--max-size ${opts.maxSize} is not a size: give megabytes, e.g. 50`);
  const timeoutMs = opts.timeout === undefined ? undefined : Number(opts.timeout) * 1000;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new UserError(`--timeout ${opts.timeout} is not a number of seconds`);
  return { published, publisher: opts.publisher, title: opts.title, allowPrivate: opts.allowPrivate, maxBytes, timeoutMs };
}

/** One line: what a run did. */
export function summaryLine(s: IngestSummary): string {
  const parts = [`${s.new} new`, `${s.duplicate} duplicate`, `${s.near_duplicate} near-duplicate`, `${s.failed} failed`];
  const tail = s.remaining ? `; interrupted with ${s.remaining} left: run the same command again to continue` : '';
  return `Ingested ${s.items.length} ${s.items.length === 1 ? 'item' : 'items'}: ${parts.join(', ')}; ${s.incidents} incidents with ${s.claims} claims added for review${tail}.`;
}

/** Stops the run after the item in hand on Ctrl-C, so every document is stored whole or not at all. */
export function interruptible(): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current document (Ctrl-C again to quit at once)...\n');
    controller.abort();
  };
  process.on('SIGINT', stop);
  return { signal: controller.signal, release: () => process.off('SIGINT', stop) };
}

/** `truce ingest PATH|URL|- ...`: files, folders, web pages, PDFs and feeds into the record, each with its claims. */
export function registerIngest(program: Command): void {
  program
    .command('ingest <inputs...>')
    .description('store documents (files, folders, http(s) URLs, feeds, or - for standard input) and add the incidents and claims extracted from them to the record for review')
    .option('--published <date>', 'publication day, YYYY-MM-DD, for every document (else each document\'s own, else today, with its relative dates read from the latest day it gives in full)')
    .option('--publisher <name>', 'who published the documents (else the page\'s site name, else the web address)')
    .option('--title <title>', 'the document\'s title (else its own)')
    .option('--json', 'print a machine-readable summary, one entry per item')
    .option('--allow-private', 'also fetch private, loopback and link-local addresses (refused by default)')
    .option('--max-size <megabytes>', 'largest file or download accepted', '20')
    .option('--timeout <seconds>', 'how long to wait for a web address', '20')
    .option('--workers <n>', 'threads for extraction (default: the spare cores, for runs of 16 items or more; 0: none)')
    .addHelpText('after', '\nRe-ingesting what is stored already changes nothing. Ctrl-C stops after the current document; the same command continues.')
    .action(async (inputs: string[], opts: FetchFlags & { published?: string; publisher?: string; title?: string; json?: boolean; workers?: string }) => {
      const options = ingestOptions(opts);
      if (opts.workers !== undefined && !/^\d+$/.test(opts.workers)) throw new UserError(`--workers ${opts.workers} is not a number of threads (0 or more)`);
      const summary = await withRecord(async (store) => {
        const { items, failures } = collectInputs(inputs);
        const result = emptySummary();
        const bar = progressBar('Ingesting');
        for (const failure of failures) {
          tally(result, failure);
          bar.onItem?.(failure, result.items.length, failures.length + items.length);
        }
        const interrupt = interruptible();
        const ctx = await ingestContext(store, options, { items: items.length, workers: opts.workers === undefined ? undefined : Number(opts.workers) });
        let done;
        try {
          done = await runIngest(items, ctx, { ...bar, signal: interrupt.signal }, result);
        } finally {
          bar.stop();
          interrupt.release();
          await ctx.extractor.close();
        }
        return { ...done, reconciled: await reconcileArrivals(store, done, ctx.gazetteer) };
      });
      const lines = [summaryLine(summary), ...(summary.reconciled ? [reconcileLine(summary.reconciled)] : [])];
      if (opts.json) printJson({ ...summary, line: lines.join(' ') });
      else process.stdout.write(`${lines.join('\n')}\n`);
      if (summary.failed > 0) throw new UserError(`${summary.failed} of ${summary.items.length} items failed (listed above)`, 1);
      if (summary.remaining > 0) throw new UserError(`interrupted: ${summary.remaining} items were not ingested; run the same command again to continue`, 130);
    });
}

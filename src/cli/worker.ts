import type { Command } from 'commander';
import { QueueWorker } from '../queue/queue-worker.js';
import { databaseLocation, isPostgresUrl } from '../storage/open-store.js';
import { redactUrl } from '../storage/redact-url.js';
import { UserError } from './user-error.js';

/** A whole number of at least 1 from a flag, naming the flag when it is not one. */
function positive(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UserError(`${flag} ${text} is not a whole number of at least 1`);
  return Number(text);
}

/** Errors of a lost connection: the server shutting down or restarting (SQLSTATE 57P0x, class 08), or the socket closing. */
function isConnectionLoss(error: Error & { code?: string }): boolean {
  const code = error?.code ?? '';
  return /^57P0[123]$|^08/.test(code) || ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'].includes(code) || /Connection terminated/i.test(error?.message ?? '');
}

/** `truce worker`: takes ingest and reconcile jobs from the queue on TRUCE_DB's PostgreSQL until SIGINT or SIGTERM. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take ingest and reconcile jobs from the job queue (TRUCE_DB must be a postgres:// URL) until Ctrl-C or SIGTERM; run as many as you like, on any machines')
    .option('--concurrency <n>', 'batches in progress at once in this process', '1')
    .option('--batch <n>', 'jobs taken, and documents stored in one transaction, at a time', '25')
    .addHelpText('after', '\nSIGINT or SIGTERM: finishes and stores the batch in hand, then stops (a second signal quits at once; the queue retries what was in hand).')
    .action(async (opts: { concurrency: string; batch: string }) => {
      const location = databaseLocation();
      if (!isPostgresUrl(location)) throw new UserError('the job queue lives on PostgreSQL: set TRUCE_DB to a postgres:// URL (see docs/workers.md)');
      const concurrency = positive('--concurrency', opts.concurrency);
      const batchSize = positive('--batch', opts.batch);
      const tag = `worker ${process.pid}`;
      // Whoever read the progress may go away (a closed pipe): the worker goes on, silently, rather than
      // meet each write's EPIPE as one more error to report by writing.
      let silent = false;
      process.stdout.on('error', () => (silent = true));
      const say = (line: string) => silent || process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${tag}: ${line}\n`);
      // A query that fails as the server restarts must not end the process: the queue retries its jobs.
      const onRejection = (error: unknown) => say(`error: ${(error as Error)?.message ?? String(error)}`);
      process.on('unhandledRejection', onRejection);
      // pg emits a connection's end as an 'error' event on a client that is checked out of its pool, where nothing
      // listens: a server restart would end the process. Those are logged; anything else still ends it.
      const onException = (error: Error & { code?: string }) => {
        if (!isConnectionLoss(error)) {
          process.stderr.write(`${error.stack ?? error}\n`);
          process.exit(1);
        }
        say(`lost a connection to the server (${error.message}); reconnecting`);
      };
      process.on('uncaughtException', onException);
      const worker = await QueueWorker.start(location, { concurrency, batchSize, say });
      say(`taking jobs from ${redactUrl(location)} (concurrency ${concurrency}, batches of ${batchSize}); Ctrl-C or SIGTERM stops after the batch in hand`);
      let signals = 0;
      const stop = (signal: NodeJS.Signals) => {
        if (++signals > 1) process.exit(130);
        say(`${signal}: stopping after the batch in hand`);
        worker.stop();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        await worker.done;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        process.off('unhandledRejection', onRejection);
        process.off('uncaughtException', onException);
      }
      const t = worker.tally;
      say(`stopped: ${t.jobs} jobs (${t.new} new, ${t.duplicate} duplicate, ${t.near_duplicate} near-duplicate, ${t.failed} failed), ${t.retried} handed back for retry, ${t.reconciled} reconcile requests`);
    });
}

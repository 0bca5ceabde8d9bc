import type { Command } from 'commander';
import { progressLine, startWorkerProcess } from '../queue/worker-process.js';
import { databaseLocation, isPostgresUrl } from '../storage/open-store.js';
import { UserError } from './user-error.js';

/** A whole number of at least 1 from a flag, naming the flag when it is not one. */
function positive(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UserError(`${flag} ${text} is not a whole number of at least 1`);
  return Number(text);
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
      const say = (line: string) => silent || process.stdout.write(progressLine(tag, line));
      // The work runs in a process of its own, with V8 flags for it (see worker-process.ts); this one relays the signals.
      const { child, exited } = startWorkerProcess({ url: location, concurrency, batchSize, tag });
      let signals = 0;
      const stop = (signal: NodeJS.Signals) => {
        if (++signals > 1) process.exit(130);
        say(`${signal}: stopping after the batch in hand`);
        if (child.connected) child.send('stop');
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        const code = await exited;
        if (code !== 0) throw new UserError(`the worker stopped on an error (exit code ${code}); its jobs in hand go back to the queue`, code);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}

import type { Command } from 'commander';
import { queueStatus } from '../queue/queue-status.js';
import { retryDeadLetters } from '../queue/retry-dead-letters.js';
import { JobQueue } from '../queue/job-queue.js';
import { databaseLocation, isPostgresUrl } from '../storage/open-store.js';
import { printJson } from './output.js';
import { UserError } from './user-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `truce jobs`: how many jobs wait, run, failed or sit in the dead-letter queues, and the dead letters' errors. */
export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('the job queue on TRUCE_DB\'s PostgreSQL: jobs per queue and state, and the dead letters with their errors')
    .option('--json', 'print the counts and dead letters as JSON')
    .option('--limit <n>', 'dead letters to list', '20')
    .option('--retry [ids...]', 'queue the dead letters again with fresh retries (all of them, or those ids), e.g. once a feed\'s site is back')
    .action(async (opts: { json?: boolean; limit: string; retry?: true | string[] }) => {
      const location = databaseLocation();
      if (!isPostgresUrl(location)) throw new UserError('the job queue lives on PostgreSQL: set TRUCE_DB to a postgres:// URL (see docs/workers.md)');
      const queue = await JobQueue.open(location, { max: 2, supervise: false });
      try {
        if (opts.retry) {
          const ids = opts.retry === true ? undefined : opts.retry;
          const bad = ids?.find((id) => !UUID.test(id));
          if (bad) throw new UserError(`--retry: "${bad}" is not a job id (ids look like 0b6d8c1e-3f9a-4c55-9d0e-7a1b2c3d4e5f; \`truce jobs\` lists the dead letters)`);
          const retried = await retryDeadLetters(queue, ids);
          if (opts.json) return printJson(retried);
          const total = retried.ingest + retried.reconcile;
          process.stdout.write(total ? `Queued again: ${retried.ingest} ingest and ${retried.reconcile} reconcile jobs from the dead letters.\n` : `No dead letters${ids ? ' with those ids' : ''} to queue again.\n`);
          return;
        }
        const status = await queueStatus(queue, Number(opts.limit) || 20);
        if (opts.json) return printJson(status);
        const lines = Object.entries(status.queues).map(([name, states]) => `${name.padEnd(15)} ${Object.entries(states).map(([s, n]) => `${n} ${s}`).join(', ') || 'empty'}`);
        for (const d of status.dead_letters) lines.push(`dead letter ${d.id} (${d.queue}): ${d.item}: ${d.error}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await queue.close();
      }
    });
}

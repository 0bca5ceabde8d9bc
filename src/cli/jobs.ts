import type { Command } from 'commander';
import { queueStatus } from '../queue/queue-status.js';
import { JobQueue } from '../queue/job-queue.js';
import { databaseLocation, isPostgresUrl } from '../storage/open-store.js';
import { printJson } from './output.js';
import { UserError } from './user-error.js';

/** `truce jobs`: how many jobs wait, run, failed or sit in the dead-letter queues, and the dead letters' errors. */
export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('the job queue on TRUCE_DB\'s PostgreSQL: jobs per queue and state, and the dead letters with their errors')
    .option('--json', 'print the counts and dead letters as JSON')
    .option('--limit <n>', 'dead letters to list', '20')
    .action(async (opts: { json?: boolean; limit: string }) => {
      const location = databaseLocation();
      if (!isPostgresUrl(location)) throw new UserError('the job queue lives on PostgreSQL: set TRUCE_DB to a postgres:// URL (see docs/workers.md)');
      const queue = await JobQueue.open(location, { max: 2, supervise: false });
      try {
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

// The thread of `truce worker` that does the work (see worker-thread.ts): runs a QueueWorker
// until the main thread posts 'stop', printing its progress as the CLI does.
import { parentPort, workerData } from 'node:worker_threads';
import { redactUrl } from '../storage/redact-url.js';
import { QueueWorker } from './queue-worker.js';
import { progressLine, type WorkerThreadData, type WorkerThreadMessage } from './worker-thread.js';

const { url, concurrency, batchSize, tag } = workerData as WorkerThreadData;
const post = (m: WorkerThreadMessage) => parentPort!.postMessage(m);
const say = (line: string) => process.stdout.write(progressLine(tag, line));

/** Errors of a lost connection: the server shutting down or restarting (SQLSTATE 57P0x, class 08), or the socket closing. */
function isConnectionLoss(error: Error & { code?: string }): boolean {
  const code = error?.code ?? '';
  return /^57P0[123]$|^08/.test(code) || ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'].includes(code) || /Connection terminated/i.test(error?.message ?? '');
}

// A query that fails as the server restarts must not end the worker: the queue retries its jobs.
process.on('unhandledRejection', (error) => say(`error: ${(error as Error)?.message ?? String(error)}`));
// pg emits a connection's end as an 'error' event on a client that is checked out of its pool, where nothing
// listens: a server restart would end the worker. Those are logged; anything else ends it, with exit code 1.
process.on('uncaughtException', (error: Error & { code?: string }) => {
  if (!isConnectionLoss(error)) {
    post({ fatal: error.stack ?? String(error) });
    process.exit(1);
  }
  say(`lost a connection to the server (${error.message}); reconnecting`);
});

let worker: QueueWorker;
try {
  worker = await QueueWorker.start(url, { concurrency, batchSize, say });
} catch (error) {
  post({ startError: { name: (error as Error).name, message: (error as Error).message } });
  process.exit(1);
}
parentPort!.on('message', (m: string) => m === 'stop' && worker.stop());
say(`taking jobs from ${redactUrl(url)} (concurrency ${concurrency}, batches of ${batchSize}); Ctrl-C or SIGTERM stops after the batch in hand`);
await worker.done;
const t = worker.tally;
say(`stopped: ${t.jobs} jobs (${t.new} new, ${t.duplicate} duplicate, ${t.near_duplicate} near-duplicate, ${t.failed} failed), ${t.retried} handed back for retry, ${t.reconciled} reconcile requests`);
parentPort!.close();

// The process of `truce worker` that does the work (see worker-process.ts): runs a QueueWorker
// until its parent sends 'stop', printing its progress as the CLI does.
import { redactUrl } from '../storage/redact-url.js';
import { QueueWorker } from './queue-worker.js';
import { progressLine, WORKER_DATA, type WorkerProcessData, type WorkerProcessMessage } from './worker-process.js';

const { url, concurrency, batchSize, tag } = JSON.parse(process.env[WORKER_DATA] ?? '{}') as WorkerProcessData;
// Whoever read the progress may go away (a closed pipe): the worker goes on, silently.
let silent = false;
process.stdout.on('error', () => (silent = true));
const say = (line: string) => silent || process.stdout.write(progressLine(tag, line));
/** Sends a message to the parent, then runs `then` (also when the parent is gone). */
const post = (m: WorkerProcessMessage, then: () => void) => (process.connected ? process.send!(m, undefined, {}, () => then()) : then());

// The parent decides when to stop: Ctrl-C reaches every process of the terminal's group, and the
// parent turns the first into 'stop' and the second into quitting, which ends this process below.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
// The parent is gone (killed, or quit on a second signal): leave at once. The batch in hand never
// commits (its connection closes with the process) and the queue retries its jobs.
process.on('disconnect', () => process.exit(1));

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
  if (!isConnectionLoss(error)) post({ fatal: error.stack ?? String(error) }, () => process.exit(1));
  else say(`lost a connection to the server (${error.message}); reconnecting`);
});

let worker: QueueWorker;
try {
  worker = await QueueWorker.start(url, { concurrency, batchSize, say });
} catch (error) {
  await new Promise<void>((resolve) => post({ startError: { name: (error as Error).name, message: (error as Error).message } }, resolve));
  process.exit(1);
}
process.on('message', (m: string) => m === 'stop' && worker.stop());
say(`taking jobs from ${redactUrl(url)} (concurrency ${concurrency}, batches of ${batchSize}); Ctrl-C or SIGTERM stops after the batch in hand`);
await worker.done;
const t = worker.tally;
say(`stopped: ${t.jobs} jobs (${t.new} new, ${t.duplicate} duplicate, ${t.near_duplicate} near-duplicate, ${t.failed} failed), ${t.retried} handed back for retry, ${t.reconciled} reconcile requests`);
// Done: the channel would keep this process alive, and its closing must not read as the parent gone.
process.removeAllListeners('disconnect');
process.disconnect();

import type { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../storage/store-unavailable-error.js';
import { tsThread } from '../thread/ts-thread.js';

/** What the thread is started with. */
export type WorkerThreadData = { url: string; concurrency: number; batchSize: number; tag: string };

/** Messages from the thread: a failure to start (the store could not be opened), or an error that ends it. */
export type WorkerThreadMessage = { startError?: { name: string; message: string }; fatal?: string };

/**
 * The young generation of the thread's heap, in MB (V8's default gives 16 MB semispaces; this is
 * 64 MB ones). A batch's documents, their extraction and their rows stay alive until the batch is
 * stored, so with small semispaces much of it outlives a scavenge and is copied into the old
 * generation, whose collection then runs on V8's background threads beside the workers. With four
 * worker processes on two cores those threads wait for a core and the scavenges of each process
 * take longer: `npm run bench:workers` (docs/workers.md) measured 13.4 ms of worker CPU a document
 * with four workers against 10.1 with two with the default, 11.3 against 10.5 with this.
 * A worker's heap may grow by as much.
 */
const YOUNG_MB = 192;

const BODY = new URL('./worker-thread-body.ts', import.meta.url);

/** A worker's progress line, "HH:MM:SS worker PID: what happened", as both its threads print it. */
export function progressLine(tag: string, line: string): string {
  return `${new Date().toISOString().slice(11, 19)} ${tag}: ${line}\n`;
}

/**
 * Runs a QueueWorker on a thread of its own, with a larger young generation than the process
 * was started with (Node can only set it for a thread; `truce worker` is started with no flags).
 * The process's main thread only relays signals: post 'stop' and the worker finishes its batch.
 * A SIGKILL still ends the whole process, thread and jobs in hand alike.
 * `exited` settles with the thread's exit code, or rejects with the error that kept it from starting.
 */
export function startWorkerThread(data: WorkerThreadData): { thread: Worker; exited: Promise<number> } {
  const thread = tsThread(BODY, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  let startError: Error | undefined;
  thread.on('message', (m: WorkerThreadMessage) => {
    if (m.fatal) process.stderr.write(`${m.fatal}\n`);
    if (m.startError) startError = m.startError.name === 'StoreUnavailableError' ? new StoreUnavailableError(m.startError.message) : Object.assign(new Error(m.startError.message), { name: m.startError.name });
  });
  thread.on('error', (error) => process.stderr.write(`${error.stack ?? error}\n`));
  const exited = new Promise<number>((resolve, reject) => thread.on('exit', (code) => (startError ? reject(startError) : resolve(code))));
  return { thread, exited };
}

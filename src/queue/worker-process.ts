import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { StoreUnavailableError } from '../storage/store-unavailable-error.js';

/** What the process is started with (in the environment variable WORKER_DATA names). */
export type WorkerProcessData = { url: string; concurrency: number; batchSize: number; tag: string };

/** Messages from the process: a failure to start (the store could not be opened), or an error that ends it. */
export type WorkerProcessMessage = { startError?: { name: string; message: string }; fatal?: string };

/** The environment variable that carries WorkerProcessData to the process. */
export const WORKER_DATA = 'TRUCE_WORKER_PROCESS';

/**
 * The V8 flags the work runs with. They can only be given when a process starts (set on a live
 * heap, V8 aborts), and `truce worker` is started as users start it, with no flags: hence a
 * process of its own for the work.
 *
 * - `--single-threaded-gc`: the garbage is collected on the worker's own thread. By default a
 *   scavenge splits its work among V8's helper threads (four a process) and waits for all of
 *   them, and old-generation marking runs on them beside the work. Workers are meant to share a
 *   machine, one a core or more: with four on two cores, sixteen helper threads compete for the
 *   cores the four workers need, and each collection waits for helpers that are not running.
 *   `npm run bench:workers` on two cores (docs/workers.md, "The collector on the worker's own
 *   thread"): four workers' CPU a document fell from 8.3-9.5 ms to 7.6-7.7, two workers' stayed
 *   at 6.5-6.9; both counts ingested about a tenth more documents a second.
 * - `--max-semi-space-size=64` (MB; V8's default is 16): a batch's documents, their extraction
 *   and their rows stay alive until the batch is stored, so with small semispaces much of it
 *   outlives a scavenge and is copied to the old generation for nothing. With 64 MB the
 *   scavenges run a quarter as often and find less alive (13.4 ms of CPU a document with four
 *   workers against 11.3, on an earlier machine). A worker's heap may grow by as much.
 */
export const WORKER_V8_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=64'];

/** tsx's loader, which the process imports first to run our TypeScript (as bin/truce.js registers it). */
const TSX = import.meta.resolve('tsx');
const BODY = fileURLToPath(new URL('./worker-process-body.ts', import.meta.url));

/** A worker's progress line, "HH:MM:SS worker PID: what happened", as both its processes print it. */
export function progressLine(tag: string, line: string): string {
  return `${new Date().toISOString().slice(11, 19)} ${tag}: ${line}\n`;
}

/**
 * Runs a QueueWorker in a child process started with WORKER_V8_FLAGS; `truce worker`'s own
 * process only relays signals: send 'stop' and the worker finishes its batch. The child leaves
 * at once when this process goes (its IPC channel closes): a SIGKILL of `truce worker` still
 * ends the work, and the queue retries the jobs in hand, whose transaction never commits.
 * `exited` settles with the child's exit code, or rejects with the error that kept it from starting.
 */
export function startWorkerProcess(data: WorkerProcessData): { child: ChildProcess; exited: Promise<number> } {
  const child = fork(BODY, [], {
    execArgv: [...process.execArgv, '--import', TSX, ...WORKER_V8_FLAGS],
    env: { ...process.env, [WORKER_DATA]: JSON.stringify(data) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let startError: Error | undefined;
  child.on('message', (m: WorkerProcessMessage) => {
    if (m.fatal) process.stderr.write(`${m.fatal}\n`);
    if (m.startError) startError = m.startError.name === 'StoreUnavailableError' ? new StoreUnavailableError(m.startError.message) : Object.assign(new Error(m.startError.message), { name: m.startError.name });
  });
  child.on('error', (error) => process.stderr.write(`${error.stack ?? error}\n`));
  // A child ended by a signal (the kernel's OOM killer) has no exit code: that is a failure too.
  const exited = new Promise<number>((resolve, reject) => child.on('exit', (code) => (startError ? reject(startError) : resolve(code ?? 1))));
  return { child, exited };
}

import { Worker, type WorkerOptions } from 'node:worker_threads';

// Node 20 passes neither loader hooks nor --import to worker threads, so a thread running one
// of our TypeScript modules registers tsx's loader itself first, as bin/truce.js does.
const TSX_API = import.meta.resolve('tsx/esm/api');

/**
 * A worker thread running the TypeScript module at `moduleUrl` (an `import.meta.url`-relative URL).
 * @example const thread = tsThread(new URL('./extract-worker.ts', import.meta.url), { workerData });
 */
export function tsThread(moduleUrl: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const boot = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

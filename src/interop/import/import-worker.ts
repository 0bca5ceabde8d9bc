import { parentPort, workerData } from 'node:worker_threads';
import { encodeIncident } from '../../storage/sqlite/sqlite-import-writer.js';
import { rowFormat } from '../formats.js';
import { importChunks, type ImportSetup } from './import-chunks.js';

// The thread that reads an import's file (see importChunksOnThread): parses the rows, turns them into
// incidents, encodes them for SQLite when asked, and posts them a chunk at a time, at most
// `ahead` chunks before the writing thread has taken them.

const { dataset, setup, size, encode, ahead } = workerData as { dataset: string; setup: ImportSetup; size: number; encode: boolean; ahead: number };
let credit = ahead;
let wake: (() => void) | undefined;
parentPort!.on('message', () => {
  credit += 1;
  wake?.();
});

try {
  for await (const chunk of importChunks(rowFormat(dataset)!, setup, size)) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    parentPort!.postMessage({ chunk: encode ? { ...chunk, incidents: chunk.incidents.map(encodeIncident) } : chunk });
  }
  parentPort!.postMessage({ done: true });
} catch (error) {
  parentPort!.postMessage({ error: { name: (error as Error).name, message: (error as Error).message ?? String(error) } });
}
// The port stays open (closing it could drop the last message): the importing thread ends this one.

import type { Incident } from '../../domain/index.js';
import type { EncodedIncident } from '../../storage/sqlite/sqlite-import-writer.js';
import type { ImportChunk, ImportSetup } from './import-chunks.js';
import { tsThread } from '../../thread/ts-thread.js';
import { ImportFileError } from './read-csv-rows.js';

const WORKER = new URL('./import-worker.ts', import.meta.url);

/**
 * Chunks the reading thread may have ready before the writer takes them: enough that it keeps
 * reading while the writer commits (a commit of 10,000 rows takes a while), few enough to
 * bound memory (about 1 MB a chunk, waiting serialized).
 */
const AHEAD = 32;
/**
 * The reading thread's young generation, in MB (V8's default gives it 16 MB semispaces): a
 * row's objects (the parsed cells, the incident, its JSON) die within its chunk, and with
 * 64 MB semispaces a collection finds fewer of them still alive and runs a quarter as often.
 * Reading 100,000 ACLED rows on one thread took 47 to 52 us of CPU a row with the default, 42 to 43
 * with this (the thread's heap may grow by as much).
 */
const YOUNG_MB = 192;

type Message = { chunk?: ImportChunk<Incident | EncodedIncident>; done?: true; error?: { name: string; message: string } };

/**
 * importChunks on a worker thread, so reading and mapping the rows runs beside writing them:
 * an import's two halves cost about the same, and each takes a core. With `encode`, the
 * incidents come encoded for SQLite's writer (see EncodedIncident), which is also cheaper to
 * pass between threads than the objects.
 */
export async function* importChunksOnThread(dataset: string, setup: ImportSetup, size: number, encode: boolean): AsyncGenerator<ImportChunk<Incident | EncodedIncident>> {
  const worker = tsThread(WORKER, { workerData: { dataset, setup, size, encode, ahead: AHEAD }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  const queue: Message[] = [];
  let wake: (() => void) | undefined;
  const push = (m: Message) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ error: { name: error.name, message: error.message } }));
  worker.on('exit', (code) => push({ error: { name: 'Error', message: `the import's reading thread stopped (exit code ${code})` } }));
  try {
    for (;;) {
      while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
      const m = queue.shift()!;
      if (m.done) return;
      if (m.error) throw m.error.name === 'ImportFileError' ? new ImportFileError(m.error.message) : new Error(m.error.message);
      // Taken: the thread may read the next chunk while this one is written.
      worker.postMessage('more');
      yield m.chunk!;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}

import { Worker } from 'node:worker_threads';
import type { Actor, Place } from '../../../domain/index.js';
import type { ExtractInput } from '../../extract/extract-types.js';
import type { Extraction, Extractor } from './extractor.js';

type Waiting = { resolve: (result: Extraction) => void; reject: (error: Error) => void };

// The worker runs TypeScript: it registers tsx's loader itself, as bin/truce.js does, since
// Node 20 passes neither loader hooks nor --import to worker threads.
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER = new URL('./extract-worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;

/** One extraction thread, with the documents it has been given and not yet answered. */
class ExtractThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;

  constructor(gazetteer: { places: Place[]; actors: Actor[] }) {
    this.worker = new Worker(BOOT, { eval: true, workerData: gazetteer });
    this.worker.unref();
    this.worker.on('message', (m: { id: number; result?: Extraction; error?: string; ready?: boolean }) => {
      if (m.ready) return;
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else w?.resolve(m.result!);
    });
    const fail = (error: Error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the extraction thread stopped (exit code ${code})`)));
  }

  get load(): number {
    return this.waiting.size;
  }

  extract(input: ExtractInput): Promise<Extraction> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Extraction on worker threads, so a long run uses the machine's other cores: the main
 * thread reads and stores documents while the workers extract the next ones. Each worker
 * gets the least loaded turn.
 * @example const pool = new ExtractPool({ places, actors }, 1); await pool.extract({ text });
 */
export class ExtractPool implements Extractor {
  private readonly threads: ExtractThread[];

  constructor(gazetteer: { places: Place[]; actors: Actor[] }, size: number) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => new ExtractThread(gazetteer));
  }

  extract(input: ExtractInput): Promise<Extraction> {
    const thread = this.threads.reduce((a, b) => (b.load < a.load ? b : a));
    return thread.extract(input);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }
}

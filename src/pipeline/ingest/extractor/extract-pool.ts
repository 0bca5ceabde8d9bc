import type { Worker } from 'node:worker_threads';
import type { Actor, Place } from '../../../domain/index.js';
import type { ExtractInput } from '../../extract/extract-types.js';
import type { Gazetteer } from '../../../gazetteer/gazetteer.js';
import { tsThread } from '../../../thread/ts-thread.js';
import { extraction, type Extraction, type Extractor } from './extractor.js';

type Waiting = { resolve: (result: Extraction) => void; reject: (error: Error) => void };

const WORKER = new URL('./extract-worker.ts', import.meta.url);

/** One extraction thread, with the documents it has been given and not yet answered. */
class ExtractThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;

  constructor(gazetteer: { places: Place[]; actors: Actor[] }) {
    this.worker = tsThread(WORKER, { workerData: gazetteer });
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
 * Documents a thread is sent ahead of its answers: enough to keep it busy while the main
 * thread is tied up storing a batch (a few hundred ms, over a hundred documents' extraction).
 * The rest wait here, where the main thread can take them itself (see whileWaiting).
 */
const SENT_AHEAD = 128;

/** A document waiting for a thread, with its caller's promise. */
type Job = Waiting & { input: ExtractInput };

/**
 * Extraction on worker threads, so a long run uses the machine's other cores: the main
 * thread reads and stores documents while the workers extract the next ones. Each worker
 * gets the least loaded turn. Given the gazetteer of this thread, the main thread also
 * extracts waiting documents itself whenever it would otherwise wait for a worker (on two
 * cores, storing leaves it idle about a fifth of the time).
 * @example const pool = new ExtractPool({ places, actors }, 1); await pool.extract({ text });
 */
export class ExtractPool implements Extractor {
  private readonly threads: ExtractThread[];
  /** Documents not yet sent to a thread, oldest first. */
  private readonly backlog: Job[] = [];
  private here_ = 0;

  constructor(
    gazetteer: { places: Place[]; actors: Actor[] },
    size: number,
    /** The same places and actors as a gazetteer on this thread, for extracting here while waiting. */
    private readonly here?: Gazetteer,
  ) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => new ExtractThread(gazetteer));
  }

  extract(input: ExtractInput): Promise<Extraction> {
    return new Promise((resolve, reject) => {
      this.backlog.push({ input, resolve, reject });
      this.send();
    });
  }

  /** Sends waiting documents to the threads, up to SENT_AHEAD each. */
  private send(): void {
    while (this.backlog.length) {
      const thread = this.threads.reduce((a, b) => (b.load < a.load ? b : a));
      if (thread.load >= SENT_AHEAD) return;
      const job = this.backlog.shift()!;
      thread.extract(job.input).then(job.resolve, job.reject).finally(() => this.send());
    }
  }

  /**
   * Resolves as `pending` does, extracting waiting documents on this thread until it has:
   * the newest first, which the workers would reach last. Whatever the workers answered
   * meanwhile is taken in between (a turn of the event loop after each document).
   */
  async whileWaiting<T>(pending: Promise<T>): Promise<T> {
    if (!this.here) return pending;
    let settled = false;
    const done = () => {
      settled = true;
    };
    pending.then(done, done);
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (!settled && this.backlog.length) {
      const job = this.backlog.pop()!;
      this.here_ += 1;
      try {
        job.resolve(extraction(job.input, this.here));
      } catch (error) {
        job.reject(error as Error);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return pending;
  }

  /** Documents extracted on this thread by whileWaiting. */
  get extractedHere(): number {
    return this.here_;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }
}

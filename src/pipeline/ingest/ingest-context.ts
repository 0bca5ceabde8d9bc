import { availableParallelism } from 'node:os';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { Store } from '../../storage/store.js';
import { BatchWriter } from './batch-writer.js';
import { ExtractPool } from './extractor/extract-pool.js';
import { inlineExtractor } from './extractor/extractor.js';
import type { IngestContext, IngestOptions } from './ingest-types.js';

/** Runs shorter than this extract on the main thread: a worker takes a quarter of a second to start. */
const POOL_FROM_ITEMS = 16;

/**
 * The context of a run: the store, a gazetteer of the record's own places and actors, what
 * it knows of publishers, and extraction on worker threads when the run is long enough and
 * the machine has cores to spare (`workers` overrides: 0 keeps it on this thread).
 */
export async function ingestContext(store: Store, options: IngestOptions, run: { items?: number; workers?: number } = {}): Promise<IngestContext> {
  const [places, actors, sources] = await Promise.all([store.listPlaces(), store.listActors(), store.listSources()]);
  const gazetteer = Gazetteer.fromRecord({ places, actors });
  const workers = run.workers ?? ((run.items ?? 0) >= POOL_FROM_ITEMS ? Math.min(4, availableParallelism() - 1) : 0);
  const extractor = workers > 0 ? new ExtractPool({ places, actors }, workers, gazetteer) : inlineExtractor(gazetteer);
  return { store, options, gazetteer, extractor, known: { sources, actors: [...actors] }, writer: new BatchWriter(store), inFlight: new Set() };
}

import { parentPort, workerData } from 'node:worker_threads';
import type { Actor, Place } from '../../../domain/index.js';
import { Gazetteer } from '../../../gazetteer/gazetteer.js';
import type { ExtractInput } from '../../extract/extract-types.js';
import { extraction } from './extractor.js';

// A worker thread of the extraction pool: builds the gazetteer once from the places and
// actors it is given, then extracts each document it receives.

const { places, actors } = workerData as { places: Place[]; actors: Actor[] };
const gazetteer = Gazetteer.fromRecord({ places, actors });

parentPort!.on('message', ({ id, input }: { id: number; input: ExtractInput }) => {
  try {
    parentPort!.postMessage({ id, result: extraction(input, gazetteer) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message ?? String(error) });
  }
});
parentPort!.postMessage({ ready: true });

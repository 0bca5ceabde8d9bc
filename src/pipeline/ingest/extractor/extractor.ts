import type { Incident } from '../../../domain/index.js';
import type { Gazetteer } from '../../../gazetteer/gazetteer.js';
import { extract } from '../../extract/extract.js';
import type { ExtractInput } from '../../extract/extract-types.js';

/**
 * What ingestion needs extracted from a document's text: the incidents it reports. (Its
 * MinHash signature is computed by the caller, on the thread that stores: extraction is the
 * slower side of the pipeline, so work moved off it is time saved.)
 */
export type Extraction = { incidents: Incident[] };

/** Extraction as ingestion uses it: the work done on a document's text alone, where it can run on another thread. */
export interface Extractor {
  extract(input: ExtractInput): Promise<Extraction>;
  /** Resolves as `pending` does; meanwhile this thread may extract documents itself rather than idle. */
  whileWaiting?<T>(pending: Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** All the work on one document's text. */
export function extraction(input: ExtractInput, gazetteer: Gazetteer): Extraction {
  return { incidents: reportedIncidents(input, gazetteer) };
}

/** The incidents a document reports, in the record's shape; background references ("the 2020 war") are context, not reports. */
export function reportedIncidents(input: ExtractInput, gazetteer: Gazetteer): Incident[] {
  const found: Incident[] = [];
  extract(input, gazetteer, (incident, background) => {
    if (!background) found.push(incident);
  });
  return found;
}

/** Extraction on this thread: for short runs, where starting a worker would cost more than it saves. */
export function inlineExtractor(gazetteer: Gazetteer): Extractor {
  return {
    extract: async (input) => extraction(input, gazetteer),
    close: async () => {},
  };
}

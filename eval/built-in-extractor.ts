import { Gazetteer } from '../src/gazetteer/gazetteer.js';
import { extract } from '../src/pipeline/extract/extract.js';
import type { ExtractInput, ExtractResult } from '../src/pipeline/extract/extract-types.js';
import type { Extractor } from './evaluate.js';

/** The project's extractor over a gazetteer (the built-in one by default), as the evaluation calls it. */
export function builtInExtractor(gazetteer: Gazetteer = Gazetteer.load()): Extractor {
  // Called with the gazetteer whether or not extract reads it, so either signature works.
  const run = extract as (input: ExtractInput, gazetteer: Gazetteer) => ExtractResult;
  return (input) => run(input, gazetteer);
}

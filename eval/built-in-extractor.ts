import { Gazetteer } from '../src/gazetteer/gazetteer.js';
import { extract } from '../src/pipeline/extract/extract.js';
import type { Extractor } from './evaluate.js';

/** The project's extractor over a gazetteer (the built-in one by default), as the evaluation calls it. */
export function builtInExtractor(gazetteer: Gazetteer = Gazetteer.load()): Extractor {
  return (input) => extract(input, gazetteer);
}

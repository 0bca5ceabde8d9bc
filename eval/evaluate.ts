import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractInput } from '../src/pipeline/extract/extract-types.js';
import { GoldFile } from './gold-types.js';
import type { PlaceIndex } from './place-index.js';
import { overall, scoreDocument, type DocumentScore, type Metrics, type PredictedIncident } from './score.js';

/** Extraction as the evaluation calls it: one document in, its incidents out. */
export type Extractor = (input: ExtractInput) => { incidents: PredictedIncident[] };

/** Bad input to the evaluation (missing file, unreadable gold): the CLI prints it on one line and exits 2. */
export class EvalInputError extends Error {}

export type EvalReport = {
  documents: (DocumentScore & { file: string; published: string; predicted: number; ms: number })[];
  overall: Metrics;
};

/** Reads and validates a gold file. */
export function readGold(path: string): GoldFile {
  if (!existsSync(path)) throw new EvalInputError(`gold file not found: ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new EvalInputError(`gold file ${path} is not JSON: ${(e as Error).message}`);
  }
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvalInputError(`gold file ${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Runs the extractor over every gold document found in the corpus folder, read against
 * the gold's publication day, and scores it. Every file is checked before any is run.
 * @example evaluate(readGold('eval/gold/reference-articles.json'), '../shared/corpus', run, placeIndex(record.places))
 */
export function evaluate(gold: GoldFile, corpusDir: string, extract: Extractor, places: PlaceIndex): EvalReport {
  const paths = gold.documents.map((d) => join(corpusDir, d.file));
  paths.forEach((path, i) => {
    if (!existsSync(path)) throw new EvalInputError(`corpus file missing: ${path} (gold document ${gold.documents[i].document_id})`);
  });
  const documents = gold.documents.map((doc, i) => {
    const text = readFileSync(paths[i], 'utf8');
    const started = performance.now();
    const result = extract({ text, published: doc.published });
    const ms = performance.now() - started;
    const score = scoreDocument(doc.document_id, doc.incidents, result.incidents, places);
    return { ...score, file: doc.file, published: doc.published, predicted: result.incidents.length, ms };
  });
  return { documents, overall: overall(documents) };
}

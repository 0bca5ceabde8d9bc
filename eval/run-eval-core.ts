import { EvalInputError, evaluate, readGold, type Extractor } from './evaluate.js';
import { formatReport, summaryLine } from './format-report.js';
import type { PlaceIndex } from './place-index.js';

const USAGE = 'usage: npm run eval -- CORPUS_DIR GOLD_FILE';

export type RunOutcome = { code: number; out: string[]; err: string[] };

/**
 * The runner without the process: arguments in, exit code and printed lines out. The last
 * line of `out` is the JSON summary; bad input is one line in `err` and code 2.
 * @example runEval(['../shared/corpus', 'eval/gold/reference-articles.json'], { extract: run, places })
 */
export function runEval(args: string[], deps: { extract: Extractor; places: PlaceIndex }): RunOutcome {
  if (args.length !== 2) return { code: 2, out: [], err: [`error: expected 2 arguments, got ${args.length}. ${USAGE}`] };
  const [corpusDir, goldPath] = args;
  try {
    const report = evaluate(readGold(goldPath), corpusDir, deps.extract, deps.places);
    return { code: 0, out: [...formatReport(report), summaryLine(report)], err: [] };
  } catch (e) {
    if (e instanceof EvalInputError) return { code: 2, out: [], err: [`error: ${e.message}`] };
    throw e;
  }
}

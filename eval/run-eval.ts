import { Gazetteer } from '../src/gazetteer/gazetteer.js';
import { builtInExtractor } from './built-in-extractor.js';
import { placeIndex } from './place-index.js';
import { runEval } from './run-eval-core.js';

// Scores extraction against a gold file:  npm run eval -- CORPUS_DIR GOLD_FILE
// e.g. npm run eval -- ../shared/corpus eval/gold/reference-articles.json

const gazetteer = Gazetteer.load();
const outcome = runEval(process.argv.slice(2), { extract: builtInExtractor(gazetteer), places: placeIndex([...gazetteer.places.values()]) });
for (const line of outcome.err) console.error(line);
for (const line of outcome.out) console.log(line);
process.exitCode = outcome.code;

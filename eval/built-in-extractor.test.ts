import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../src/gazetteer/gazetteer.js';
import { builtInExtractor } from './built-in-extractor.js';
import { placeIndex } from './place-index.js';
import { runEval } from './run-eval-core.js';

// The runner's core with the project's real extractor, over the made-up article only.
const CORPUS = fileURLToPath(new URL('./fixtures/tiny-corpus', import.meta.url));
const GOLD = fileURLToPath(new URL('./fixtures/tiny-gold.json', import.meta.url));

describe('the evaluation with the real extractor', () => {
  it('scores the tiny corpus and ends with the JSON summary', () => {
    const gazetteer = Gazetteer.load();
    const { code, out, err } = runEval([CORPUS, GOLD], { extract: builtInExtractor(gazetteer), places: placeIndex([...gazetteer.places.values()]) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(out.at(-1)!);
    expect(summary).toMatchObject({ eval: 'extract', documents: 1 });
    for (const key of ['incident_recall', 'incident_precision', 'exact_date', 'place', 'casualty', 'claimant_side']) {
      expect(summary[key] === null || (summary[key] >= 0 && summary[key] <= 1)).toBe(true);
    }
  });
});

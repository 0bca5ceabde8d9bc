import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import type { Extractor } from './evaluate.js';
import { placeIndex, type PlaceIndex } from './place-index.js';
import { runEval } from './run-eval-core.js';
import type { PredictedIncident } from './score.js';

// A made-up article and its gold, never the reference corpus (a fresh checkout has no ../shared).
const CORPUS = fileURLToPath(new URL('./fixtures/tiny-corpus', import.meta.url));
const GOLD = fileURLToPath(new URL('./fixtures/tiny-gold.json', import.meta.url));

let places: PlaceIndex;
beforeAll(() => {
  places = placeIndex(loadRecordDir().places);
});

const incident = (over: Partial<PredictedIncident>): PredictedIncident => ({
  background: false,
  type: { sub_event_type: 'Armed clash' },
  date: { start: '2024-03-02', end: '2024-03-02', precision: 'day' },
  places: [],
  casualties: [],
  claims: [],
  ...over,
});

/** Finds the shooting exactly, the shelling with the wrong day, and the 2020 war as background. */
const stub: Extractor = (input) => {
  expect(input.published).toBe('2024-03-03');
  expect(input.text).toContain('Nerkin Hand');
  return {
    incidents: [
      incident({
        places: [{ id: 'nerkin-hand', name: 'Nerkin Hand' }],
        casualties: [
          { outcome: 'killed', side: 'AM', low: 2, high: 2 },
          { outcome: 'wounded', side: 'AM', low: 3, high: 3 },
        ],
        claims: [{ claimant: { country: 'AM' } }, { claimant: { country: 'AZ' } }],
      }),
      incident({ date: { start: '2024-02-26', end: '2024-02-28', precision: 'days' }, places: [{ id: 'x', name: 'Tovuz' }], claims: [{ claimant: { country: 'AZ' } }] }),
      incident({ background: true, date: { start: '2020-01-01', end: '2020-12-31', precision: 'year' } }),
    ],
  };
};

describe('runEval', () => {
  it('scores a tiny corpus and ends with the JSON summary', () => {
    const { code, out, err } = runEval([CORPUS, GOLD], { extract: stub, places });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toEqual({
      eval: 'extract',
      incident_recall: 1,
      incident_precision: 1,
      exact_date: 0.5,
      place: 1,
      casualty: 0.667,
      claimant_side: 1,
      documents: 1,
    });
    expect(out.join('\n')).toContain('tovuz-shelling <- #1: wrong date, casualties');
  });

  it('rejects wrong arguments and missing files with exit code 2 and one line', () => {
    expect(runEval([CORPUS], { extract: stub, places })).toMatchObject({ code: 2, err: [expect.stringContaining('usage: npm run eval -- CORPUS_DIR GOLD_FILE')] });
    const empty = mkdtempSync(join(tmpdir(), 'truce-eval-'));
    expect(runEval([empty, GOLD], { extract: stub, places })).toMatchObject({ code: 2, err: [expect.stringMatching(/^error: corpus file missing: .*border-report\.txt/)] });
    expect(runEval([CORPUS, join(empty, 'nope.json')], { extract: stub, places })).toMatchObject({ code: 2, err: [expect.stringMatching(/^error: gold file not found/)] });
    writeFileSync(join(empty, 'bad.json'), '{"documents": [{"file": 3}]}');
    expect(runEval([CORPUS, join(empty, 'bad.json')], { extract: stub, places })).toMatchObject({ code: 2, err: [expect.stringMatching(/^error: gold file .*bad\.json: documents\.0\./)] });
  });
});

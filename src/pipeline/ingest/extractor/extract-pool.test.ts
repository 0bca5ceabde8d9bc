import { afterAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../gazetteer/gazetteer.js';
import { loadRecordDir } from '../../../record/load-record.js';
import { ExtractPool } from './extract-pool.js';
import { inlineExtractor } from './extractor.js';

const record = loadRecordDir();
const pool = new ExtractPool({ places: record.places, actors: record.actors }, 2);
afterAll(() => pool.close());

const REPORT =
  'Two soldiers were wounded near Tovuz on Monday, the Azerbaijani defence ministry said. ' +
  'The ministry said the fire came from positions across the border and that its units answered. ' +
  'Residents of nearby villages spent the night in shelters while the firing went on until dawn.';

describe('extraction on worker threads', () => {
  it('gives what extraction on this thread gives', async () => {
    const input = { text: REPORT, published: '2024-03-06' };
    const here = await inlineExtractor(Gazetteer.fromRecord(record)).extract(input);
    const there = await pool.extract(input);
    expect(there.incidents).toEqual(here.incidents);
    expect(there.incidents.length).toBeGreaterThan(0);
  });

  it('answers many documents at once, each with its own result', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => REPORT.replace('Two soldiers', `${i + 3} soldiers`));
    const results = await Promise.all(texts.map((text) => pool.extract({ text, published: '2024-03-06' })));
    expect(results.every((r) => r.incidents.length > 0)).toBe(true);
    // Each answer is its own document's: its figure is in its incidents' quotes.
    expect(results.map((r, i) => JSON.stringify(r.incidents).includes(`${i + 3} soldiers`))).toEqual(texts.map(() => true));
  });

  it('extracts waiting documents on this thread while it waits for a worker, each with its own result', async () => {
    const helped = new ExtractPool({ places: record.places, actors: record.actors }, 1, Gazetteer.fromRecord(record));
    try {
      // More documents than a thread is sent ahead, so some wait where this thread can take them.
      const texts = Array.from({ length: 400 }, (_, i) => REPORT.replace('Two soldiers', `${i + 3} soldiers`));
      const pending = texts.map((text) => helped.extract({ text, published: '2024-03-06' }));
      const results = [];
      for (const p of pending) results.push(await helped.whileWaiting(p));
      expect(helped.extractedHere).toBeGreaterThan(0);
      expect(helped.extractedHere).toBeLessThan(texts.length);
      expect(results.map((r, i) => r.incidents.length > 0 && JSON.stringify(r.incidents).includes(`${i + 3} soldiers`))).toEqual(texts.map(() => true));
      // What this thread extracted is what a worker gives for the same text.
      const last = texts.length - 1;
      expect(results[last].incidents).toEqual((await pool.extract({ text: texts[last], published: '2024-03-06' })).incidents);
    } finally {
      await helped.close();
    }
  });

  it('rejects, rather than hangs, when a document cannot be extracted', async () => {
    // A date the extractor cannot read as one is a programmer error in a caller; the pool must pass it on.
    await expect(pool.extract({ text: REPORT, published: 'not a date' as string })).rejects.toThrow();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import { GoldFile } from './gold-types.js';
import { makeGold } from './make-gold.js';

describe('the reference-articles gold file', () => {
  it('is what make-gold.ts builds from the current record (re-run it after changing the record)', () => {
    const committed = GoldFile.parse(JSON.parse(readFileSync(new URL('./gold/reference-articles.json', import.meta.url), 'utf8')));
    expect(makeGold(loadRecordDir())).toEqual(committed);
  });

  it('fails with the ids to review when the record and the review disagree', () => {
    const record = loadRecordDir();
    const fewer = { ...record, incidents: record.incidents.filter((i) => i.id !== '2024-02-13-nerkin-hand-armenian-servicemen-killed') };
    expect(() => makeGold(fewer)).toThrow(/verdict for 2024-02-13-nerkin-hand-armenian-servicemen-killed, which no longer cites this document/);
  });
});

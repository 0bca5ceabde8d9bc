import { describe, expect, it } from 'vitest';
import { assignIncremental } from './assign-incremental.js';
import { groupReports } from './group-reports.js';
import { julyClashes, PLACES, report, shuffled, twoClashesInSyunik, withDead } from './reconcile-fixtures.js';
import type { Report } from './report.js';

/** The July clashes, plus a run of Syunik reports in 2021 and a Nakhchivan day in 2022. */
function history(): Report[] {
  const syunik = Array.from({ length: 8 }, (_, i) => report(`syunik-${i}`, `outlet-${i % 3}`, `2021-05-${String(12 + (i >> 1)).padStart(2, '0')}`, [PLACES.goris]));
  const nakhchivan = [report('nax-1', 'az-mod', '2022-03-02', [PLACES.sadarak]), report('nax-2', 'apa', '2022-03-02', [PLACES.nakhchivan])];
  return [...julyClashes(), ...syunik, ...nakhchivan];
}

describe('assignIncremental', () => {
  it('gives what grouping everything from scratch gives, regrouping only the reports the new ones can affect', () => {
    const all = history();
    for (const seed of [3, 7, 11]) {
      const order = shuffled(all, seed);
      const before = order.slice(0, 14);
      const added = order.slice(14);
      const previous = { reports: before, clusters: groupReports(before) };
      const next = assignIncremental(previous, added);
      expect(next.clusters).toEqual(groupReports(all));
    }
  });

  it('leaves incidents far away in time and place alone', () => {
    const all = history();
    const previous = { reports: all, clusters: groupReports(all) };
    const late = report('nax-3', 'trend', '2022-03-03', [PLACES.sadarak]);
    const next = assignIncremental(previous, [late]);
    expect(next.regrouped).toEqual(['nax-1-1', 'nax-2-1', 'nax-3-1']);
    expect(next.clusters).toEqual(groupReports([...all, late]));
  });

  it('regroups a re-extracted report that moved, as if it had always said so', () => {
    const all = history();
    const previous = { reports: all, clusters: groupReports(all) };
    const moved = { ...all.find((r) => r.id === 'reuters-13-1')!, places: [PLACES.goris], date: { start: '2021-05-13', end: '2021-05-13', precision: 'day' as const } };
    const next = assignIncremental(previous, [moved]);
    expect(next.clusters).toEqual(groupReports(all.map((r) => (r.id === moved.id ? moved : r))));
  });

  it('gives what grouping from scratch gives when vague reports arrive for two same-day clashes in one province', () => {
    const all = [...history(), ...twoClashesInSyunik('2021-06-02')];
    const previous = { reports: all, clusters: groupReports(all) };
    const added = [withDead('news-am-1', 'news-am', '2021-06-02', [PLACES.syunik], 3), report('news-am-2', 'news-am', '2021-06-02', [PLACES.syunik]), withDead('wire-1', 'wire', '2021-06-02', [PLACES.am], 8)];
    const next = assignIncremental(previous, added);
    expect(next.clusters).toEqual(groupReports([...all, ...added]));
    for (const seed of [5, 9]) expect(groupReports(shuffled([...all, ...added], seed))).toEqual(next.clusters);
  });
});

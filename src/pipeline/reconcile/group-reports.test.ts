import { describe, expect, it } from 'vitest';
import { groupReports } from './group-reports.js';
import { BATTLE, claimBy, julyClashes, killed, PLACES, report, SHELLING, shuffled, STATEMENT } from './reconcile-fixtures.js';

const sets = (clusters: { report_ids: string[] }[]) => clusters.map((c) => c.report_ids.join(' ')).sort();

describe('groupReports', () => {
  it('makes one incident per day of the July 2020 clashes, with the report dated a day off in its day', () => {
    expect(sets(groupReports(julyClashes()))).toEqual([
      'am-mod-12-1 az-mod-12-1 eurasianet-12-1 reuters-12-1',
      'am-mod-13-1 az-mod-13-1 eurasianet-13-1 reuters-13-1',
      'am-mod-14-1 az-mod-14-1 reuters-14-1',
    ]);
  });

  it('gives the same grouping whatever the order of the reports', () => {
    const reports = julyClashes();
    const expected = groupReports(reports);
    for (const seed of [1, 2, 3, 42, 1234]) expect(groupReports(shuffled(reports, seed))).toEqual(expected);
  });

  it('folds a village report dated a day off into its clash once the district reports of that day have joined it', () => {
    const village = [report('a-1', 'a', '2020-07-12', [PLACES.agdamTovuz]), report('d-1', 'd', '2020-07-13', [PLACES.agdamTovuz])];
    // One source each: a clash on each of two days, as far as anyone can tell.
    expect(sets(groupReports(village))).toEqual(['a-1-1', 'd-1-1']);
    // Two more sources put the 12th's clash in Tovuz district: the lone report of the 13th is a day off.
    const district = [report('b-1', 'b', '2020-07-12', [PLACES.tovuz]), report('c-1', 'c', '2020-07-12', [PLACES.tovuz])];
    expect(sets(groupReports([...village, ...district]))).toEqual(['a-1-1 b-1-1 c-1-1 d-1-1']);
  });

  it('keeps a clash a day later at another village nearby apart, however many sources the first had', () => {
    // Movses on the 12th, told by three sources; Chinari, 13 km away, shelled on the 13th, told by one.
    const reports = [
      report('am-mod-12', 'am-mod', '2020-07-12', [PLACES.movses]),
      report('reuters-12', 'reuters', '2020-07-12', [PLACES.movses]),
      report('eurasianet-12', 'eurasianet', '2020-07-12', [PLACES.movses]),
      report('am-mod-13', 'am-mod', '2020-07-13', [PLACES.chinari]),
    ];
    expect(sets(groupReports(reports))).toEqual(['am-mod-12-1 eurasianet-12-1 reuters-12-1', 'am-mod-13-1']);
    // The same lone report naming Movses itself is one dated a day off: it folds.
    const dayOff = report('am-mod-13', 'am-mod', '2020-07-13', [PLACES.movses]);
    expect(sets(groupReports([...reports.slice(0, 3), dayOff]))).toEqual(['am-mod-12-1 am-mod-13-1 eurasianet-12-1 reuters-12-1']);
  });

  it("folds a lone village report a day off into the clash there when both repeat the same claimant's count", () => {
    const quoting = (doc: string, date: string, n: number) => report(doc, doc.split('-')[0], date, [PLACES.agdamTovuz], { claims: [claimBy('az-mod', doc, 1, { kind: 'casualties', casualties: [killed('AZ', n)] })] });
    // "The ministry says 2 were killed at Agdam", dated the 12th by one outlet and the 13th by another: one statement.
    expect(sets(groupReports([quoting('apa-1', '2020-07-12', 2), quoting('trend-1', '2020-07-13', 2)]))).toEqual(['apa-1-1 trend-1-1']);
    // The ministry's count for each day differs: a clash on each day.
    expect(sets(groupReports([quoting('apa-1', '2020-07-12', 2), quoting('trend-1', '2020-07-13', 3)]))).toEqual(['apa-1-1', 'trend-1-1']);
  });

  it('keeps two clashes of the same day apart when their places are far apart (Tovuz and Nakhchivan)', () => {
    const day = '2020-07-12';
    const reports = [
      report('az-mod-1', 'az-mod', day, [PLACES.agdamTovuz]),
      report('apa-1', 'apa', day, [PLACES.agdamTovuz]),
      report('az-mod-2', 'az-mod', day, [PLACES.sadarak]),
      report('trend-1', 'trend', day, [PLACES.sadarak]),
      // "Azerbaijan" alone could be either: it stays apart and pulls nothing together.
      report('wire-1', 'wire', day, [PLACES.az]),
    ];
    expect(sets(groupReports(reports))).toEqual(['apa-1-1 az-mod-1-1', 'az-mod-2-1 trend-1-1', 'wire-1-1']);
  });

  it('keeps a year-dated background report out of the day incidents, and does not let it join them', () => {
    const reports = [
      report('a-1', 'a', '2020-07-12', [PLACES.agdamTovuz]),
      report('b-1', 'b', '2020-07-20', [PLACES.agdamTovuz]),
      report('c-1', 'c', '2020-07-12', [PLACES.tovuz], { date: { start: '2020-01-01', end: '2020-12-31', precision: 'year' } }),
    ];
    expect(sets(groupReports(reports))).toEqual(['a-1-1', 'b-1-1', 'c-1-1']);
  });

  it('puts a report of a span of days or of a month with the occurrence inside it', () => {
    const reports = [
      report('a-1', 'a', '2020-07-13', [PLACES.agdamTovuz]),
      report('b-1', 'b', '2020-07-13', [PLACES.tovuz], { type: SHELLING }),
      report('c-1', 'c', '', [PLACES.tovuz], { date: { start: '2020-07-12', end: '2020-07-15', precision: 'days' } }),
      report('d-1', 'd', '', [PLACES.agdamTovuz], { date: { start: '2020-07-01', end: '2020-07-31', precision: 'month' } }),
    ];
    expect(sets(groupReports(reports))).toEqual(['a-1-1 b-1-1 c-1-1 d-1-1']);
  });

  it('does not chain a run of daily reports in one place into one long incident', () => {
    const reports = Array.from({ length: 12 }, (_, i) => report(`s${i}`, `outlet-${i % 3}`, `2021-05-${String(10 + i).padStart(2, '0')}`, [PLACES.goris]));
    const clusters = groupReports(reports);
    const days = (ids: string[]) => ids.map((id) => Number(id.slice(1, -2)));
    for (const c of clusters) expect(Math.max(...days(c.report_ids)) - Math.min(...days(c.report_ids))).toBeLessThanOrEqual(2);
  });

  it('joins a statement to the violence only on the same day at the same place', () => {
    const day = '2020-07-12';
    const clash = [report('a-1', 'a', day, [PLACES.agdamTovuz]), report('b-1', 'b', day, [PLACES.agdamTovuz])];
    expect(sets(groupReports([...clash, report('s-1', 'az-mod', day, [PLACES.tovuz], { type: STATEMENT })]))).toEqual(['a-1-1 b-1-1 s-1-1']);
    expect(groupReports([...clash, report('s-1', 'az-mod', '2020-07-13', [PLACES.tovuz], { type: STATEMENT })])).toHaveLength(2);
    expect(groupReports([...clash, report('s-1', 'az-mod', day, [PLACES.tavush], { type: STATEMENT })])).toHaveLength(2);
  });

  it('never groups types that cannot be one occurrence', () => {
    const day = '2020-07-12';
    const protest = { event_type: 'Protests', sub_event_type: 'Peaceful protest' };
    expect(groupReports([report('a-1', 'a', day, [PLACES.goris], { type: BATTLE }), report('b-1', 'b', day, [PLACES.goris], { type: protest })])).toHaveLength(2);
  });

  it('keeps pinned reports exactly as a person pinned them, and lets new accounts join a pinned incident', () => {
    const day = '2020-07-12';
    const reports = [
      // Far apart, but a reviewer decided they are one occurrence.
      report('a-1', 'a', day, [PLACES.agdamTovuz], { pinned_incident_id: 'inc-reviewed' }),
      report('b-1', 'b', day, [PLACES.sadarak], { pinned_incident_id: 'inc-reviewed' }),
      // The same spot and day as a-1, but a reviewer split it off.
      report('c-1', 'c', day, [PLACES.agdamTovuz], { pinned_incident_id: 'inc-split' }),
      report('d-1', 'd', day, [PLACES.sadarak]),
    ];
    const clusters = groupReports(reports);
    expect(clusters.map((c) => [c.id, c.report_ids, c.pinned])).toEqual([
      ['inc-reviewed', ['a-1-1', 'b-1-1', 'd-1-1'], true],
      ['inc-split', ['c-1-1'], true],
    ]);
  });

  it('refuses the same report id twice, a caller error', () => {
    const r = report('a-1', 'a', '2020-07-12', [PLACES.goris]);
    expect(() => groupReports([r, r])).toThrow(/twice/);
  });
});

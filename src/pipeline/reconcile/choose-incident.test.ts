import { describe, expect, it } from 'vitest';
import { groupReports } from './group-reports.js';
import type { Report } from './report.js';
import { claimBy, killed, PLACES, report, SHELLING, twoClashesInSyunik, withDead } from './reconcile-fixtures.js';

const sets = (clusters: { report_ids: string[] }[]) => clusters.map((c) => c.report_ids.join(' ')).sort();
const day = '2021-05-12';

describe('choosing among same-day incidents', () => {
  it('puts a province-only report with agreeing figures in the incident they agree with, though the other has more sources', () => {
    const vague = withDead('news-am-1', 'news-am', day, [PLACES.syunik], 3);
    expect(sets(groupReports([...twoClashesInSyunik(), vague]))).toEqual([
      'am-mod-goris-1 armenpress-goris-1 news-am-1-1',
      'am-mod-kapan-1 armenpress-kapan-1 azatutyun-kapan-1',
    ]);
  });

  it('lets a count a little off still agree (4 against 3), and a country-only report use it too', () => {
    const vague = withDead('wire-1', 'wire', day, [PLACES.am], 4);
    const clusters = groupReports([...twoClashesInSyunik(), vague]);
    expect(clusters.find((c) => c.report_ids.includes('wire-1-1'))!.report_ids).toContain('am-mod-goris-1');
  });

  it('leaves a province-only report that fits both equally in an incident of its own, with its copies', () => {
    const vague = report('news-am-1', 'news-am', day, [PLACES.syunik]);
    const copy = { ...report('mirror-1', 'mirror', day, [PLACES.syunik]), copy_of: 'news-am-1' };
    expect(sets(groupReports([...twoClashesInSyunik(), vague, copy]))).toEqual([
      'am-mod-goris-1 armenpress-goris-1',
      'am-mod-kapan-1 armenpress-kapan-1 azatutyun-kapan-1',
      'mirror-1-1 news-am-1-1',
    ]);
  });

  it('does not fold an ambiguous report into an incident a day away', () => {
    const vague = report('news-am-1', 'news-am', day, [PLACES.syunik]);
    const nextDay = [withDead('a-1', 'a', '2021-05-13', [PLACES.goris], 1), withDead('b-1', 'b', '2021-05-13', [PLACES.goris], 1), withDead('c-1', 'c', '2021-05-13', [PLACES.goris], 1)];
    expect(sets(groupReports([...twoClashesInSyunik(), ...nextDay, vague]))).toContain('news-am-1-1');
  });

  it('lets the type most accounts give decide when no figures are given', () => {
    const goris = [report('am-mod-goris', 'am-mod', day, [PLACES.goris], { type: SHELLING }), report('armenpress-goris', 'armenpress', day, [PLACES.goris], { type: SHELLING })];
    const kapan = [report('am-mod-kapan', 'am-mod', day, [PLACES.kapan]), report('armenpress-kapan', 'armenpress', day, [PLACES.kapan])];
    const vague = report('news-am-1', 'news-am', day, [PLACES.syunik], { type: SHELLING });
    expect(sets(groupReports([...goris, ...kapan, vague]))).toEqual(['am-mod-goris-1 armenpress-goris-1 news-am-1-1', 'am-mod-kapan-1 armenpress-kapan-1']);
  });

  it('still joins a province-only report to the only incident it can be, however far its figures are from the rest', () => {
    // One ministry counts the other's dead its own way: 25 against 3 is no reason to split.
    const goris = [withDead('am-mod-goris', 'am-mod', day, [PLACES.goris], 3), withDead('armenpress-goris', 'armenpress', day, [PLACES.goris], 3)];
    const partisan = withDead('az-mod-1', 'az-mod', day, [PLACES.syunik], 25);
    expect(groupReports([...goris, partisan])).toHaveLength(1);
  });

  it('places a month-dated report in the one of two incidents that month whose figures agree', () => {
    const early = [withDead('a-1', 'a', '2021-07-03', [PLACES.goris], 2), withDead('b-1', 'b', '2021-07-03', [PLACES.goris], 2)];
    const late = [withDead('a-2', 'a', '2021-07-20', [PLACES.goris], 9), withDead('b-2', 'b', '2021-07-20', [PLACES.goris], 9)];
    const month = { start: '2021-07-01', end: '2021-07-31', precision: 'month' as const };
    const agreeing = withDead('review-1', 'review', '', [PLACES.goris], 9, { date: month });
    const silent = report('review-2', 'review2', '', [PLACES.goris], { date: month });
    expect(sets(groupReports([...early, ...late, agreeing, silent]))).toEqual(['a-1-1 b-1-1', 'a-2-1 b-2-1 review-1-1', 'review-2-1']);
  });

  it('places a province-only report quoting a ministry where that ministry gave the same count, though the figures of another incident are closer on the whole', () => {
    const quoting = (doc: string, claimant: string, source: string, places: Report['places'], n: number) =>
      report(doc, source, day, places, { claims: [claimBy(claimant, doc, 1, { kind: 'casualties', casualties: [killed('AM', n)] })] });
    const goris = [quoting('am-mod-goris', 'am-mod', 'am-mod', [PLACES.goris], 3), quoting('armenpress-goris', 'armenpress', 'armenpress', [PLACES.goris], 3)];
    const kapan = [quoting('am-mod-kapan', 'am-mod', 'am-mod', [PLACES.kapan], 4), quoting('armenpress-kapan', 'armenpress', 'armenpress', [PLACES.kapan], 2), quoting('azatutyun-kapan', 'azatutyun', 'azatutyun', [PLACES.kapan], 2)];
    // "The ministry says 4 soldiers were killed in Syunik": Goris's accounts say 3 (closer to 4
    // than Kapan's 2), but the ministry itself said 4 of Kapan and 3 of Goris.
    const vague = quoting('news-am-1', 'am-mod', 'news-am', [PLACES.syunik], 4);
    expect(sets(groupReports([...goris, ...kapan, vague]))).toEqual(['am-mod-goris-1 armenpress-goris-1', 'am-mod-kapan-1 armenpress-kapan-1 azatutyun-kapan-1 news-am-1-1']);
  });
});

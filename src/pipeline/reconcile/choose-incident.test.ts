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

  it("keeps a province-only report apart from the only incident that day when the ministry it quotes said another count of it", () => {
    const goris = [withDead('am-mod-goris', 'am-mod', day, [PLACES.goris], 3), withDead('armenpress-goris', 'armenpress', day, [PLACES.goris], 3)];
    const quoting = (doc: string, n: number) => report(doc, 'news-am', day, [PLACES.syunik], { claims: [claimBy('am-mod', doc, 1, { kind: 'casualties', casualties: [killed('AM', n)] })] });
    // "The ministry says 9 were killed in Syunik": it said 3 of Goris, so this is another clash.
    expect(sets(groupReports([...goris, quoting('news-am-1', 9)]))).toEqual(['am-mod-goris-1 armenpress-goris-1', 'news-am-1-1']);
    // A toll revised from 3 to 4 is still the ministry's account of Goris.
    expect(groupReports([...goris, quoting('news-am-1', 4)])).toHaveLength(1);
  });

  it("keeps a province-only report counting only the other side's dead apart from an incident whose accounts all count one side's", () => {
    const goris = [withDead('am-mod-goris', 'am-mod', day, [PLACES.goris], 3), withDead('armenpress-goris', 'armenpress', day, [PLACES.goris], 3)];
    const otherSide = report('apa-1', 'apa', day, [PLACES.syunik], { claims: [claimBy('apa', 'apa-1', 1, { kind: 'casualties', casualties: [killed('AZ', 2)] })] });
    expect(sets(groupReports([...goris, otherSide]))).toEqual(['am-mod-goris-1 armenpress-goris-1', 'apa-1-1']);
  });

  it('lets a district report that the only incident of its district contradicts form an incident of its own, with its peers', () => {
    const goris = [withDead('am-mod-goris', 'am-mod', day, [PLACES.goris], 3), withDead('armenpress-goris', 'armenpress', day, [PLACES.goris], 3)];
    const syunikDistrict = { ...PLACES.syunik, place_id: 'goris-district', precision: 'district' as const };
    const goris2 = { ...PLACES.goris, parent_ids: ['goris-district', 'syunik', 'am'] };
    const quoting = (doc: string, source: string) => report(doc, source, day, [syunikDistrict], { claims: [claimBy('am-mod', doc, 1, { kind: 'casualties', casualties: [killed('AM', 12)] })] });
    const clusters = groupReports([...goris.map((r) => ({ ...r, places: [goris2] })), quoting('news-am-1', 'news-am'), quoting('azatutyun-1', 'azatutyun')]);
    expect(sets(clusters)).toEqual(['am-mod-goris-1 armenpress-goris-1', 'azatutyun-1-1 news-am-1-1']);
  });

  it('folds a province-only report dated a day off only into the neighbouring incident its figures agree with', () => {
    const next = '2021-05-13';
    const ministry = (doc: string, n: number) => report(doc, 'news-am', next, [PLACES.syunik], { claims: [claimBy('am-mod', doc, 1, { kind: 'casualties', casualties: [killed('AM', n)] })] });
    // The ministry said 8 of Kapan the day before (and 3 of Goris): Kapan, though Goris fits as well by place and day.
    expect(sets(groupReports([...twoClashesInSyunik(), ministry('news-am-1', 8)]))).toContain('am-mod-kapan-1 armenpress-kapan-1 azatutyun-kapan-1 news-am-1-1');
    // Saying nothing either incident lacks, it no longer goes to the one with more sources.
    expect(sets(groupReports([...twoClashesInSyunik(), report('news-am-2', 'news-am', next, [PLACES.syunik])]))).toContain('news-am-2-1');
  });
});

import { describe, expect, it } from 'vitest';
import { fatalityFigures } from './fatality-figures.js';
import { groupReports } from './group-reports.js';
import { mergeCluster } from './merge-cluster.js';
import { mergedDate } from './merged-date.js';
import { claimBy, julyClashes, killed, PLACES, report, sideOf } from './reconcile-fixtures.js';
import { reconcileReports } from './reconcile-reports.js';

describe('mergeCluster', () => {
  const incidents = reconcileReports(julyClashes(), { sideOf });
  const the13th = incidents.find((i) => i.report_ids.includes('am-mod-13-1'))!;

  it('gives each day of the July 2020 clashes disputed responsibility, both sides confirming, and figures as ranges', () => {
    expect(incidents).toHaveLength(3);
    for (const i of incidents) {
      expect(i.responsibility.status).toBe('disputed');
      expect(i.corroboration.both_sides_confirm).toBe(true);
    }
    expect(the13th.date).toEqual({ start: '2020-07-13', end: '2020-07-13', precision: 'day' });
    // am-mod "at least 23", az-mod 3, reuters 4, eurasianet quoting az-mod 4.
    expect(the13th.casualties).toEqual([
      expect.objectContaining({ outcome: 'killed', group: 'military', side: 'AZ', low: 3, best: 4, high: 23, conservative: 3 }),
    ]);
    expect(fatalityFigures(the13th.casualties)).toEqual({ acled_fatalities: 3, ucdp: { low: 3, best: 4, high: 23 } });
    expect(the13th.corroboration).toEqual({ independent_sources: 4, by_side: { AM: 1, AZ: 2, third: 1 }, both_sides_confirm: true });
    expect(the13th.places).toEqual([{ place_id: 'agdam-tovuz', precision: 'exact' }]);
    expect(the13th.type).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash' });
    expect(the13th.claims).toHaveLength(6);
  });

  it('measures where the accounts differ', () => {
    const d = the13th.disagreement;
    expect(d.fields.responsibility).toBe(1);
    expect(d.fields.casualties).toBeCloseTo((23 - 3) / 24, 3);
    expect(d.fields.type).toBeCloseTo(1 / 4, 3);
    expect(d.fields.date).toBe(0);
    expect(d.fields.place).toBe(0);
    expect(d.score).toBeCloseTo((1 + 20 / 24 + 0.25) / 5, 2);
    const the12th = incidents.find((i) => i.report_ids.includes('am-mod-12-1'))!;
    // One of four reports dated the 12th's fighting the 11th: the date is their union.
    expect(the12th.date).toEqual({ start: '2020-07-11', end: '2020-07-12', precision: 'days' });
    expect(the12th.disagreement.fields.date).toBe(0.25);
  });

  it('counts a wire story syndicated by three sites as one independent source', () => {
    const day = '2023-09-19';
    const wire = report('ap-1', 'ap', day, [PLACES.goris], { claims: [claimBy('ap', 'ap-1', 1, { kind: 'casualties', casualties: [killed('AM', 2)] })] });
    const copies = ['site-a', 'site-b', 'site-c'].map((site) =>
      report(`${site}-1`, site, day, [PLACES.goris], { copy_of: 'ap-1', claims: [claimBy('ap', `${site}-1`, 1, { kind: 'casualties', casualties: [killed('AM', 2)] })] }),
    );
    const alone = report('local-1', 'local', day, [PLACES.goris], { claims: [claimBy('local', 'local-1', 1, { kind: 'casualties', casualties: [killed('AM', 3)] })] });
    const merged = mergeCluster([wire, ...copies, alone], { sideOf });
    expect(merged.corroboration.independent_sources).toBe(2);
    // Four documents say 2 but they are one source: a tie with 3, which goes to the smaller.
    expect(merged.casualties[0]).toMatchObject({ low: 2, best: 2, high: 3 });
    expect(mergeCluster(copies, { sideOf }).corroboration.independent_sources).toBe(1);
    expect(groupReports([wire, ...copies, alone])).toHaveLength(1);
  });

  it('does not count a denial as confirmation from that side', () => {
    const day = '2022-09-13';
    const merged = mergeCluster(
      [
        report('am-1', 'am-mod', day, [PLACES.goris]),
        report('az-1', 'az-mod', day, [PLACES.goris], { claims: [claimBy('az-mod', 'az-1', 1, { kind: 'denial', stance: 'denies', blames: ['az-army'] })] }),
      ],
      { sideOf },
    );
    expect(merged.corroboration).toMatchObject({ independent_sources: 2, by_side: { AM: 1, AZ: 1 }, both_sides_confirm: false });
  });
});

describe('mergedDate', () => {
  it('takes the days all precise reports allow, else every day any names, at the finest precision present', () => {
    const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
    expect(mergedDate([day('2020-07-12'), { start: '2020-07-10', end: '2020-07-14', precision: 'days' }, { start: '2020-01-01', end: '2020-12-31', precision: 'year' }])).toEqual(day('2020-07-12'));
    expect(mergedDate([day('2020-07-12'), day('2020-07-13')])).toEqual({ start: '2020-07-12', end: '2020-07-13', precision: 'days' });
    expect(mergedDate([{ start: '2020-07-01', end: '2020-07-31', precision: 'month' }, { start: '2020-07-01', end: '2020-09-30', precision: 'months' }])).toEqual({
      start: '2020-07-01',
      end: '2020-07-31',
      precision: 'month',
    });
  });
});

import type { StatsBucket } from '../../api/types';

const r = (low: number, best: number, high: number) => ({ low, best, high });
const zero = r(0, 0, 0);

/** Fixed buckets the chart snapshots are drawn from: three months of a war, by side. */
export const SIDE_BUCKETS: StatsBucket[] = [
  { period: '2020-09', group: 'AM', incidents: 4, killed: r(120, 150, 210), wounded: r(30, 30, 45) },
  { period: '2020-09', group: 'AZ', incidents: 5, killed: r(90, 92, 100), wounded: zero },
  { period: '2020-09', group: 'unknown', incidents: 1, killed: r(10, 10, 10), wounded: zero },
  { period: '2020-10', group: 'AM', incidents: 7, killed: r(300, 340, 410), wounded: r(80, 100, 120) },
  { period: '2020-10', group: 'AZ', incidents: 6, killed: r(200, 260, 260), wounded: r(40, 40, 40) },
  { period: '2020-10', group: 'third', incidents: 2, killed: zero, wounded: zero },
  { period: '2020-11', group: 'AM', incidents: 2, killed: r(5, 8, 12), wounded: zero },
  { period: '2020-11', group: 'AZ', incidents: 2, killed: zero, wounded: r(1, 1, 3) },
];

/** Fixed buckets for the histogram: incidents per week over two months. */
export const WEEK_BUCKETS: StatsBucket[] = [
  ['2020-09-21', 3],
  ['2020-09-28', 9],
  ['2020-10-05', 12],
  ['2020-10-12', 7],
  ['2020-10-26', 4],
  ['2020-11-09', 1],
].map(([period, incidents]) => ({ period: period as string, incidents: incidents as number, killed: zero, wounded: zero }));

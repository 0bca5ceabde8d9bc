import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SIDE_BUCKETS } from './chart-fixtures';
import { escalationPlot } from './escalation-spec';
import { rollUp } from './ranges';

const { document } = new JSDOM('').window;
/** One element per line, so a changed chart shows as a readable diff. */
const serialise = (svg: Element) => svg.outerHTML.replace(/>(<(?!\/))/g, '>\n$1');

describe('the escalation chart', () => {
  it('draws incidents per month, one row per side, named in words', async () => {
    const svg = escalationPlot(SIDE_BUCKETS, { measure: 'incidents', interval: 'month', width: 640, document });
    expect(svg.querySelector('style')).toBeNull();
    const text = svg.textContent ?? '';
    for (const side of ['Armenian side', 'Azerbaijani side', 'Third parties', 'Side not stated']) expect(text).toContain(side);
    await expect(serialise(svg)).toMatchFileSnapshot('./__snapshots__/escalation-incidents.svg');
  });

  it('draws killed as the best estimate with a line from the lowest to the highest figure', async () => {
    const svg = escalationPlot(SIDE_BUCKETS, { measure: 'killed', interval: 'month', width: 640, document });
    const titles = [...svg.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toContain('Armenian side, Sep 2020: 120–210 (best 150) killed');
    // A line for each range whose figures differ: AM in Sep, Oct, Nov; AZ in Sep and Oct.
    expect(svg.querySelectorAll('g.ranges line')).toHaveLength(5);
    await expect(serialise(svg)).toMatchFileSnapshot('./__snapshots__/escalation-killed.svg');
  });

  it('rolls months up into years exactly', () => {
    const years = rollUp(SIDE_BUCKETS, 'year');
    expect(years.map((b) => [b.period, b.group, b.incidents, b.killed])).toEqual([
      ['2020', 'AM', 13, { low: 425, best: 498, high: 632 }],
      ['2020', 'AZ', 13, { low: 290, best: 352, high: 360 }],
      ['2020', 'unknown', 1, { low: 10, best: 10, high: 10 }],
      ['2020', 'third', 2, { low: 0, best: 0, high: 0 }],
    ]);
  });
});

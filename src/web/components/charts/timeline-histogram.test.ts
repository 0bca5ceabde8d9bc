import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { WEEK_BUCKETS } from './chart-fixtures';
import { histogramPlot } from './histogram-spec';
import { boundsOf, endOf, intervalFor, startOf } from './periods';

const { document } = new JSDOM('').window;
const serialise = (svg: Element) => svg.outerHTML.replace(/>(<(?!\/))/g, '>\n$1');
const domain: [Date, Date] = [startOf('2020-09-21'), endOf('2020-11-15')];

describe('the timeline histogram', () => {
  it('draws a bar per week, with the picked week highlighted', async () => {
    const svg = histogramPlot(WEEK_BUCKETS, { interval: 'week', domain, width: 640, highlight: '2020-10-05', document });
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.querySelectorAll('g.bars rect')).toHaveLength(6);
    expect(svg.querySelector('g.picked rect')).not.toBeNull();
    await expect(serialise(svg)).toMatchFileSnapshot('./__snapshots__/histogram-weeks.svg');
  });

  it('picks a bucket length that fits the span, and says a span as short as it can', () => {
    expect(intervalFor(startOf('1988'), endOf('2024'))).toBe('year');
    expect(intervalFor(startOf('2016'), endOf('2024'))).toBe('month');
    expect(intervalFor(startOf('2020'), endOf('2020'))).toBe('week');
    expect(intervalFor(startOf('2020-09'), endOf('2020-09'))).toBe('day');
    expect(boundsOf(startOf('2018'), endOf('2021'))).toEqual({ from: '2018', to: '2021' });
    expect(boundsOf(startOf('2020-09'), endOf('2020-11'))).toEqual({ from: '2020-09', to: '2020-11' });
    expect(boundsOf(startOf('2020-09-21'), endOf('2020-09-27'))).toEqual({ from: '2020-09-21', to: '2020-09-27' });
  });
});

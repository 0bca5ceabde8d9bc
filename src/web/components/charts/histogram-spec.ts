import * as Plot from '@observablehq/plot';
import type { StatsBucket } from '../../api/types';
import { endOf, periodLabel, startOf, type Interval } from './periods';
import { barInset, renderPlot, tickCount } from './render-plot';

export type HistogramOptions = {
  interval: Interval;
  /** The time axis: the period being looked at. */
  domain: [Date, Date];
  width: number;
  height?: number;
  /** The period picked with the keyboard, drawn highlighted. */
  highlight?: string;
  document?: Document;
};

/** One bar of the histogram, with where it starts and ends on the time axis. */
export type HistogramBar = { period: string; start: Date; end: Date; incidents: number; title: string };

/** The buckets as bars. */
export function histogramBars(buckets: StatsBucket[], interval: Interval): HistogramBar[] {
  return buckets.map((b) => ({
    period: b.period,
    start: startOf(b.period),
    end: endOf(b.period, interval),
    incidents: b.incidents,
    title: `${periodLabel(b.period, interval)}: ${b.incidents} incident${b.incidents === 1 ? '' : 's'}`,
  }));
}

/** The timeline's histogram: incidents per period over the period looked at, one bar each. */
export function histogramPlot(buckets: StatsBucket[], o: HistogramOptions): SVGSVGElement {
  const bars = histogramBars(buckets, o.interval);
  const picked = bars.filter((b) => b.period === o.highlight);
  const periodMs = bars.length ? bars[0].end.getTime() - bars[0].start.getTime() : 1;
  const inset = barInset(o.width, o.domain, periodMs);
  return renderPlot({
    document: o.document,
    width: o.width,
    height: o.height ?? 170,
    ariaLabel: `Incidents per ${o.interval}`,
    x: { type: 'utc', domain: o.domain, label: null, ticks: tickCount(o.width, o.domain, periodMs) },
    y: { label: `Incidents per ${o.interval}`, grid: true, ticks: 4, nice: true, labelAnchor: 'top' },
    marks: [
      Plot.ruleY([0], { stroke: '#d6dbe0' }),
      Plot.rectY(bars, { x1: 'start', x2: 'end', y: 'incidents', fill: '#1f5f99', inset, title: 'title', ariaLabel: 'title', className: 'bars' }),
      Plot.rectY(picked, { x1: 'start', x2: 'end', y: 'incidents', fill: '#ffbf47', stroke: '#1d232b', strokeWidth: 1.5, className: 'picked' }),
    ],
  });
}

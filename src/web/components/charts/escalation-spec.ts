import * as Plot from '@observablehq/plot';
import type { StatsBucket } from '../../api/types';
import { bySide, sideColour, sideLabel } from './chart-sides';
import { endOf, periodLabel, startOf, type Interval } from './periods';
import { rangeText } from './ranges';
import { barInset, renderPlot, tickCount } from './render-plot';

/** What the escalation chart counts per period. */
export type EscalationMeasure = 'incidents' | 'killed' | 'wounded';

export type EscalationOptions = {
  measure: EscalationMeasure;
  /** The buckets' interval (the API's, or what they were rolled up to). */
  interval: Interval;
  width: number;
  /** The time axis; the buckets' extent when not given. */
  domain?: [Date, Date];
  document?: Document;
};

/** The words the chart and its table use for a measure. */
export const MEASURE_LABEL: Record<EscalationMeasure, string> = { incidents: 'Incidents', killed: 'Killed', wounded: 'Wounded' };

const ROW_HEIGHT = 110;
const INK = '#1d232b';

/**
 * The escalation chart's SVG: one row per side, a bar per period. Incidents count under each
 * side involved; killed and wounded are the sums of incidents' derived ranges for people on that
 * side: the bar is the best estimate and the dark line runs from the lowest to the highest figure.
 */
export function escalationPlot(buckets: StatsBucket[], o: EscalationOptions): SVGSVGElement {
  const rows = buckets.map((b) => {
    const side = b.group ?? 'unknown';
    const start = startOf(b.period), end = endOf(b.period, o.interval);
    const r = o.measure === 'incidents' ? { low: b.incidents, best: b.incidents, high: b.incidents } : b[o.measure];
    const figure = o.measure === 'incidents' ? `${b.incidents} incident${b.incidents === 1 ? '' : 's'} involved` : `${rangeText(r)} ${o.measure}`;
    return { side, row: sideLabel(side), start, end, mid: new Date((start.getTime() + end.getTime()) / 2), ...r, title: `${sideLabel(side)}, ${periodLabel(b.period, o.interval)}: ${figure}` };
  });
  const shown = rows.filter((r) => r.high > 0);
  // A side with nothing to draw for this measure gets no row (the component names it in words).
  const sides = [...new Set(shown.map((r) => r.side))].sort(bySide);
  const domain = o.domain ?? [new Date(Math.min(...rows.map((r) => r.start.getTime()))), new Date(Math.max(...rows.map((r) => r.end.getTime())))];
  const periodMs = rows.length ? rows[0].end.getTime() - rows[0].start.getTime() : 1;
  const inset = barInset(o.width, domain as [Date, Date], periodMs);
  const label = MEASURE_LABEL[o.measure];
  return renderPlot({
    document: o.document,
    width: o.width,
    // Room above the first row for the axis label, apart from the row's name.
    marginTop: 30,
    height: Math.max(1, sides.length) * ROW_HEIGHT + 52,
    ariaLabel: `${label} per ${o.interval}, one row per side`,
    x: { type: 'utc', domain, label: null, ticks: tickCount(o.width, domain as [Date, Date], periodMs) },
    y: { label: o.measure === 'incidents' ? 'Incidents' : `${label} (bar: best estimate; line: lowest to highest)`, grid: true, ticks: 3, nice: true, labelAnchor: 'top' },
    fy: { domain: sides.map(sideLabel), axis: null, padding: 0.25 },
    marks: [
      Plot.ruleY([0], { stroke: '#d6dbe0' }),
      Plot.text(sides, { fy: sideLabel, text: sideLabel, frameAnchor: 'top-left', dx: 4, dy: -2, fontWeight: 600, fontSize: 11, fill: INK }),
      Plot.rectY(shown, { x1: 'start', x2: 'end', y: 'best', fy: 'row', fill: (d) => sideColour(d.side), inset, title: 'title', ariaLabel: 'title', className: 'bars' }),
      ...(o.measure === 'incidents'
        ? []
        : [Plot.ruleX(shown.filter((d) => d.high > d.low), { x: 'mid', y1: 'low', y2: 'high', fy: 'row', stroke: INK, strokeWidth: 2, title: 'title', ariaLabel: 'title', className: 'ranges' })]),
    ],
  });
}

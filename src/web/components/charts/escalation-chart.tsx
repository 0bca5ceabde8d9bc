import { useCallback, useMemo, useState } from 'react';
import type { StatsBucket } from '../../api/types';
import { bySide, sideLabel } from './chart-sides';
import { escalationPlot, MEASURE_LABEL, type EscalationMeasure } from './escalation-spec';
import { daysBetween, endOf, periodLabel, startOf, type Interval } from './periods';
import { PlotFigure } from './plot-figure';
import { rangeText, rollUp } from './ranges';

const MEASURES: EscalationMeasure[] = ['incidents', 'killed', 'wounded'];

type Props = {
  /** GET /stats?interval=month&by=side. */
  buckets: StatsBucket[];
  /** The period chosen; the buckets' extent when open. */
  domain?: [Date | undefined, Date | undefined];
  /** Set once the figures asked for are drawn (not a previous answer kept on screen). */
  ready: boolean;
};

/**
 * Incidents, killed and wounded per month (per year over decades), one row per side, with a
 * key in words and the figures as a table for anyone who cannot read the chart.
 */
export function EscalationChart({ buckets, domain, ready }: Props) {
  const [measure, setMeasure] = useState<EscalationMeasure>('incidents');
  const first = buckets.length ? startOf(buckets[0].period) : undefined;
  const last = buckets.length ? endOf(buckets[buckets.length - 1].period, 'month') : undefined;
  const start = domain?.[0] ?? first, end = domain?.[1] ?? last;
  // Months over decades would be bars a pixel wide: sum them into years.
  const interval: Interval = start && end && daysBetween(start, end) > 20 * 366 ? 'year' : 'month';
  const shown = useMemo(() => (interval === 'year' ? rollUp(buckets, 'year') : buckets), [buckets, interval]);
  const axis = useMemo<[Date, Date] | undefined>(() => {
    if (!start || !end) return undefined;
    return interval === 'year' ? [startOf(String(start.getUTCFullYear())), endOf(String(new Date(end.getTime() - 1).getUTCFullYear()))] : [start, end];
  }, [start?.getTime(), end?.getTime(), interval]);
  const render = useCallback((width: number) => escalationPlot(shown, { measure, interval, width, domain: axis }), [shown, measure, interval, axis]);

  const sides = [...new Set(buckets.map((b) => b.group ?? 'unknown'))].sort(bySide);
  const drawn = new Set(shown.filter((b) => (measure === 'incidents' ? b.incidents : b[measure].high) > 0).map((b) => b.group ?? 'unknown'));
  const blank = sides.filter((s) => !drawn.has(s));

  return (
    <div className="escalation-chart">
      <div className="chart-controls">
        <div className="toggle-group" role="group" aria-label="What the chart counts">
          {MEASURES.map((m) => (
            <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
              {MEASURE_LABEL[m]}
            </button>
          ))}
        </div>
        <span className="muted"> per {interval}</span>
      </div>
      <ul className="chart-key" aria-label="Key">
        {sides.filter((s) => drawn.has(s)).map((s) => (
          <li key={s}>
            <span className={`swatch ${s === 'AM' || s === 'AZ' || s === 'unknown' ? s : 'third'}`} aria-hidden="true" />
            {sideLabel(s)}
          </li>
        ))}
        {measure !== 'incidents' && (
          <li>
            <span className="swatch range" aria-hidden="true" />
            lowest to highest figure claimed
          </li>
        )}
      </ul>
      {drawn.size ? (
        <PlotFigure render={render} role="img" aria-label={`${MEASURE_LABEL[measure]} per ${interval} by side; the figures are in the table below.`} ready={ready} />
      ) : (
        <p className="status empty" data-ready={ready ? 'true' : undefined}>
          No {measure === 'incidents' ? 'incidents' : `${measure} figures`} in this period.
        </p>
      )}
      <p className="muted small">
        {measure === 'incidents'
          ? 'An incident counts once under each side involved, in the period it starts in.'
          : `Each bar is the sum of the best estimates for people on that side; the line runs from the lowest to the highest figure claimed.`}
        {blank.length > 0 && ` Nothing to draw for: ${blank.map(sideLabel).join(', ')}.`}
      </p>
      <FiguresTable buckets={shown} interval={interval} />
    </div>
  );
}

/** The chart's figures, in a table drawn only when opened (a century of months is long). */
function FiguresTable({ buckets, interval }: { buckets: StatsBucket[]; interval: Interval }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>The figures as a table</summary>
      {open && (
        <div className="scroll">
          <table>
            <caption className="visually-hidden">Incidents, killed and wounded per {interval} and side</caption>
            <thead>
              <tr>
                <th scope="col">{interval === 'year' ? 'Year' : 'Month'}</th>
                <th scope="col">Side</th>
                <th scope="col" className="num">Incidents</th>
                <th scope="col" className="num">Killed</th>
                <th scope="col" className="num">Wounded</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={`${b.period} ${b.group}`}>
                  <td>{periodLabel(b.period, interval)}</td>
                  <td>{sideLabel(b.group ?? 'unknown')}</td>
                  <td className="num">{b.incidents}</td>
                  <td className="num">{rangeText(b.killed)}</td>
                  <td className="num">{rangeText(b.wounded)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

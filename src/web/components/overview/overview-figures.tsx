import type { Range, StatsBucket } from '../../api/types';
import { bySide, sideLabel } from '../charts/chart-sides';
import { totals } from '../charts/ranges';
import { SideBadge } from '../side-badge';
import './overview.css';

const n = (x: number) => x.toLocaleString('en-GB');

/** A range as three figures, the best estimate largest. */
function RangeFigure({ range }: { range: Range }) {
  return (
    <p className="figure">
      <span className="big">{n(range.best)}</span> <span className="what">best estimate</span>
      <br />
      <small>{range.low === range.high ? 'the figures claimed do not differ' : `the figures claimed run from ${n(range.low)} to ${n(range.high)}`}</small>
    </p>
  );
}

/**
 * The period's counts: incidents, and killed and wounded as low–best–high ranges, in all and by
 * side. `all` is GET /stats by=none, `bySide` the same by=side.
 */
export function OverviewFigures({ all, bySideBuckets }: { all: StatsBucket[]; bySideBuckets: StatsBucket[] }) {
  const whole = totals(all).get('') ?? { incidents: 0, killed: { low: 0, best: 0, high: 0 }, wounded: { low: 0, best: 0, high: 0 } };
  const sides = [...totals(bySideBuckets).entries()].sort(([a], [b]) => bySide(a, b));
  return (
    <>
      <div className="figures-row">
        <div className="card">
          <h3>Incidents</h3>
          <p className="figure">
            <span className="big">{n(whole.incidents)}</span>
          </p>
        </div>
        <div className="card">
          <h3>Killed</h3>
          <RangeFigure range={whole.killed} />
        </div>
        <div className="card">
          <h3>Wounded</h3>
          <RangeFigure range={whole.wounded} />
        </div>
      </div>
      {sides.length > 0 && (
        <table className="by-side">
          <caption>By side</caption>
          <thead>
            <tr>
              <th scope="col">Side</th>
              <th scope="col" className="num">Incidents involving it</th>
              <th scope="col" className="num">Killed on that side</th>
              <th scope="col" className="num">Wounded on that side</th>
            </tr>
          </thead>
          <tbody>
            {sides.map(([side, t]) => (
              <tr key={side}>
                <th scope="row">
                  <SideBadge side={side} /> {sideLabel(side)}
                </th>
                <td className="num">{n(t.incidents)}</td>
                <td className="num">{rangeCell(t.killed)}</td>
                <td className="num">{rangeCell(t.wounded)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sides.length > 1 && (
        <p className="muted small-print">
          An incident involving several sides counts under each, so the sides add up to more than the total. Killed and wounded count under the side of the
          people counted.
        </p>
      )}
    </>
  );
}

const rangeCell = (r: Range) => (r.low === r.high ? n(r.best) : `${n(r.low)}–${n(r.high)} (best ${n(r.best)})`);

import { useState } from 'react';
import { Link } from 'react-router';
import type { Claim } from '../../api/types';
import { useSplitIncident } from '../../hooks/use-review-actions';
import { ErrorMessage } from '../layout/status';
import './review.css';

/** The report a claim came in: a grouped incident's claim ids start with their report's id. */
const reportOf = (claimId: string) => claimId.slice(0, claimId.lastIndexOf('/'));

/** Splits some of a grouped incident's reports off into an incident of their own. */
export function SplitForm({ incidentId, reports, claims }: { incidentId: string; reports: string[]; claims: Claim[] }) {
  const [picked, setPicked] = useState<string[]>([]);
  const split = useSplitIncident();
  const done = split.data && (
    <p className="done" role="status">
      Split off into <Link to={`/incidents/${encodeURIComponent(split.data.new_id)}`}>a new incident</Link>.
    </p>
  );
  if (reports.length < 2) return done || <p className="muted">This incident has a single report: there is nothing to split off.</p>;
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <div className="review-form">
      <ul className="choices" aria-label="Reports in this incident">
        {reports.map((r) => {
          const mine = claims.filter((c) => reportOf(c.id) === r);
          return (
            <li key={r}>
              <label>
                <input type="checkbox" checked={picked.includes(r)} onChange={() => toggle(r)} />
                <span>
                  {mine[0] ? mine[0].document.title : r} <span className="muted">({mine.map((c) => c.claimant.name).join(', ') || 'no claims'})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!picked.length || split.isPending}
          onClick={() => split.mutate({ id: incidentId, reports: picked }, { onSuccess: () => setPicked([]) })}
        >
          {split.isPending ? 'Splitting…' : 'Split the chosen reports off'}
        </button>
      </div>
      {done}
      {split.error && <ErrorMessage error={split.error} doing="split" />}
    </div>
  );
}

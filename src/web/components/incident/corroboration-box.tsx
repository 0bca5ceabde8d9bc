import type { Incident } from '../../api/types';
import { sideName } from '../side-badge';

/** How many independent sources report the incident, from which sides, and whether both parties confirm it. */
export function CorroborationBox({ corroboration }: { corroboration: Incident['corroboration'] }) {
  return (
    <section aria-labelledby="corroboration">
      <h2 id="corroboration">Corroboration</h2>
      {corroboration ? (
        <ul className="corroboration">
          <li>
            <strong>{corroboration.independent_sources}</strong> independent {corroboration.independent_sources === 1 ? 'source' : 'sources'}
          </li>
          {Object.entries(corroboration.by_side).map(([side, n]) => (
            <li key={side}>
              {n} from {side === 'unknown' ? 'sources of no known side' : `${sideName(side)} sources`}
            </li>
          ))}
          <li>{corroboration.both_sides_confirm ? 'Both sides confirm it happened.' : 'Not confirmed by both sides.'}</li>
        </ul>
      ) : (
        <p className="muted">Counted only for incidents grouped from ingested documents; this one comes from the curated record, whose sources are its claims above.</p>
      )}
    </section>
  );
}

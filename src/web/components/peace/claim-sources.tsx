import { Link } from 'react-router';
import type { Claim } from '../../api/types';
import { ReviewStatusLabel } from '../side-badge';

/**
 * The claims behind a step of the peace process: who said it, in which document, and whether a
 * reviewer has accepted it, so nothing on the page stands without a source.
 */
export function ClaimSources({ claims, about }: { claims: Claim[]; about: string }) {
  if (!claims.length) return <p className="no-sources">No source in the record yet.</p>;
  const who = [...new Set(claims.map((c) => c.claimant.name))];
  return (
    <details className="claim-sources">
      <summary>
        {claims.length === 1 ? '1 source' : `${claims.length} sources`}
        <span className="visually-hidden"> for {about}</span>: {who.join('; ')}
      </summary>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <p className="statement">
              {c.quote ? <q>{c.quote}</q> : c.statement}
              {c.hedges.length ? <span className="hedges"> ({c.hedges.join(', ')})</span> : null}
            </p>
            <p className="attribution">
              <Link to={`/actors?q=${encodeURIComponent(c.claimant.name)}`}>{c.claimant.name}</Link> {c.stance}, in{' '}
              <Link to={`/documents/${encodeURIComponent(c.document.id)}`}>{c.document.title}</Link>{' '}
              <span className="muted">
                ({c.document.publisher}, {c.document.published})
              </span>{' '}
              · <ReviewStatusLabel status={c.status} />
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}

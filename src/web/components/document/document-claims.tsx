import { Link } from 'react-router';
import { ReviewStatusLabel, SideBadge } from '../side-badge';
import { claimAnchor, STANCE_WORDS } from '../incident/incident-words';
import { passageAnchor, type NumberedClaim } from './highlighted-text';

/** The claims read from the document, in reading order, each with its claimant, its incident, and its passage when the text is here. */
export function DocumentClaims({ claims, hasText }: { claims: NumberedClaim[]; hasText: boolean }) {
  return (
    <ol className="document-claims">
      {claims.map((c) => (
        <li key={c.id} className="card">
          <p className="claim-who">
            <span className="claim-n" aria-hidden="true">
              {c.n}
            </span>{' '}
            {c.claim ? (
              <>
                <SideBadge side={c.claim.claimant.country} /> <strong>{c.claim.claimant.name}</strong> <em>{STANCE_WORDS[c.claim.stance] ?? c.claim.stance}</em>{' '}
                <ReviewStatusLabel status={c.claim.status} />
              </>
            ) : (
              <code>{c.id}</code>
            )}
          </p>
          {c.claim && <p className="claim-statement">{c.claim.statement}</p>}
          <p className="claim-links">
            <Link to={`/incidents/${encodeURIComponent(c.incidentId)}#${claimAnchor(c.id)}`}>Open in its incident</Link>
            {hasText && c.span && (
              <>
                {' · '}
                <a href={`#${passageAnchor(c.id)}`}>Show in the text</a>
              </>
            )}
            {hasText && !c.span && <span className="muted"> · where in the text was not recorded</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}

import { Link } from 'react-router';
import type { Claim } from '../../api/types';
import { ReviewStatusLabel, SideBadge } from '../side-badge';
import { ClaimReview } from '../review/claim-review';
import { claimAnchor, dateLabel, GROUP_WORDS, STANCE_WORDS, statedFigure } from './incident-words';

/** The published date as the API words it (2020-08, 2020-10/2020-11) is shown as it is. */
function DocumentLine({ doc }: { doc: Claim['document'] }) {
  return (
    <p className="claim-document">
      <span className="muted">In </span>
      <Link to={`/documents/${encodeURIComponent(doc.id)}`}>{doc.title}</Link>
      <span className="muted">
        {' '}
        — {doc.publisher}
        {doc.published ? `, ${doc.published}` : ''}
      </span>
    </p>
  );
}

/**
 * One claim as its source made it: who, how they stand to it, what they said (the quote in
 * their words), when, and the document it is in. Disputed claims are marked in words.
 */
export function ClaimCard({ claim, canReview }: { claim: Claim; canReview: boolean }) {
  return (
    <article className={`claim-card card status-${claim.status}`} id={claimAnchor(claim.id)} aria-labelledby={`${claimAnchor(claim.id)}-who`}>
      <header className="claim-head">
        <h4 id={`${claimAnchor(claim.id)}-who`}>
          <SideBadge side={claim.claimant.country} /> {claim.claimant.name}
        </h4>
        <span className="claim-stance">{STANCE_WORDS[claim.stance] ?? claim.stance}</span>
        <span className="claim-kind muted">{claim.kind}</span>
        <ReviewStatusLabel status={claim.status} />
        {claim.status === 'disputed' && <span className="disputed-mark">disputed by a reviewer</span>}
      </header>
      <p className="claim-statement">{claim.statement}</p>
      {claim.quote && <blockquote className="claim-quote">{claim.quote}</blockquote>}
      <dl className="claim-facts">
        {claim.said_on && (
          <>
            <dt>Said</dt>
            <dd>{dateLabel(claim.said_on)}</dd>
          </>
        )}
        {claim.hedges.length > 0 && (
          <>
            <dt>Hedged</dt>
            <dd>{claim.hedges.join(', ')}</dd>
          </>
        )}
        {claim.blames && claim.blames.length > 0 && (
          <>
            <dt>{claim.stance === 'denies' ? 'Denies blame for' : 'Blames'}</dt>
            <dd>{claim.blames.join(', ')}</dd>
          </>
        )}
        {claim.casualties && claim.casualties.length > 0 && (
          <>
            <dt>Figures</dt>
            <dd>
              <ul className="claim-figures">
                {claim.casualties.map((f, i) => (
                  <li key={i}>
                    {statedFigure(f)} {f.combined ? f.combined.join(' or ') : f.outcome}, {GROUP_WORDS[f.group] ?? f.group}, <SideBadge side={f.side} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <DocumentLine doc={claim.document} />
      {canReview && <ClaimReview claim={claim} />}
    </article>
  );
}

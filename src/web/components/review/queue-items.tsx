import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { Incident, ListedClaim } from '../../api/types';
import { useReviewIncident } from '../../hooks/use-review-actions';
import { usePlaceNames } from '../../settings/place-names';
import { claimAnchor, dateLabel, STANCE_WORDS } from '../incident/incident-words';
import { ErrorMessage } from '../layout/status';
import { ReviewStatusLabel, SideBadge } from '../side-badge';
import { ClaimReview } from './claim-review';
import { ReviewButtons } from './review-buttons';

type ItemProps = { focused: boolean; canReview: boolean; position: string; onFocusItem(): void };

export const incidentLink = (id: string, extra = '') => `/incidents/${encodeURIComponent(id)}${extra}`;

/** One claim waiting for review: who said what, in which document, for which incident. */
export const ClaimQueueItem = forwardRef<HTMLLIElement, ItemProps & { claim: ListedClaim }>(function ClaimQueueItem({ claim, focused, canReview, position, onFocusItem }, ref) {
  return (
    <li ref={ref} data-id={claim.id} className={`queue-item card${focused ? ' focused' : ''}`} tabIndex={focused ? 0 : -1} aria-current={focused || undefined} onFocus={onFocusItem}>
      <p className="queue-head">
        <span className="visually-hidden">{position}: </span>
        <SideBadge side={claim.claimant.country} /> <strong>{claim.claimant.name}</strong> <em>{STANCE_WORDS[claim.stance] ?? claim.stance}</em>{' '}
        <span className="muted">{claim.kind}</span> <ReviewStatusLabel status={claim.status} />
      </p>
      <p className="queue-text">{claim.statement}</p>
      {claim.quote && <blockquote className="claim-quote">{claim.quote}</blockquote>}
      <p className="queue-links">
        In <Link to={`/documents/${encodeURIComponent(claim.document.id)}`}>{claim.document.title}</Link> <span className="muted">({claim.document.publisher})</span> ·{' '}
        <Link to={incidentLink(claim.incident_id, `#${claimAnchor(claim.id)}`)}>Open its incident</Link>
        {canReview && (
          <>
            {' · '}
            <Link to={incidentLink(claim.incident_id, '?edit=1')}>Edit the incident</Link>
          </>
        )}
      </p>
      {canReview && <ClaimReview claim={claim} />}
    </li>
  );
});

/** One incident waiting for review, with the reviewer's decisions and links to edit, merge or split it. */
export const IncidentQueueItem = forwardRef<HTMLLIElement, ItemProps & { incident: Incident }>(function IncidentQueueItem({ incident, focused, canReview, position, onFocusItem }, ref) {
  const { label } = usePlaceNames();
  const review = useReviewIncident();
  return (
    <li ref={ref} data-id={incident.id} className={`queue-item card${focused ? ' focused' : ''}`} tabIndex={focused ? 0 : -1} aria-current={focused || undefined} onFocus={onFocusItem}>
      <p className="queue-head">
        <span className="visually-hidden">{position}: </span>
        <strong>
          <Link to={incidentLink(incident.id)}>{incident.title}</Link>
        </strong>{' '}
        <ReviewStatusLabel status={incident.status} />
      </p>
      <p className="queue-text muted">
        {dateLabel(incident.date)} · {incident.type.sub_event_type} · {incident.places.map(label).join('; ') || 'place not known'} ·{' '}
        {incident.sides.map((s) => (
          <SideBadge key={s} side={s} />
        ))}{' '}
        · {incident.claims.length} {incident.claims.length === 1 ? 'claim' : 'claims'}
        {(incident.disagreement?.score ?? 0) > 0 && <span className="disputed-mark"> · accounts differ</span>}
      </p>
      {canReview && (
        <>
          <p className="queue-links">
            <Link to={incidentLink(incident.id, '?edit=1')}>Edit</Link>
            {incident.origin === 'reconciled' && (
              <>
                {' · '}
                <Link to={incidentLink(incident.id, '?tool=merge')}>Merge others in</Link>
                {(incident.reports?.length ?? 0) > 1 && (
                  <>
                    {' · '}
                    <Link to={incidentLink(incident.id, '?tool=split')}>Split reports off</Link>
                  </>
                )}
              </>
            )}
          </p>
          <ReviewButtons status={incident.status} what={`the incident ${incident.title}`} busy={review.isPending} onDecide={(status) => review.mutate({ id: incident.id, status })} />
          {review.error && <ErrorMessage error={review.error} doing="record the decision" />}
        </>
      )}
    </li>
  );
});

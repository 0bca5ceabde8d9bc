import type { IncidentDetail } from '../../api/types';
import { usePlaceNames } from '../../settings/place-names';
import { ReviewStatusLabel, SideBadge } from '../side-badge';
import { dateLabel, PRECISION_WORDS } from './incident-words';

const FIELD_WORDS: Record<string, string> = { date: 'the date', place: 'the place', type: 'what kind of event it was', casualties: 'the casualty figures', responsibility: 'who was responsible' };

/** Where the accounts differ, in words; nothing when they agree or the incident was not grouped from documents. */
export function Disagreement({ incident }: { incident: IncidentDetail }) {
  const fields = Object.entries(incident.disagreement?.fields ?? {}).filter(([, v]) => v > 0);
  const responsibility = incident.responsibility.status === 'disputed' && !fields.some(([k]) => k === 'responsibility');
  if (!fields.length && !responsibility) return null;
  return (
    <div className="disagreement" role="note">
      <strong>Disputed:</strong> the accounts differ on{' '}
      {[...fields.map(([k, v]) => `${FIELD_WORDS[k] ?? k} (${Math.round(v * 100)}% apart)`), ...(responsibility ? ['who was responsible'] : [])].join('; ')}.
    </div>
  );
}

/** What happened: summary, type, date and how precise it is, places, the parties, and the review status. */
export function IncidentFacts({ incident }: { incident: IncidentDetail }) {
  const { label } = usePlaceNames();
  return (
    <section className="incident-facts card" aria-labelledby="what-happened">
      <h2 id="what-happened">What happened</h2>
      <p className="summary">{incident.summary}</p>
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          {incident.type.sub_event_type} <span className="muted">({incident.type.event_type})</span>
        </dd>
        <dt>Date</dt>
        <dd>
          {dateLabel(incident.date)} <span className="muted">— {PRECISION_WORDS[incident.date.precision] ?? incident.date.precision}</span>
        </dd>
        <dt>Places</dt>
        <dd>
          {incident.places.length
            ? incident.places.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && '; '}
                  {label(p)}
                  {p.precision && p.precision !== 'exact' && <span className="muted"> ({p.precision})</span>}
                </span>
              ))
            : 'not known'}
        </dd>
        <dt>Parties</dt>
        <dd>
          {incident.actors.length
            ? incident.actors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && '; '}
                  <SideBadge side={a.side} /> {a.name}
                </span>
              ))
            : 'not named'}
        </dd>
        <dt>Review</dt>
        <dd>
          <ReviewStatusLabel status={incident.status} />
          <span className="muted"> — {incident.origin === 'reconciled' ? 'grouped from ingested documents' : incident.origin === 'record' ? 'from the curated record' : incident.origin}</span>
        </dd>
        {incident.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{incident.tags.join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

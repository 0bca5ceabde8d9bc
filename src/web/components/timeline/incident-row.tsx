import { memo } from 'react';
import { Link } from 'react-router';
import type { CasualtyRange, Incident } from '../../api/types';
import { usePlaceNames } from '../../settings/place-names';
import { dateLabel, PRECISION_WORDS } from '../incident/incident-words';
import { ReviewStatusLabel, SideBadge, sideName } from '../side-badge';
import { rangeText } from '../charts/ranges';

/** A casualty range in words: "4–6 (best 5) killed, civilians". */
export function casualtyText(c: CasualtyRange): string {
  const outcome = c.combined?.length ? c.combined.join(' or ') : c.outcome;
  const group = c.group === 'civilian' ? ', civilians' : c.group === 'military' ? ', military' : '';
  return `${rangeText(c)} ${outcome}${group}`;
}

/**
 * One incident in the timeline: when (as precisely as known), what, where, who, the casualty
 * ranges derived from its claims, and its review status; the title opens the claims behind it.
 */
export const IncidentRow = memo(function IncidentRow({ incident }: { incident: Incident }) {
  const { label } = usePlaceNames();
  const places = incident.places.map((p) => label(p)).join(', ');
  const claims = incident.claims.length;
  return (
    <li className="incident-row">
      <div className="when">
        <time dateTime={incident.date.start}>{dateLabel(incident.date)}</time>
        {incident.date.precision !== 'day' && <small>{PRECISION_WORDS[incident.date.precision] ?? incident.date.precision}</small>}
      </div>
      <div className="what">
        <h3>
          <Link to={`/incidents/${encodeURIComponent(incident.id)}`}>{incident.title}</Link>
        </h3>
        <p className="meta">
          {incident.type.event_type}
          {incident.type.sub_event_type && incident.type.sub_event_type !== incident.type.event_type ? ` · ${incident.type.sub_event_type}` : ''}
          {places ? ` · ${places}` : ''}
          {` · ${claims} claim${claims === 1 ? '' : 's'}`}
        </p>
        {incident.sides.length > 0 && (
          <div className="sides" aria-label={`Sides involved: ${incident.sides.map(sideName).join(', ')}`}>
            {incident.sides.map((s) => (
              <SideBadge key={s} side={s} />
            ))}
          </div>
        )}
      </div>
      {incident.casualties.length ? (
        <ul className="figures" aria-label="Casualty ranges derived from the claims">
          {incident.casualties.map((c, i) => (
            <li key={i} title={`Derived from ${c.claims.length} claim${c.claims.length === 1 ? '' : 's'}; the incident page shows who said what`}>
              <SideBadge side={c.side} /> {casualtyText(c)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="figures muted">No casualty figures</p>
      )}
      <div className="review">
        <ReviewStatusLabel status={incident.status} />
      </div>
    </li>
  );
});

import type { Agreement, Meeting } from '../../hooks/use-peace';
import { agreementAnchor } from './agreement-list';
import { ClaimSources } from './claim-sources';
import { formatDateRange } from './format-date-range';
import { Fact, names, PlaceNames } from './named-list';
import { StatusTag } from './status-tag';

/**
 * Meetings on a vertical timeline by date: an ordered list, so screen readers and keyboards
 * meet them in time order, with the line and dots drawn by CSS only.
 */
export function MeetingTimeline({ meetings, agreements }: { meetings: Meeting[]; agreements: Agreement[] }) {
  const agreementName = new Map(agreements.map((a) => [a.id, a.name]));
  const sorted = [...meetings].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end));
  return (
    <ol className="meeting-timeline">
      {sorted.map((m) => (
        <li key={m.id} className={`meeting ${m.status}`}>
          <time className="meeting-date" dateTime={m.date.start}>
            {formatDateRange(m.date)}
          </time>
          <div className="card peace-card">
            <h3>{m.title}</h3>
            <p className="peace-line">
              <StatusTag status={m.status} label="status" /> · {m.format}
            </p>
            <dl className="facts">
              <Fact term="Participants" when={m.participants.length > 0}>{names(m.participants)}</Fact>
              <Fact term="Mediators" when={m.mediators.length > 0}>{names(m.mediators)}</Fact>
              <Fact term="Place" when={m.places.length > 0}><PlaceNames places={m.places} /></Fact>
              <Fact term="Outcome" when={!!m.outcome}>{m.outcome}</Fact>
              <Fact term="Agreements" when={m.agreements.length > 0}>
                {m.agreements.map((id, k) => (
                  <span key={id}>
                    {k > 0 ? '; ' : ''}
                    {agreementName.has(id) ? <a href={`#${agreementAnchor(id)}`}>{agreementName.get(id)}</a> : id}
                  </span>
                ))}
              </Fact>
            </dl>
            <ClaimSources claims={m.claims} about={m.title} />
          </div>
        </li>
      ))}
    </ol>
  );
}

import type { Agreement } from '../../hooks/use-peace';
import { ClaimSources } from './claim-sources';
import { formatDateRange } from './format-date-range';
import { Fact, names, PlaceNames } from './named-list';
import { StatusTag } from './status-tag';

/** An agreement's id as an in-page anchor, so meetings and preconditions can point at it. */
export const agreementAnchor = (id: string) => `agreement-${id}`;

/** Agreements by date, each with its parties, status, provisions and the sources behind them. */
export function AgreementList({ agreements }: { agreements: Agreement[] }) {
  const sorted = [...agreements].sort((a, b) => a.date.start.localeCompare(b.date.start));
  return (
    <ol className="peace-cards columns">
      {sorted.map((a) => (
        <li key={a.id} id={agreementAnchor(a.id)} className="card peace-card" tabIndex={-1}>
          <h3>{a.name}</h3>
          <p className="peace-line">
            <time dateTime={a.date.start}>{formatDateRange(a.date)}</time> · {a.kind.replace(/_/g, ' ')} · <StatusTag status={a.status} label="status" />
          </p>
          {a.status_note ? <p className="status-note">{a.status_note}</p> : null}
          <dl className="facts">
            <Fact term="Parties" when={a.parties.length > 0}>{names(a.parties)}</Fact>
            <Fact term="Mediators" when={a.mediators.length > 0}>{names(a.mediators)}</Fact>
            <Fact term="Place" when={a.places.length > 0}><PlaceNames places={a.places} /></Fact>
          </dl>
          {a.provisions.length > 0 && (
            <>
              <h4>Provisions</h4>
              <ul className="provisions">
                {a.provisions.map((p) => (
                  <li key={p.id}>
                    <StatusTag status={p.status} label="provision status" /> {p.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          <ClaimSources claims={a.claims} about={a.name} />
        </li>
      ))}
    </ol>
  );
}

import type { Agreement, Precondition } from '../../hooks/use-peace';
import { agreementAnchor } from './agreement-list';
import { ClaimSources } from './claim-sources';
import { formatDateRange } from './format-date-range';
import { StatusTag } from './status-tag';

type Group = { key: string; by: Precondition['demanded_by']; of: Precondition['demanded_of']; items: Precondition[] };

function grouped(preconditions: Precondition[]): Group[] {
  const groups = new Map<string, Group>();
  for (const p of [...preconditions].sort((a, b) => a.date.start.localeCompare(b.date.start))) {
    const key = `${p.demanded_by.id}>${p.demanded_of.id}`;
    const g = groups.get(key) ?? { key, by: p.demanded_by, of: p.demanded_of, items: [] };
    g.items.push(p);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.by.name.localeCompare(b.by.name));
}

/** Preconditions grouped by who demands what of whom, each with its status and sources. */
export function PreconditionGroups({ preconditions, agreements }: { preconditions: Precondition[]; agreements: Agreement[] }) {
  const agreementName = new Map(agreements.map((a) => [a.id, a.name]));
  return (
    <div className="precondition-groups">
      {grouped(preconditions).map((g) => (
        <section key={g.key} className="precondition-group" aria-labelledby={`pre-${g.key}`}>
          <h3 id={`pre-${g.key}`}>
            {g.by.name} <span aria-hidden="true">→</span>
            <span className="visually-hidden">demands of</span> {g.of.name}{' '}
            <span className="muted">({g.items.length})</span>
          </h3>
          <ul className="peace-cards columns">
            {g.items.map((p) => (
              <li key={p.id} className="card peace-card">
                <h4>{p.title}</h4>
                <p className="peace-line">
                  <time dateTime={p.date.start}>{formatDateRange(p.date)}</time> · <StatusTag status={p.status} label="status" />
                </p>
                <p className="demand">
                  <span className="muted">Demand:</span> {p.demand}
                </p>
                {p.for_agreement ? (
                  <p className="for-agreement">
                    <span className="muted">Concerns:</span>{' '}
                    {agreementName.has(p.for_agreement) ? <a href={`#${agreementAnchor(p.for_agreement)}`}>{agreementName.get(p.for_agreement)}</a> : p.for_agreement}
                  </p>
                ) : null}
                <ClaimSources claims={p.claims} about={p.title} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

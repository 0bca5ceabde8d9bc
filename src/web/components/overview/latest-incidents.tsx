import { Link } from 'react-router';
import type { IncidentFilters } from '../../hooks/use-incident-filters';
import { useLatestIncidents } from '../../hooks/use-incident-list';
import { dateLabel } from '../incident/incident-words';
import { Empty, ErrorMessage, Loading } from '../layout/status';
import { SideBadge } from '../side-badge';
import { casualtyText } from '../timeline/incident-row';
import './overview.css';

/** The ten newest incidents of the period, each opening its claims and sources. */
export function LatestIncidents({ filters }: { filters: IncidentFilters }) {
  const latest = useLatestIncidents(filters, 10);
  if (latest.isPending) return <Loading what="the latest incidents" />;
  if (latest.isError) return <ErrorMessage error={latest.error} doing="list the latest incidents" />;
  if (!latest.data.length) return <Empty>No incident in this period.</Empty>;
  return (
    <ol className="latest-incidents">
      {latest.data.map((i) => (
        <li key={i.id}>
          <time dateTime={i.date.start}>{dateLabel(i.date)}</time>
          <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.title}</Link>
          <span className="sides">
            {i.sides.map((s) => (
              <SideBadge key={s} side={s} />
            ))}
            {i.casualties.filter((c) => c.outcome === 'killed' && !c.combined).map((c, k) => (
              <small key={k}> {casualtyText(c)}</small>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}

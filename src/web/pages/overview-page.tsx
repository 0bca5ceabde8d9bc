import { Link, useLocation } from 'react-router';
import { EscalationChart } from '../components/charts/escalation-chart';
import { endOf, spanLabel, startOf } from '../components/charts/periods';
import { ErrorMessage, Loading } from '../components/layout/status';
import { LatestIncidents } from '../components/overview/latest-incidents';
import { OverviewFigures } from '../components/overview/overview-figures';
import { OverviewMap } from '../components/overview/overview-map';
import { PeriodPicker } from '../components/overview/period-picker';
import { useIncidentFilters } from '../hooks/use-incident-filters';
import { useRecordExtent } from '../hooks/use-record-extent';
import { useStats } from '../hooks/use-stats';

/** The record at a glance for a period: counts, escalation by side, the map and the newest incidents. */
export default function OverviewPage() {
  const [filters, setFilters] = useIncidentFilters();
  const { search } = useLocation();
  const record = useRecordExtent(filters);
  const all = useStats(filters, 'month', 'none');
  const bySide = useStats(filters, 'month', 'side');
  const start = filters.from ? startOf(filters.from) : record.extent?.[0];
  const end = filters.to ? endOf(filters.to) : filters.from ? endOf(new Date().toISOString().slice(0, 10)) : record.extent?.[1];
  const period = filters.from || filters.to ? (start && end ? spanLabel(start, end) : 'the period chosen') : 'the whole record';
  const error = all.error ?? bySide.error;

  return (
    <div className="overview-page">
      <h1>Overview</h1>
      <p className="about-figures">
        What the record holds for a period. Killed and wounded are <strong>ranges derived from the claims</strong> the sources make, not one agreed count: the
        lowest and highest figures claimed, and a best estimate between them. Each incident shows who said what, and where; the{' '}
        <Link to={`/timeline${search}`}>timeline</Link> lists every incident behind these figures.
      </p>
      <PeriodPicker period={filters} years={record.years} onChange={(p) => setFilters({ ...filters, from: p.from, to: p.to })} />
      <section className="card" aria-labelledby="overview-figures-heading">
        <h2 id="overview-figures-heading">In {period}</h2>
        {error ? (
          <ErrorMessage error={error} doing="count the incidents" />
        ) : all.data && bySide.data ? (
          <OverviewFigures all={all.data.buckets} bySideBuckets={bySide.data.buckets} />
        ) : (
          <Loading what="the figures" />
        )}
      </section>
      <section className="card overview-chart" aria-labelledby="overview-chart-heading">
        <h2 id="overview-chart-heading">Escalation</h2>
        {bySide.data ? (
          <EscalationChart buckets={bySide.data.buckets} domain={[start, end]} ready={bySide.isSuccess && !bySide.isPlaceholderData} />
        ) : bySide.isError ? null : (
          <Loading what="the chart" />
        )}
      </section>
      <div className="overview-grid">
        <section className="card" aria-labelledby="overview-map-heading">
          <h2 id="overview-map-heading">Where</h2>
          <OverviewMap filters={filters} />
        </section>
        <section className="card" aria-labelledby="overview-latest-heading">
          <h2 id="overview-latest-heading">Latest incidents</h2>
          <LatestIncidents filters={filters} />
          <p>
            <Link to={`/timeline${search}`}>Every incident of {period} on the timeline →</Link>
          </p>
        </section>
      </div>
    </div>
  );
}

import { FilterBar } from '../components/filters/filter-bar';
import { IncidentList } from '../components/timeline/incident-list';
import { TimelineChart } from '../components/timeline/timeline-chart';
import { useIncidentFilters } from '../hooks/use-incident-filters';

/** Every incident in date order, filtered and zoomed through the URL so any view can be shared. */
export default function TimelinePage() {
  const [filters, setFilters] = useIncidentFilters();
  return (
    <div className="timeline-page">
      <h1>Timeline</h1>
      <p className="muted">
        Every incident in the record, oldest first. Zoom from decades to single days on the chart; filters and zoom are kept in the address, so the view can be shared.
      </p>
      <FilterBar filters={filters} onChange={setFilters} />
      <section className="card" aria-labelledby="timeline-chart-heading">
        <h2 id="timeline-chart-heading">Incidents over time</h2>
        <TimelineChart filters={filters} onChange={setFilters} />
      </section>
      <section aria-labelledby="timeline-list-heading">
        <h2 id="timeline-list-heading">Incidents</h2>
        <IncidentList filters={filters} />
      </section>
    </div>
  );
}

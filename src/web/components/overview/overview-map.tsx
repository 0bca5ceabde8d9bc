import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import type { IncidentFilters } from '../../hooks/use-incident-filters';
import { Loading } from '../layout/status';
import './overview.css';

// Leaflet is the heaviest part of the overview: the counts and the chart show without waiting for it.
const IncidentMap = lazy(() => import('../map/incident-map').then((m) => ({ default: m.IncidentMap })));

/** The overview's map of the period's incidents, with a way to the full map under the same filters. */
export function OverviewMap({ filters }: { filters: IncidentFilters }) {
  const { search } = useLocation();
  return (
    <div className="overview-map">
      <Suspense fallback={<Loading what="the map" />}>
        <IncidentMap filters={filters} height={360} legend={false} />
      </Suspense>
      <p>
        <Link to={`/map${search}`}>The full map, with its key and a list of what it shows →</Link>
      </p>
    </div>
  );
}

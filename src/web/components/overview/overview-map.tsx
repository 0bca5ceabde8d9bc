import { Link, useLocation } from 'react-router';
import type { IncidentFilters } from '../../hooks/use-incident-filters';
import './overview.css';

/**
 * The overview's map of the period's incidents.
 * TODO(map): embed `IncidentMap({ filters, height: 360 })` from ../map/incident-map once it lands;
 * until then this links to the map page with the same filters.
 */
export function OverviewMap({ filters }: { filters: IncidentFilters }) {
  const { search } = useLocation();
  void filters;
  return (
    <div className="map-placeholder">
      <p>
        <Link to={`/map${search}`}>Open the map of these incidents</Link>
      </p>
    </div>
  );
}

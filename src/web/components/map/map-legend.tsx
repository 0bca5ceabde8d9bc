import { PRECISION_LEGEND } from './precision-symbol';

const SIDES = [
  { cls: 'am', label: 'Armenian side involved' },
  { cls: 'az', label: 'Azerbaijani side involved' },
  { cls: 'both', label: 'Both sides involved' },
  { cls: 'third', label: 'Third party only' },
  { cls: 'unknown', label: 'Sides not known' },
];

/** What the map's symbols mean: where an incident is placed, and whose it is. */
export function MapLegend() {
  return (
    <div className="map-legend" aria-label="Map legend" role="group">
      <ul>
        <li>
          <span className="map-legend-key map-cluster" aria-hidden="true">
            <span className="map-cluster-count">12</span>
          </span>
          Several incidents near each other (ring: share of each side); select to zoom in
        </li>
        {PRECISION_LEGEND.map((p) => (
          <li key={p.shape}>
            <span className={`map-legend-key map-incident shape-${p.shape} sides-unknown`} aria-hidden="true" />
            {p.label}
          </li>
        ))}
      </ul>
      <ul>
        {SIDES.map((s) => (
          <li key={s.cls}>
            <span className={`map-legend-key map-incident shape-point sides-${s.cls}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
        <li>
          <span className="map-legend-key map-region-key" aria-hidden="true">
            Region
          </span>
          Region names mark a representative point, not a boundary
        </li>
      </ul>
    </div>
  );
}

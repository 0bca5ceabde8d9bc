import L from 'leaflet';
import type { Place } from '../../hooks/use-places';

/** Zoomed out further than this, region names would crowd the groups. */
export const REGION_LABEL_MIN_ZOOM = 8;

/**
 * The regions incidents are often placed in (provinces, economic regions, Nagorno-Karabakh):
 * the gazetteer has no boundaries for them, so they are named at their representative point,
 * in the reader’s naming convention.
 */
export function regionLabels(places: Place[], label: (p: Place) => string): L.Marker[] {
  return places
    .filter((p) => p.level === 'admin1' && p.lat !== null && p.lon !== null)
    .map((p) => {
      const text = document.createElement('span');
      text.className = 'map-region';
      text.textContent = label(p);
      return L.marker([p.lat!, p.lon!], {
        icon: L.divIcon({ html: text, className: 'map-region-icon', iconSize: undefined }),
        interactive: false,
        keyboard: false,
        pane: 'regions',
      });
    });
}

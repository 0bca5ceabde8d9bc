import L from 'leaflet';
import type { MapCluster, MapIncident } from './map-types';
import { precisionSymbol, sidesClass, sidesWords } from './precision-symbol';

// Markers are built as DOM nodes, never HTML strings with style attributes: the server's CSP
// allows styles only from its own files and from script (CSSOM), which is what this uses.

const el = (tag: string, className?: string, text?: string) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** The diameter of a group's circle, in pixels: larger for more incidents, within reason. */
export const clusterSize = (count: number) => Math.round(30 + Math.min(26, Math.log10(count) * 11));

/** A group's words, for its label and for screen readers. */
export function clusterLabel(c: MapCluster): string {
  const order = (s: string) => (s === 'AM' ? '0' : s === 'AZ' ? '1' : `2${s}`);
  const sides = Object.entries(c.sides).sort(([a], [b]) => order(a).localeCompare(order(b)));
  const parts = sides.map(([s, n]) => `${n} involving ${s === 'AM' ? 'the Armenian side' : s === 'AZ' ? 'the Azerbaijani side' : s === 'third' ? 'a third party' : s}`);
  return `${c.count} incident${c.count === 1 ? '' : 's'} here${parts.length ? ` (${parts.join(', ')})` : ''}; select to zoom in`;
}

/** A group: its count in a circle whose ring shows the share of each side involved. */
export function clusterIcon(c: MapCluster): L.DivIcon {
  const size = clusterSize(c.count);
  const am = c.sides.AM ?? 0;
  const az = c.sides.AZ ?? 0;
  const other = Object.entries(c.sides).reduce((n, [s, v]) => (s === 'AM' || s === 'AZ' ? n : n + v), 0);
  const all = am + az + other;
  const ring = el('span', 'map-cluster');
  if (all > 0) {
    const a = (am / all) * 100;
    const b = a + (az / all) * 100;
    ring.style.background = `conic-gradient(var(--side-am) 0 ${a}%, var(--side-az) ${a}% ${b}%, var(--side-third) ${b}% 100%)`;
  }
  ring.append(el('span', 'map-cluster-count', c.count >= 10_000 ? `${Math.round(c.count / 1000)}k` : String(c.count)));
  return L.divIcon({ html: ring, className: 'map-marker', iconSize: [size, size] });
}

/** Incidents at one spot: the symbol of its precision, coloured by the sides involved, with a count when several. */
export function incidentIcon(group: MapIncident[]): L.DivIcon {
  const first = group[0];
  const shape = precisionSymbol(first.precision).shape;
  const sides = [...new Set(group.flatMap((i) => i.sides))];
  const mark = el('span', `map-incident shape-${shape} sides-${sidesClass(sides)}`);
  if (group.length > 1) mark.append(el('span', 'map-incident-count', String(group.length)));
  return L.divIcon({ html: mark, className: 'map-marker', iconSize: [20, 20] });
}

/** Words for one spot's marker: how many incidents, how precisely placed. */
export function incidentLabel(group: MapIncident[]): string {
  const where = precisionSymbol(group[0].precision).label.toLowerCase();
  return group.length === 1 ? `${group[0].title}, ${group[0].date} (${where})` : `${group.length} incidents at one spot (${where})`;
}

/** The popup: each incident's title linking to its page, its date and the sides involved. */
export function incidentPopup(group: MapIncident[]): HTMLElement {
  const box = el('div', 'map-popup');
  box.append(el('p', 'map-popup-where', `${precisionSymbol(group[0].precision).label}${group.length > 1 ? ` · ${group.length} incidents` : ''}`));
  const list = el('ul');
  for (const i of group) {
    const item = el('li');
    const link = el('a', undefined, i.title) as HTMLAnchorElement;
    link.href = `/incidents/${encodeURIComponent(i.id)}`;
    link.dataset.route = 'incident';
    item.append(link, el('br'), el('small', undefined, `${i.date} · ${sidesWords(i.sides)}`));
    list.append(item);
  }
  box.append(list);
  return box;
}

/** Incidents standing alone, grouped by the spot they are drawn at (same point and precision). */
export function groupBySpot(incidents: MapIncident[]): MapIncident[][] {
  const spots = new Map<string, MapIncident[]>();
  for (const i of incidents) {
    const key = `${i.lat},${i.lon},${i.precision}`;
    const at = spots.get(key);
    if (at) at.push(i);
    else spots.set(key, [i]);
  }
  return [...spots.values()];
}

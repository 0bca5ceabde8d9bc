import { BlockIndex } from './block-index.js';
import { dayNumber } from './day-number.js';
import { distanceKm } from './place-match.js';
import type { Report, ReportPlace } from './report.js';

// How far one report's presence can reach into another's grouping: a day's tolerance, plus a
// fold into a neighbouring day's incident whose core spans a day either side (3 days); the
// widest radius any precision allows is 150 km (250 km leaves room).
const REACH_DAYS = 3;
const REACH_KM = 250;
const CELL = 2;

type Node = { id: string; start: number; end: number; places: ReportPlace[]; countries: Set<string> };

function nodeOf(id: string, reports: Report[]): Node {
  const places = reports.flatMap((r) => r.places);
  return {
    id,
    start: Math.min(...reports.map((r) => dayNumber(r.date.start))),
    end: Math.max(...reports.map((r) => dayNumber(r.date.end))),
    places,
    countries: new Set(places.map((p) => p.country)),
  };
}

function reaches(a: Node, b: Node): boolean {
  if (a.start - REACH_DAYS > b.end + REACH_DAYS || b.start - REACH_DAYS > a.end + REACH_DAYS) return false;
  if (a.places.length === 0 || b.places.length === 0) return true;
  for (const c of a.countries) if (b.countries.has(c)) return true;
  for (const p of a.places)
    for (const q of b.places) {
      if (p.place_id === q.place_id || p.parent_ids.includes(q.place_id) || q.parent_ids.includes(p.place_id)) return true;
      if (p.lat !== undefined && p.lon !== undefined && q.lat !== undefined && q.lon !== undefined && distanceKm(p as { lat: number; lon: number }, q as { lat: number; lon: number }) <= REACH_KM) return true;
    }
  return false;
}

function keys(node: Node, querying: boolean): string[] {
  if (node.places.length === 0) return querying ? ['*'] : ['*', 'none'];
  const out = new Set<string>(querying ? ['none'] : ['*']);
  for (const c of node.countries) out.add(`n:${c}`);
  for (const p of node.places) {
    out.add(`i:${p.place_id}`);
    if (querying) for (const parent of p.parent_ids) out.add(`i:${parent}`);
    if (p.lat === undefined || p.lon === undefined) continue;
    const y = Math.floor(p.lat / CELL);
    const x = Math.floor(p.lon / CELL);
    if (!querying) out.add(`c:${y},${x}`);
    else {
      const dx = Math.ceil(REACH_KM / (111 * Math.max(0.1, Math.cos((p.lat * Math.PI) / 180)) * CELL));
      for (let j = y - 2; j <= y + 2; j++) for (let i = x - dx; i <= x + dx; i++) out.add(`c:${j},${i}`);
    }
  }
  return [...out];
}

/**
 * The reports whose grouping can change when `changed` arrive (or change): everything reachable
 * from them through reports within a few days and a few hundred km of each other, a pinned
 * incident counting as one. Regrouping just these, and keeping every other incident as it
 * was, gives what grouping everything from scratch gives. Returns ids of `all`.
 */
export function affectedReports(all: Report[], changed: Report[]): Set<string> {
  const pinned = new Map<string, Report[]>();
  for (const r of all) {
    if (!r.pinned_incident_id) continue;
    const list = pinned.get(r.pinned_incident_id);
    if (list) list.push(r);
    else pinned.set(r.pinned_incident_id, [r]);
  }
  const nodes = new Map<string, Node>();
  const nodeOfReport = (r: Report): Node => {
    const key = r.pinned_incident_id ? `pin:${r.pinned_incident_id}` : r.id;
    let node = nodes.get(key);
    if (!node) nodes.set(key, (node = nodeOf(key, r.pinned_incident_id ? pinned.get(r.pinned_incident_id)! : [r])));
    return node;
  };
  const index = new BlockIndex<Node>();
  const members = new Map<Node, Report[]>();
  for (const r of all) {
    const node = nodeOfReport(r);
    const list = members.get(node);
    if (list) list.push(r);
    else {
      members.set(node, [r]);
      index.add(node.start - 2 * REACH_DAYS, node.end + 2 * REACH_DAYS, keys(node, false), node);
    }
  }
  const seen = new Set<Node>();
  // Each changed report as given: a replaced report's old dates and places reach what it used to.
  const queue: Node[] = changed.map((r) => nodeOf(r.id, r.pinned_incident_id ? [...(pinned.get(r.pinned_incident_id) ?? []), r] : [r]));
  while (queue.length) {
    const node = queue.pop()!;
    for (const next of index.query(node.start, node.end, keys(node, true)))
      if (!seen.has(next) && reaches(node, next)) {
        seen.add(next);
        queue.push(next);
      }
  }
  for (const r of changed) {
    const node = nodes.get(r.pinned_incident_id ? `pin:${r.pinned_incident_id}` : r.id);
    if (node) seen.add(node);
  }
  return new Set([...seen].flatMap((n) => members.get(n)!.map((r) => r.id)));
}

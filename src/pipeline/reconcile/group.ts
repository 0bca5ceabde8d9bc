import type { Anchor } from './anchor.js';
import { medianFigures, type Figures } from './figure-match.js';
import type { Prepared } from './prepared-report.js';
import type { ReportPlace } from './report.js';
import type { TypeKey } from './type-match.js';

/**
 * An incident taking shape. Its anchor (dates, places, types, actors) comes from its founders
 * only, the reports it was formed from; reports that join it later do not move it. Its weight
 * and profile (what its accounts say) count its members too, but members are added only once
 * every report of a tier has chosen, so what one report joins never depends on what another
 * of its tier joined.
 */
export type Group = Anchor & {
  /** The smallest report id among its founders: stable, and the tie-breaker everywhere. */
  key: string;
  tier: number;
  founders: Prepared[];
  members: Prepared[];
  /** Independent sources among its members, recounted after each tier joins (see reweigh). */
  weight: number;
  /** What its accounts say, built when first asked for and again once members joined (see profileOf). */
  profile?: Profile;
  pinned?: string;
  /** Set when it folded into another incident (see refold): its members are there now. */
  folded?: boolean;
};

export function makeGroup(founders: Prepared[], tier: number, pinned?: string): Group {
  founders = [...founders].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const places = new Map<string, ReportPlace>();
  const types = new Map<string, TypeKey>();
  const actors = new Set<string>();
  const sources = new Set<string>();
  let start = Infinity;
  let end = -Infinity;
  for (const f of founders) {
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
    for (const p of f.places) if (!places.has(p.place_id)) places.set(p.place_id, p);
    for (const t of f.types) types.set(`${t.event_type}|${t.sub_event_type}`, t);
    for (const a of f.actors) actors.add(a);
    sources.add(f.source);
  }
  return {
    key: founders[0].id,
    tier,
    start,
    end,
    places: [...places.values()],
    types: [...types.values()],
    actors: [...actors],
    founders,
    members: [...founders],
    weight: sources.size,
    pinned,
  };
}

/** Counts the group's independent sources again, after reports joined it. */
export function reweigh(g: Group): void {
  g.weight = new Set(g.members.map((m) => m.source)).size;
}

/**
 * What agreement reads of an incident: the figures its accounts give, each the median of their
 * counts (`figures`), the same per claimant (`stated`, see statedFiguresOf), and how many of
 * its `accounts` give each sub-event type ("event|sub-event").
 */
export type Profile = { figures: Figures; stated: Figures; typeCounts: Map<string, number>; accounts: number };

/**
 * The incident's profile, from all its members: what a district report quoting the ministry
 * said helps place a province report quoting it (its anchor stays its founders'). Members join
 * only once all of a tier have chosen, so no report's choice depends on another's of its tier.
 * Built lazily, and again only when members joined: many incidents are never asked again.
 */
export function profileOf(g: Group): Profile {
  if (g.profile && g.profile.accounts === g.members.length) return g.profile;
  const typeCounts = new Map<string, number>();
  for (const m of g.members)
    for (const t of m.types) {
      const k = `${t.event_type}|${t.sub_event_type}`;
      typeCounts.set(k, (typeCounts.get(k) ?? 0) + 1);
    }
  const claims = g.members.map((m) => m.report.claims);
  return (g.profile = { figures: medianFigures(claims, false), stated: medianFigures(claims, true), typeCounts, accounts: g.members.length });
}

/** True when g outweighs h: more independent sources, then more founders, then the smaller key. */
export function outweighs(g: Group, h: Group): boolean {
  if (g.weight !== h.weight) return g.weight > h.weight;
  if (g.founders.length !== h.founders.length) return g.founders.length > h.founders.length;
  return g.key < h.key;
}

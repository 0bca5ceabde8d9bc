import { sideCode, type Actor, type EventType, type Incident } from '../../domain/index.js';
import type { Catalog } from '../../export/catalog.js';
import { gwCountryNamed, gwCountryOfIso } from './gw-countries.js';

/**
 * One side of a GED dyad: its name as GED writes it ("Government of Armenia"), the side
 * code its dead are counted under in Truce's figures (AM; `unknown` when the side has no
 * country code), and whether it is a state's government (which makes violence state-based).
 */
export type GedSide = { name: string; key: string; government: boolean; gwno?: number };

/** GED's type_of_violence: 1 state-based conflict, 2 non-state conflict, 3 one-sided violence. */
export type ViolenceType = 1 | 2 | 3;

/** GED's side_b in one-sided violence (codebook: side_b is always "civilians" for type 3). */
export const CIVILIANS = 'civilians';

const GOVERNMENT = /^Government of /i;

/**
 * A side read from GED's name for it. "Government of X" with X a country GED knows is that
 * country's government, counted under its ISO code; any other name is a non-state group,
 * counted as `unknown`. GED's "civilians" is no one's side: their dead are deaths_civilians.
 */
export function sideNamed(name: string): GedSide | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  if (trimmed.toLowerCase() === CIVILIANS) return { name: trimmed, key: CIVILIANS, government: false };
  if (!GOVERNMENT.test(trimmed)) return { name: trimmed, key: 'unknown', government: false };
  const country = gwCountryNamed(trimmed.replace(GOVERNMENT, ''));
  return { name: trimmed, key: country?.iso ?? 'unknown', government: true, ...(country ? { gwno: country.gwno } : {}) };
}

/**
 * GED codebook, type_of_violence: one-sided violence (3) is a government or organised
 * group killing civilians, Truce's "Violence against civilians"; state-based (1) has a
 * government on at least one side; non-state (2) is fighting between organised groups
 * with no government. An incident with no sides counts as state-based, as GED has none.
 */
export function violenceOf(type: EventType, a?: GedSide, b?: GedSide): ViolenceType {
  if (type.event_type === 'Violence against civilians') return 3;
  const sides = [a, b].filter((s): s is GedSide => s !== undefined);
  return sides.length > 0 && !sides.some((s) => s.government) ? 2 : 1;
}

/** GED's dyad_name: "side_a - side_b". */
export function dyadName(a?: GedSide, b?: GedSide): string {
  return [a?.name, b?.name].filter(Boolean).join(' - ');
}

/**
 * GED's conflict_name: interstate conflicts are "Armenia - Azerbaijan"; non-state and
 * one-sided ones carry the dyad's name ("Government of X - civilians"). GED names an
 * intrastate conflict by its incompatibility ("Azerbaijan: Nagorno-Karabakh"), which Truce
 * does not record, so a government against a group is "Azerbaijan: <the group>".
 */
export function conflictName(violence: ViolenceType, a?: GedSide, b?: GedSide): string {
  const country = (s: GedSide) => s.name.replace(GOVERNMENT, '');
  if (violence !== 1 || !a) return dyadName(a, b);
  if (!b) return country(a);
  if (a.government && b.government) return `${country(a)} - ${country(b)}`;
  return a.government ? `${country(a)}: ${b.name}` : `${country(b)}: ${a.name}`;
}

type Party = { key: string; name: string; government: boolean; gwno?: number; party: boolean; order: number };

const statesByCatalog = new WeakMap<Catalog, Map<string, Actor>>();

function statesOf(catalog: Catalog): Map<string, Actor> {
  let states = statesByCatalog.get(catalog);
  if (!states) {
    states = new Map();
    for (const actor of catalog.actors.values()) if (actor.kind === 'state' && !states.has(actor.country)) states.set(actor.country, actor);
    statesByCatalog.set(catalog, states);
  }
  return states;
}

/**
 * The incident's actors and the actors its claims blame, grouped by the side they belong
 * to (the Armenian armed forces and the ministry are both "Government of Armenia"); when
 * they make up one side only, the states whose people the figures count join them. In
 * GED's order: parties to the conflict before third parties, governments before groups,
 * then by Gleditsch-Ward number (Armenia 371 before Azerbaijan 373), then as they appear.
 */
function partiesOf(incident: Incident, catalog: Catalog): Party[] {
  const states = statesOf(catalog);
  const parties = new Map<string, Party>();
  const ids = [...incident.actor_ids, ...incident.claims.filter((c) => c.status !== 'rejected').flatMap((c) => c.blames)];
  for (const id of ids) {
    const actor = catalog.actors.get(id);
    const code = actor ? sideCode(actor.side, actor.country) : 'unknown';
    const key = code === 'unknown' ? `unknown:${id}` : code;
    if (parties.has(key)) continue;
    const state = states.get(key);
    const country = gwCountryOfIso(key);
    const government = state !== undefined;
    const name = government ? `Government of ${country?.name ?? state.name.replace(GOVERNMENT, '')}` : (actor?.name ?? id);
    const party = actor ? actor.side !== 'third' && actor.side !== 'unknown' : false;
    parties.set(key, { key, name, government, party, order: parties.size, ...(government && country ? { gwno: country.gwno } : {}) });
  }
  // The Ganja strikes name only Armenia's forces; the dead are Azerbaijan's, the other side of the dyad.
  if (parties.size === 1) {
    for (const range of incident.casualties) {
      const state = states.get(range.side);
      if (range.side === 'unknown' || parties.has(range.side) || !state) continue;
      const country = gwCountryOfIso(range.side);
      parties.set(range.side, {
        key: range.side,
        name: `Government of ${country?.name ?? state.name.replace(GOVERNMENT, '')}`,
        government: true,
        party: state.side !== 'third' && state.side !== 'unknown',
        order: parties.size,
        ...(country ? { gwno: country.gwno } : {}),
      });
    }
  }
  return [...parties.values()].sort(
    (x, y) => Number(y.party) - Number(x.party) || Number(y.government) - Number(x.government) || (x.gwno ?? 1e4) - (y.gwno ?? 1e4) || x.order - y.order,
  );
}

/**
 * side_a and side_b of a Truce incident. In one-sided violence side_a is the perpetrator
 * (the side the claims blame most, else a side other than the dead civilians') and side_b
 * is "civilians".
 */
export function sidesOfIncident(incident: Incident, catalog: Catalog): { a?: GedSide; b?: GedSide } {
  const parties = partiesOf(incident, catalog).map(({ key, name, government, gwno }): GedSide => ({ key, name, government, ...(gwno ? { gwno } : {}) }));
  if (incident.type.event_type !== 'Violence against civilians') return { a: parties[0], b: parties[1] };
  const blamed = new Map<string, number>();
  for (const claim of incident.claims) {
    if (claim.status === 'rejected' || claim.kind === 'denial') continue;
    for (const id of claim.blames) {
      const key = parties.find((p) => p.key === keyOfActor(catalog, id))?.key;
      if (key) blamed.set(key, (blamed.get(key) ?? 0) + 1);
    }
  }
  const victims = new Set(incident.casualties.filter((r) => r.group === 'civilian').map((r) => r.side));
  const [mostBlamed] = [...blamed.entries()].sort((x, y) => y[1] - x[1]);
  const a = (mostBlamed && parties.find((p) => p.key === mostBlamed[0])) ?? parties.find((p) => !victims.has(p.key)) ?? parties[0];
  return { a, b: { name: CIVILIANS, key: CIVILIANS, government: false } };
}

function keyOfActor(catalog: Catalog, id: string): string {
  const actor = catalog.actors.get(id);
  const code = actor ? sideCode(actor.side, actor.country) : 'unknown';
  return code === 'unknown' ? `unknown:${id}` : code;
}

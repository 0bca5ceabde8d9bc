import type { Actor, ActorKind, EventType } from '../../domain/index.js';

/**
 * ACLED's actor types (ACLED Codebook 2023, "Actor types"; the numeric inter1/inter2 of the
 * downloads): 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias,
 * 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces. 0 stands for no actor.
 */
export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const STATE_KINDS: ActorKind[] = ['state', 'government', 'armed_force', 'ministry', 'official'];

/**
 * An actor's ACLED type in one event. A state's forces and officials are State forces (1) in
 * their own country and External/Other forces (8) outside it, as ACLED codes a foreign military;
 * a force speaking for another party than its state's (a de facto army) is a Rebel group (2).
 * Others: protesters (6) in protests, rioters (5) in riots; people and media are Civilians (7);
 * organisations and unnamed groups are External/Other (8).
 */
export function interCodeOf(actor: Pick<Actor, 'kind' | 'side' | 'country'>, event: { country: string; type: EventType }): InterCode {
  if (STATE_KINDS.includes(actor.kind)) {
    // An organisation's officials and bodies (EU, OSCE, UN) are no state's forces.
    if (!/^[A-Z]{2}$/.test(actor.country)) return 8;
    if (/^[A-Z]{2}$/.test(actor.side) && actor.side !== actor.country) return 2;
    return event.country && actor.country !== event.country ? 8 : 1;
  }
  if (event.type.event_type === 'Protests') return 6;
  if (event.type.event_type === 'Riots') return 5;
  if (actor.kind === 'person' || actor.kind === 'media') return 7;
  return 8;
}

/**
 * ACLED's numeric interaction: the two codes joined, the smaller first ("18": state forces
 * against external forces); a single actor gives its code followed by 0 ("10"). ACLED's
 * newer downloads spell interactions out in words; Truce writes the numeric form, which
 * every ACLED release since 2014 can be mapped from.
 */
export function interactionOf(a: InterCode, b: InterCode): number {
  if (a === 0 || b === 0) return Math.max(a, b) * 10;
  return Math.min(a, b) * 10 + Math.max(a, b);
}

/**
 * ACLED's actor types as its downloads since 2024 spell them in inter1 and inter2, each with
 * its code (the Codebook's names; "Rebel group" and "Rebel groups" both occur).
 */
const WORDED_INTER: ReadonlyMap<string, InterCode> = new Map([
  ['state forces', 1],
  ['rebel group', 2],
  ['political militia', 3],
  ['identity militia', 4],
  ['rioters', 5],
  ['protesters', 6],
  ['civilians', 7],
  ['external/other forces', 8],
]);

/** An inter1 or inter2 cell as its code: the number, or the actor type in words; 0 when it is neither. */
export function interCodeOfCell(cell: string): InterCode {
  const text = cell.trim().toLowerCase();
  const code = /^\d$/.test(text) ? Number(text) : (WORDED_INTER.get(text) ?? WORDED_INTER.get(text.replace(/s$/, '')) ?? 0);
  return code <= 8 ? (code as InterCode) : 0;
}

/** The kind of actor an imported row's inter cell (a code, or its words) stands for. */
export function actorKindOf(inter: string): ActorKind {
  const code = interCodeOfCell(inter);
  return code === 1 ? 'armed_force' : code === 8 ? 'organisation' : 'group';
}

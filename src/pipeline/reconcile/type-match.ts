/** Event types one occurrence is described by in different reports: a border clash is a battle to one ministry and shelling to the other. */
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const UNREST = new Set(['Protests', 'Riots']);
const STRATEGIC = 'Strategic developments';

export type TypeKey = { event_type: string; sub_event_type: string };

/**
 * How well two types fit one occurrence: 2 the same sub-event type, 1 the same event type,
 * 0 a known-compatible pair, -1 not the same occurrence, and 'strategic' for a statement
 * beside violence, which the caller accepts only on the same day and at the same place.
 */
export function typeMatch(a: TypeKey, b: TypeKey): number | 'strategic' {
  if (a.event_type === b.event_type) {
    if (a.sub_event_type === b.sub_event_type) return 2;
    // Different strategic developments (a meeting, a statement) are different occurrences.
    return a.event_type === STRATEGIC ? -1 : 1;
  }
  if (VIOLENT.has(a.event_type) && VIOLENT.has(b.event_type)) return 0;
  if (UNREST.has(a.event_type) && UNREST.has(b.event_type)) return 0;
  if ((a.event_type === STRATEGIC && VIOLENT.has(b.event_type)) || (b.event_type === STRATEGIC && VIOLENT.has(a.event_type))) return 'strategic';
  return -1;
}

/** Weight when choosing one type for an incident: violence over unrest over developments. */
export const TYPE_WEIGHT: Record<string, number> = {
  Battles: 6,
  'Explosions/Remote violence': 5,
  'Violence against civilians': 4,
  Riots: 3,
  Protests: 2,
  [STRATEGIC]: 1,
};

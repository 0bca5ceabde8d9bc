import { z } from 'zod';

/** ACLED's six event types, each with its sub-event types (25 in all), in ACLED's words. */
export const ACLED_TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

/**
 * Truce's extensions, for what ACLED files under "Strategic developments / Other".
 * Exports to ACLED map each of them back to "Other".
 */
export const EXTENSION_SUB_EVENT_TYPES = [
  'Meeting or negotiation',
  'Statement or demand',
  'Military exercise',
  'Arms transfer',
  'Mission deployment',
  'Legal action',
] as const;

export const EVENT_TYPES = Object.keys(ACLED_TAXONOMY) as (keyof typeof ACLED_TAXONOMY)[];
export const EventTypeName = z.enum(EVENT_TYPES as [string, ...string[]]);

const SUB_TO_TYPE = new Map<string, string>();
for (const [type, subs] of Object.entries(ACLED_TAXONOMY)) for (const sub of subs) SUB_TO_TYPE.set(sub, type);
for (const sub of EXTENSION_SUB_EVENT_TYPES) SUB_TO_TYPE.set(sub, 'Strategic developments');

export const SUB_EVENT_TYPES = [...SUB_TO_TYPE.keys()];

/** An incident's type: an ACLED event type and sub-event type, or an extension. */
export const EventType = z.object({
  event_type: EventTypeName,
  sub_event_type: z.string(),
  /** True for Truce's extensions, which ACLED exports write as "Other". */
  extension: z.boolean(),
});
export type EventType = z.infer<typeof EventType>;

const byLowerName = new Map(SUB_EVENT_TYPES.map((s) => [s.toLowerCase(), s]));

/** Looks a sub-event type up by name (any case) and returns the full type, or undefined. */
export function eventTypeOf(subEventType: string): EventType | undefined {
  const sub = byLowerName.get(subEventType.trim().toLowerCase());
  if (!sub) return undefined;
  return {
    event_type: SUB_TO_TYPE.get(sub)!,
    sub_event_type: sub,
    extension: (EXTENSION_SUB_EVENT_TYPES as readonly string[]).includes(sub),
  };
}

/** A zod type that reads a sub-event type name and yields the full EventType. */
export const EventTypeNotation = z.string().transform((value, ctx) => {
  const type = eventTypeOf(value);
  if (!type) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a known sub-event type (see docs/data-format.md, "Event types")` });
    return z.NEVER;
  }
  return type;
});

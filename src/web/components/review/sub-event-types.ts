/**
 * ACLED's sub-event types under their event types, with Truce's extensions under Strategic
 * developments: what PATCH /incidents/{id} accepts as a type. A copy of src/domain/event-types.ts,
 * so the browser bundle does not pull in server code.
 */
export const SUB_EVENT_TYPES: Record<string, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other', 'Meeting or negotiation', 'Statement or demand', 'Military exercise', 'Arms transfer', 'Mission deployment', 'Legal action',
  ],
};

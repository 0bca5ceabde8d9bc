import type { Incident } from '../../domain/index.js';

/**
 * Whether GED itself would hold the incident: an act of organised armed violence (not a
 * protest, agreement, statement or other strategic development) with at least one death
 * (GED codebook, "event"). The 25-deaths-a-year threshold of the dyad is not checked here:
 * it depends on the other incidents of the year.
 */
export function inGedScope(incident: Incident): boolean {
  const violent = ['Battles', 'Explosions/Remote violence', 'Violence against civilians'].includes(incident.type.event_type);
  return violent && incident.casualties.some((r) => r.outcome === 'killed' && !r.combined && r.best > 0);
}

import type { RowFormat } from '../row-format.js';
import { GED_COLUMNS, GED_REQUIRED } from './ged-columns.js';
import { gedRow } from './ged-export.js';
import { gedIncident, ucdpIncidentId } from './ged-import.js';

/**
 * UCDP's Georeferenced Event Dataset (GED 23.1 / 24.1), both ways. Every incident is
 * exported, though GED itself holds only events with at least one death in a dyad that
 * reached 25 deaths in a year: inGedScope tells which rows GED would hold, for callers
 * that want only those (a round trip needs them all).
 * @example const row = ucdpFormat.toRow(incident, { catalog });
 */
export const ucdpFormat: RowFormat = {
  dataset: 'ucdp',
  columns: GED_COLUMNS,
  required: GED_REQUIRED,
  idColumn: 'id',
  incidentId: ucdpIncidentId,
  toIncident: gedIncident,
  toRow: (incident, { catalog }) => gedRow(incident, catalog),
  publisher: { id: 'ucdp', name: 'Uppsala Conflict Data Program', url: 'https://ucdp.uu.se/' },
};

import type { RowFormat } from '../row-format.js';
import { ACLED_COLUMNS, ACLED_REQUIRED } from './acled-columns.js';
import { acledRow } from './acled-row.js';
import { acledIncidentId, readAcledRow } from './read-acled-row.js';

/**
 * ACLED's event-level CSV, both ways (ACLED Codebook 2023): `truce export --format acled`
 * writes every incident as one row of the 31 columns; `truce import --format acled` reads
 * such rows back, each into an incident with one claim citing the file.
 */
export const acledFormat: RowFormat = {
  dataset: 'acled',
  columns: ACLED_COLUMNS,
  required: ACLED_REQUIRED,
  idColumn: 'event_id_cnty',
  incidentId: acledIncidentId,
  toIncident: readAcledRow,
  toRow: acledRow,
  publisher: { id: 'acled', name: 'ACLED', url: 'https://acleddata.com' },
};

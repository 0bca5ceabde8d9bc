import type { DateRange } from '../../domain/index.js';
import { spreadsheetSafe } from '../../export/spreadsheet-safe.js';
import type { GedColumn, ModeledColumn } from './ged-columns.js';
import type { GedDeaths } from './ged-deaths.js';
import { datePrecOf, type WherePrec } from './ged-precision.js';
import type { ViolenceType } from './ged-sides.js';
import { gwCountryOfIso } from './gw-countries.js';

/** What Truce models of a GED row, the same for an incident of its own and an imported one. */
export type GedModel = { date: DateRange; violence: ViolenceType; wherePrec: WherePrec; country?: string; deaths: GedDeaths };

/** The cells of the modeled columns: the import compares them with the row to see which it must keep as written. */
export function modeledCells(m: GedModel): Record<ModeledColumn, string | number> {
  const country = m.country ? gwCountryOfIso(m.country) : undefined;
  return {
    year: Number(m.date.start.slice(0, 4)),
    type_of_violence: m.violence,
    where_prec: m.wherePrec,
    country: country?.name ?? (m.country && m.country !== 'unknown' ? m.country : ''),
    country_id: country?.gwno ?? '',
    region: country?.region ?? '',
    date_prec: datePrecOf(m.date),
    date_start: m.date.start,
    date_end: m.date.end,
    ...m.deaths,
  };
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell as the export writes it: numbers and cells that are plain numbers as they are
 * (a longitude of -70.5 is no formula), any other text through spreadsheetSafe.
 */
export function toCell(value: string | number): string | number {
  if (typeof value === 'number' || value === '' || PLAIN_NUMBER.test(value)) return value;
  return spreadsheetSafe(value);
}

/** Undoes toCell: drops the one apostrophe spreadsheetSafe puts before = + - @ tab or CR. */
export function fromCell(cell: string): string {
  return cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A row's cells keyed by column, each through toCell, in GED's column order. */
export function gedCells(columns: readonly GedColumn[], value: (column: GedColumn) => string | number | undefined): Record<string, string | number> {
  const row: Record<string, string | number> = {};
  for (const column of columns) row[column] = toCell(value(column) ?? '');
  return row;
}

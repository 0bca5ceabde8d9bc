import { stringify } from 'csv-stringify/sync';
import type { Incident } from '../domain/index.js';
import type { RowFormat } from '../interop/row-format.js';
import type { Catalog } from './catalog.js';
import { spreadsheetSafe } from './spreadsheet-safe.js';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A dataset's cell as written: numbers, and text that is a plain number ("-12.5", a longitude
 * as the format wrote it), as they are; other text spreadsheet-safe. The formats make their
 * text safe already; this keeps a cell they missed from reaching a spreadsheet as a formula.
 */
function datasetCell(value: string | number | undefined): string | number {
  if (typeof value === 'string' && PLAIN_NUMBER.test(value)) return value;
  return spreadsheetSafe(value);
}

/** The CSV header line of a dataset's rows: its columns, in its order. */
export function rowHeader(format: RowFormat): string {
  return stringify([[...format.columns]]);
}

/** An incident as one CSV line of a dataset (ACLED, UCDP), cells in the format's column order. */
export function datasetLine(format: RowFormat, catalog: Catalog, incident: Incident): string {
  const row = format.toRow(incident, { catalog });
  return stringify([format.columns.map((c) => datasetCell(row[c]))]);
}

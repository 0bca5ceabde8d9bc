/**
 * A number cell written with a decimal comma, as a spreadsheet set to such a language saves it
 * (with semicolons between the cells), written with a point: "39,5111" is "39.5111". Any
 * other cell comes back as it was. The import keeps the cell so, and an export then writes
 * the point, as ACLED and UCDP do.
 * @example decimalPoint('46,3386') // '46.3386'
 */
export function decimalPoint(cell: string): string {
  return /^\s*[-+]?\d+,\d+\s*$/.test(cell) ? cell.replace(',', '.') : cell;
}

/**
 * A cell's number, reading a decimal comma as a point ("39,5111" is 39.5111): a spreadsheet
 * set to a language that writes decimal commas saves its "CSV" with semicolons and its
 * coordinates that way. NaN when the cell is not a number (Number's reading otherwise, so
 * "" is 0 as before: callers check for empty cells first).
 * @example decimalNumber('46,3386') // 46.3386
 */
export function decimalNumber(text: string): number {
  const trimmed = text.trim();
  return /^[-+]?\d+,\d+$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number(trimmed);
}

/**
 * Makes a text cell safe to open in a spreadsheet: a cell that starts with = + - @ or a
 * tab or carriage return would be read as a formula (CSV injection, OWASP), so it gets a
 * leading apostrophe, which spreadsheets show as text and do not display.
 */
export function spreadsheetSafe(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

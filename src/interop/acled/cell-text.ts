/**
 * Undoes spreadsheetSafe on an imported cell: drops the one apostrophe it puts before a
 * leading = + - @ tab or carriage return, so export, import, export gives the same cells.
 */
export function unsafeCell(text: string): string {
  // Most cells do not start with an apostrophe: checked first, without the expression.
  return text.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A list cell (assoc actors, tags, sources) as its items: ACLED separates them with "; ". */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(items: string[]): string {
  return items.join('; ');
}

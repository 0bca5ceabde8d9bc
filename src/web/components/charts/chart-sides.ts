/**
 * The sides as charts draw them: the colours of app.css's --side-* variables (Plot writes them
 * into the SVG, where CSS variables would not survive a saved file) and names in words, so
 * colour is never the only cue.
 */

/** Sides in the order charts list them: the two parties, then everyone else. */
const ORDER = ['AM', 'AZ', 'third', 'unknown'];

/** A side's colour, as app.css's --side-am, --side-az, --side-third and --side-unknown. */
export function sideColour(side: string): string {
  if (side === 'AM') return '#c2410c';
  if (side === 'AZ') return '#0f6fb7';
  if (side === 'unknown' || !side) return '#9ca3af';
  return '#6b7280';
}

/** A side in words for chart labels: whose side the incidents involve or the people counted were on. */
export function sideLabel(side: string): string {
  if (side === 'AM') return 'Armenian side';
  if (side === 'AZ') return 'Azerbaijani side';
  if (side === 'third') return 'Third parties';
  if (side === 'unknown' || !side) return 'Side not stated';
  return side;
}

/** Sorts side codes: Armenian, Azerbaijani, third parties, unknown, then any other code. */
export function bySide(a: string, b: string): number {
  const ia = ORDER.indexOf(a), ib = ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib) || a.localeCompare(b);
  return a.localeCompare(b);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A month written with its year: "July 2020", "July of 2020", "12 July 2020", "July 12-15, 2020".
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+of)?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?)?\s+((?:19|20)\d\d)\b/g;

/**
 * The years a document gives each month in full ("July 2020", "12 July 2020"), month number
 * (1-12) -> years. A bare "July 12" later in the text most likely means one of them.
 * @example monthsTold('The July 2020 clashes ... on July 12 ...').get(7) // Set {2020}
 */
export function monthsTold(text: string): Map<number, Set<number>> {
  const told = new Map<number, Set<number>>();
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1;
    if (!told.has(month)) told.set(month, new Set());
    told.get(month)!.add(Number(m[2]));
  }
  return told;
}

/** Of two readings of a yearless day, the one whose year the document gives that month; undefined when it does not tell. */
export function readingTold(told: Map<number, Set<number>>, a: string, b: string): string | undefined {
  const years = told.get(Number(a.slice(5, 7)));
  if (!years) return undefined;
  const [ya, yb] = [years.has(Number(a.slice(0, 4))), years.has(Number(b.slice(0, 4)))];
  return ya === yb ? undefined : ya ? a : b;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * A date as a document writes it, normalised to YYYY-MM-DD; undefined if there is no date in it.
 * The calendar day is taken as written, not shifted to UTC: a report dated
 * "2020-10-05T01:00:00+04:00" happened on the 5th where it was written.
 * Reads ISO 8601, RFC 822 (RSS), PDF "D:YYYYMMDD…", "5 October 2020", "October 5, 2020", "2020/10/05".
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(s) ?? /^D:(\d{4})(\d{2})(\d{2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  const parsed = Date.parse(s);
  return Number.isNaN(parsed) ? undefined : isoDate(new Date(parsed));
}

function ymd(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2021-02-30 and the like rather than rolling over into March.
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

import { findDateline, FULL_DATE, HEAD_LINES, headLines, PLACE, WEEKDAY } from '../../extract/dateline.js';
import { fullDateDay } from '../../extract/latest-date.js';

// A plain-text report carries no metadata: its date, when it gives one, is in its head, on a
// line of its own under the title ("12 July 2020", "Published: July 12, 2020 14:05") or in
// the dateline opening its first paragraph ("Yerevan, 13 July 2020 -"). Only a full date with
// its year counts, and only in the first lines: a date further down is the story's.

const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?)`;
/** A line that is a date and nothing else, perhaps with its label, weekday, city and time. */
const DATE_LINE = new RegExp(String.raw`^(?:(?:published|posted|date|dated|issued)(?:\s+on)?\s*:?\s*)?${WEEKDAY}?${PLACE}?(${FULL_DATE})${TIME}?\s*\.?$`, 'iu');

/** The report's own date from its head, as YYYY-MM-DD; undefined when its first lines give none. */
export function headDate(text: string): string | undefined {
  for (const { line } of headLines(text, HEAD_LINES)) {
    const m = DATE_LINE.exec(line);
    const day = m && fullDateDay(m[1]);
    if (day) return day;
  }
  const dateline = findDateline(text);
  return dateline?.date ? fullDateDay(dateline.date) : undefined;
}

import type { DatePrecision, DateRange } from '../../domain/index.js';

const CLASS: Record<DatePrecision, number> = { day: 0, days: 0, month: 1, months: 1, year: 2, years: 2 };

function precisionOf(start: string, end: string, cls: number): DatePrecision {
  if (cls === 0) return start === end ? 'day' : 'days';
  if (cls === 1) return start.slice(0, 7) === end.slice(0, 7) ? 'month' : 'months';
  return start.slice(0, 4) === end.slice(0, 4) ? 'year' : 'years';
}

/**
 * An incident's date from its reports' dates, at the finest precision any gives: the days all
 * of those reports allow (their intersection), or, when they contradict, every day any of them
 * names (their union), so the date never claims more certainty than the reports share.
 */
export function mergedDate(dates: DateRange[]): DateRange {
  const cls = Math.min(...dates.map((d) => CLASS[d.precision]));
  const finest = dates.filter((d) => CLASS[d.precision] === cls);
  let start = finest[0].start;
  let end = finest[0].end;
  for (const d of finest) {
    if (d.start > start) start = d.start;
    if (d.end < end) end = d.end;
  }
  if (start > end) {
    start = finest.reduce((m, d) => (d.start < m ? d.start : m), finest[0].start);
    end = finest.reduce((m, d) => (d.end > m ? d.end : m), finest[0].end);
  }
  return { start, end, precision: precisionOf(start, end, cls) };
}

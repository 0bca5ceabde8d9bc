import type { DatePrecision, DateRange, LocationPrecision, PlaceLevel } from '../../domain/index.js';

/** GED's where_prec, 1 (exact) to 7 (international waters or airspace). */
export type WherePrec = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** GED's date_prec, 1 (the day) to 5 (more than 30 days, or only the year). */
export type DatePrec = 1 | 2 | 3 | 4 | 5;

/**
 * GED codebook, where_prec: 1 the exact location; 2 within about 25 km of a known point;
 * 3 only the second-order administrative division (district); 4 only the first-order
 * division (province); 5 only a part of the country larger than a province, or a linear
 * feature (a border, a road, a river); 6 only the country; 7 international waters or airspace.
 */
const WHERE_PREC: Record<LocationPrecision, WherePrec> = { exact: 1, near: 2, district: 3, province: 4, region: 5, country: 6 };

export function wherePrecOf(precision: LocationPrecision): WherePrec {
  return WHERE_PREC[precision];
}

/** The precision and place level a where_prec stands for; 7 has no precision of its own and reads as a region. */
export function locationOfWherePrec(prec: WherePrec): { precision: LocationPrecision; level: PlaceLevel } {
  switch (prec) {
    case 1:
      return { precision: 'exact', level: 'settlement' };
    case 2:
      return { precision: 'near', level: 'settlement' };
    case 3:
      return { precision: 'district', level: 'admin2' };
    case 4:
      return { precision: 'province', level: 'admin1' };
    case 5:
    case 7:
      return { precision: 'region', level: 'feature' };
    case 6:
      return { precision: 'country', level: 'country' };
  }
}

const DAY_MS = 86_400_000;

function daysIn(range: { start: string; end: string }): number {
  return Math.round((Date.parse(`${range.end}T00:00:00Z`) - Date.parse(`${range.start}T00:00:00Z`)) / DAY_MS) + 1;
}

function lastDayOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${iso.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * GED codebook, date_prec: 1 the exact day; 2 a range of 2-6 days; 3 only the week;
 * 4 a range of 8-30 days, or only the month; 5 more than 30 days, or only the year.
 * (The brief's "3 a week or more within a month, 4 more than a month within a year"
 * differs; this follows the codebook's wording.) It goes by the first and last day alone:
 * 7 days is "the week", a whole calendar month (Truce's precision "month") is 4 even with
 * 31 days, anything longer 5. So a range read back by dateRangeOf gives the same value.
 */
export function datePrecOf(range: { start: string; end: string }): DatePrec {
  const days = daysIn(range);
  if (days <= 1) return 1;
  if (days <= 6) return 2;
  if (days === 7) return 3;
  if (days <= 30) return 4;
  return range.start.endsWith('-01') && range.end === lastDayOfMonth(range.start) ? 4 : 5;
}

/**
 * The DateRange a row's first and last day stand for, with the coarsest Truce precision
 * they fit (a whole calendar month, months, year, years), so datePrecOf gives the same
 * date_prec back for a row whose dates and date_prec agree.
 */
export function dateRangeOf(start: string, end: string): DateRange {
  const precision = ((): DatePrecision => {
    if (start === end) return 'day';
    const wholeMonths = start.endsWith('-01') && end === lastDayOfMonth(end);
    if (!wholeMonths) return 'days';
    const wholeYears = start.endsWith('-01-01') && end.endsWith('-12-31');
    if (wholeYears) return start.slice(0, 4) === end.slice(0, 4) ? 'year' : 'years';
    return start.slice(0, 7) === end.slice(0, 7) ? 'month' : 'months';
  })();
  return { start, end, precision };
}

const GED_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A GED date cell as an ISO day: "2020-07-12" or "2020-07-12 00:00:00.000" (GED's CSV spelling); undefined when it is neither. */
export function isoDayOf(cell: string): string | undefined {
  const m = GED_DATE.exec(cell.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1];
  return days !== undefined && d >= 1 && d <= days ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

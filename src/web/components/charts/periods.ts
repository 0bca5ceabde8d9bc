/**
 * Statistics periods as dates. The API names a period by its first day ('2020', '2020-09',
 * '2020-09-21' for a week or a day); the charts need where it starts and ends on a time axis.
 * Everything is UTC: a record's dates are calendar days, not instants.
 */

/** A bucket length GET /stats takes. */
export type Interval = 'day' | 'week' | 'month' | 'year';

const DAY = 86_400_000;

/** The first day of a period name or a filter bound (2020, 2020-09, 2020-09-27). */
export function startOf(period: string): Date {
  const [y, m = '01', d = '01'] = period.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** The day after a period: a bound of 2020-09 runs to the end of 30 September. */
export function endOf(period: string, interval?: Interval): Date {
  const start = startOf(period);
  const unit = interval ?? (period.length === 4 ? 'year' : period.length === 7 ? 'month' : 'day');
  return addInterval(start, unit, 1);
}

/** A date moved by whole intervals. */
export function addInterval(date: Date, interval: Interval, n: number): Date {
  const d = new Date(date);
  if (interval === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  else if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else d.setUTCDate(d.getUTCDate() + n * (interval === 'week' ? 7 : 1));
  return d;
}

/** The start of the period a date falls in (weeks start on Monday, as the API's do). */
export function floorTo(date: Date, interval: Interval): Date {
  const y = date.getUTCFullYear();
  if (interval === 'year') return new Date(Date.UTC(y, 0, 1));
  if (interval === 'month') return new Date(Date.UTC(y, date.getUTCMonth(), 1));
  const day = new Date(Date.UTC(y, date.getUTCMonth(), date.getUTCDate()));
  if (interval === 'week') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day;
}

/** The start of the next period unless the date already starts one. */
export function ceilTo(date: Date, interval: Interval): Date {
  const f = floorTo(date, interval);
  return f.getTime() === date.getTime() ? f : addInterval(f, interval, 1);
}

/** Days between two dates. */
export const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY);

/** The bucket length that draws a span in a few dozen to a few hundred bars. */
export function intervalFor(start: Date, end: Date): Interval {
  const days = daysBetween(start, end);
  if (days > 20 * 366) return 'year';
  if (days > 2 * 366) return 'month';
  if (days > 62) return 'week';
  return 'day';
}

/** An ISO day. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A day range [start, end) as filter bounds, as short as it can say it: whole years as 2020,
 * whole months as 2020-09, otherwise days, so shared URLs read well.
 */
export function boundsOf(start: Date, end: Date): { from: string; to: string } {
  const last = new Date(end.getTime() - DAY);
  const wholeYears = start.getUTCMonth() === 0 && start.getUTCDate() === 1 && end.getUTCMonth() === 0 && end.getUTCDate() === 1;
  if (wholeYears) return { from: String(start.getUTCFullYear()), to: String(last.getUTCFullYear()) };
  if (start.getUTCDate() === 1 && end.getUTCDate() === 1) return { from: isoDay(start).slice(0, 7), to: isoDay(last).slice(0, 7) };
  return { from: isoDay(start), to: isoDay(last) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day in words: 27 Sep 2020. */
export const dayLabel = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** A period in words for readers: 2020, Sep 2020, week of 21 Sep 2020, 27 Sep 2020. */
export function periodLabel(period: string, interval: Interval): string {
  const d = startOf(period);
  if (interval === 'year') return String(d.getUTCFullYear());
  if (interval === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (interval === 'week') return `week of ${dayLabel(d)}`;
  return dayLabel(d);
}

/** A day range [start, end) in words: 2020, Sep 2020, 2018–2021, 3 Mar 2021 – 9 Apr 2021. */
export function spanLabel(start: Date, end: Date): string {
  const { from, to } = boundsOf(start, end);
  const one = (b: string) => (b.length === 4 ? b : b.length === 7 ? periodLabel(b, 'month') : dayLabel(startOf(b)));
  return from === to ? one(from) : `${one(from)} – ${one(to)}`;
}

/** A period's name at a coarser interval: months and days roll up into their year. */
export const periodIn = (period: string, interval: Interval) =>
  interval === 'year' ? period.slice(0, 4) : interval === 'month' ? period.slice(0, 7) : isoDay(floorTo(startOf(period), interval));

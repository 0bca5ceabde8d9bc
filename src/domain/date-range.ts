import { z } from 'zod';

/** How exactly a date is known: one day, a span of days, a month, several months, a year, several years. */
export const DatePrecision = z.enum(['day', 'days', 'month', 'months', 'year', 'years']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

/** A date as the sources give it: the first and last day it may fall on, and its precision. */
export const DateRange = z.object({
  /** First possible day, ISO YYYY-MM-DD. */
  start: isoDay,
  /** Last possible day, ISO YYYY-MM-DD (equal to start for a single day). */
  end: isoDay,
  precision: DatePrecision,
});
export type DateRange = z.infer<typeof DateRange>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Bound = { start: string; end: string; unit: 'day' | 'month' | 'year' };

function parseBound(text: string): Bound | string {
  let m = DAY.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return `"${text}" is not a calendar date`;
    return { start: text, end: text, unit: 'day' };
  }
  m = MONTH.exec(text);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return `"${text}" has no month ${mo}`;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, mo))}`, unit: 'month' };
  }
  m = YEAR.exec(text);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, unit: 'year' };
  return `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, or two of them joined by ".."`;
}

/**
 * Reads the record's date notation: `2020-07-12`, `2020-07-12..2020-07-15`, `2020-07`,
 * `2018-09..2018-12`, `2019`, `2021..2023`. Returns a range or an error message.
 * @example parseDateNotation('2020-07-12..2020-07-15') // {start:'2020-07-12', end:'2020-07-15', precision:'days'}
 */
export function parseDateNotation(input: string | number | Date): DateRange | string {
  // YAML may hand over a bare year as a number, or a timestamp as a Date.
  const text = input instanceof Date ? input.toISOString().slice(0, 10) : String(input).trim();
  const parts = text.split('..');
  if (parts.length > 2) return `"${text}" has more than one ".."`;
  const first = parseBound(parts[0]);
  if (typeof first === 'string') return first;
  if (parts.length === 1) return { start: first.start, end: first.end, precision: first.unit };
  const last = parseBound(parts[1]);
  if (typeof last === 'string') return last;
  if (first.unit !== last.unit) return `"${text}" mixes a ${first.unit} and a ${last.unit}: write both ends the same way`;
  if (last.end < first.start) return `"${text}" ends before it starts`;
  return { start: first.start, end: last.end, precision: `${first.unit}s` as DatePrecision };
}

/** Writes a range back in the record's notation, the inverse of parseDateNotation. */
export function formatDateNotation(range: DateRange): string {
  const cut = (iso: string) =>
    range.precision.startsWith('year') ? iso.slice(0, 4) : range.precision.startsWith('month') ? iso.slice(0, 7) : iso;
  const a = cut(range.start);
  const b = cut(range.end);
  return range.precision === 'day' || range.precision === 'month' || range.precision === 'year' ? a : `${a}..${b}`;
}

/** A zod type that accepts the notation and yields a DateRange, with the parse error as its message. */
export const DateNotation = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
  const parsed = parseDateNotation(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** True when two ranges share at least one day. */
export function overlaps(a: { start: string; end: string }, b: { start?: string; end?: string }): boolean {
  return (b.end === undefined || a.start <= b.end) && (b.start === undefined || a.end >= b.start);
}

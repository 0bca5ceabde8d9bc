import type { DateRange, LocationPrecision } from '../../domain/index.js';

/**
 * ACLED's time_precision (ACLED Codebook 2023, "Time precision"): 1 the day is known; 2 the
 * source gives a week, a weekend or a few days; 3 only a month or a longer period. For 2 and 3
 * ACLED codes the middle of the period as the event date.
 */
export type TimePrecision = 1 | 2 | 3;
/** ACLED's geo_precision: 1 the town itself; 2 near it, or a district; 3 a province, region or country (ACLED Codebook 2023, "Geo-precision"). */
export type GeoPrecision = 1 | 2 | 3;

const DAY_MS = 86_400_000;
/** The longest span ACLED still codes as a week (time precision 2). */
const WEEK = 7;

const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => toIso(toMs(iso) + n * DAY_MS);
const daysBetween = (a: string, b: string) => Math.round((toMs(b) - toMs(a)) / DAY_MS);

/** The day an ACLED row gives for a range: the range's middle (the earlier of two middle days). */
export function eventDateOf(range: DateRange): string {
  return addDays(range.start, Math.floor(daysBetween(range.start, range.end) / 2));
}

export function timePrecisionOf(range: DateRange): TimePrecision {
  if (range.precision === 'day' || range.start === range.end) return 1;
  if (range.precision === 'days' && daysBetween(range.start, range.end) + 1 <= WEEK) return 2;
  return 3;
}

/**
 * The range an imported row stands for, chosen so that writing it back gives the same
 * event_date and time_precision: 1 the day; 2 the week centred on the day; 3 the calendar
 * month when the day is that month's middle (as ACLED codes a month), else the 31 days
 * centred on it.
 */
export function dateRangeOf(eventDate: string, precision: TimePrecision): DateRange {
  // A file has a few thousand distinct days and a million rows: each range is worked out once.
  const key = `${eventDate}|${precision}`;
  let range = ranges.get(key);
  if (!range) remember(ranges, key, (range = rangeOf(eventDate, precision)));
  return { ...range };
}

/** At most this many answers kept per cache; past it, the cache starts afresh. */
const REMEMBERED = 50_000;
const ranges = new Map<string, DateRange>();
const days = new Map<string, string | undefined>();
function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= REMEMBERED) cache.clear();
  cache.set(key, value);
}

function rangeOf(eventDate: string, precision: TimePrecision): DateRange {
  if (precision === 1) return { start: eventDate, end: eventDate, precision: 'day' };
  if (precision === 2) return { start: addDays(eventDate, -3), end: addDays(eventDate, 3), precision: 'days' };
  const first = `${eventDate.slice(0, 7)}-01`;
  const last = addDays(toIso(Date.UTC(Number(eventDate.slice(0, 4)), Number(eventDate.slice(5, 7)), 1)), -1);
  const month: DateRange = { start: first, end: last, precision: 'month' };
  if (eventDateOf(month) === eventDate) return month;
  return { start: addDays(eventDate, -15), end: addDays(eventDate, 15), precision: 'days' };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads an ACLED event_date: ISO `2020-07-12`, or the "12 July 2020" (also "12-July-2020",
 * "12 Jul 2020") some ACLED downloads use. Undefined when it is not a calendar date.
 */
export function parseAcledDate(text: string): string | undefined {
  if (days.has(text)) return days.get(text);
  const day = readDate(text);
  remember(days, text, day);
  return day;
}

function readDate(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const words = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (words) {
    const name = words[2].toLowerCase();
    const index = MONTHS.findIndex((month) => name.length >= 3 && month.startsWith(name));
    if (index < 0) return undefined;
    [y, m, d] = [Number(words[3]), index + 1, Number(words[1])];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return toIso(date.getTime());
}

export function geoPrecisionOf(precision: LocationPrecision): GeoPrecision {
  switch (precision) {
    case 'exact':
      return 1;
    case 'near':
    case 'district':
      return 2;
    case 'province':
    case 'region':
    case 'country':
      return 3;
  }
}

/** The location precision an imported row's geo_precision becomes; geoPrecisionOf gives the code back. */
export function locationPrecisionOf(geo: GeoPrecision): LocationPrecision {
  return geo === 1 ? 'exact' : geo === 2 ? 'near' : 'province';
}

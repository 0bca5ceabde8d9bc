import type { DateRange } from '../../domain/index.js';
import { parseNumberWords } from './numbers.js';
import type { FoundDate } from './types.js';

const SHIFT = /\b(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?|the\s+(?:next|following)\s+(day|week|month|year)(?:['’]s)?|the\s+(day))\s+(after|later|before|earlier)?/i;

const iso = (d: Date) => d.toISOString().slice(0, 10);

function shift(range: DateRange, unit: string, n: number): DateRange | undefined {
  const start = new Date(`${range.start}T00:00:00Z`);
  if (unit === 'day' || unit === 'week') {
    if (range.precision !== 'day') return undefined;
    start.setUTCDate(start.getUTCDate() + n * (unit === 'week' ? 7 : 1));
    return { start: iso(start), end: iso(start), precision: 'day' };
  }
  if (unit === 'month') {
    if (range.precision !== 'month' && range.precision !== 'day') return undefined;
    start.setUTCDate(1);
    start.setUTCMonth(start.getUTCMonth() + n);
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    return { start: iso(start), end: iso(end), precision: 'month' };
  }
  const year = start.getUTCFullYear() + n;
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
}

/**
 * Dates told as a distance from another ("a month later", "the day after the agreement",
 * "a day after the blast on August 4"): counted from a date the sentence itself gives after
 * the phrase, or else from the date of the story told just before.
 * @example shiftedDate('A month later, the talks resumed.', [], { start: '2020-04-01', end: '2020-04-30', precision: 'month' })
 */
export function shiftedDate(sentence: string, dates: FoundDate[], context: DateRange | undefined): FoundDate | undefined {
  const m = SHIFT.exec(sentence);
  if (!m) return undefined;
  // "the next day's shooting" names another event; the sentence keeps its own date.
  if (/['’]s$/.test(m[0].trim())) return undefined;
  // A sentence dated in its own words before the phrase keeps that date.
  if (dates.some((d) => d.end <= m.index)) return undefined;
  const unit = (m[2] ?? m[3] ?? m[4]).toLowerCase();
  const direction = m[5]?.toLowerCase();
  const next = !!(m[3] || m[4]);
  if (!direction && !next) return undefined;
  const n = next ? 1 : (parseNumberWords(m[1])?.value ?? 1);
  const sign = direction === 'before' || direction === 'earlier' ? -1 : 1;
  const atStart = /(?:^|[,;:]\s*|\b(?:and|but|then)\s+)$/i.test(sentence.slice(0, m.index));
  let range: DateRange | undefined;
  if (atStart) {
    // "A day after the blast on August 4, he spoke": the sentence's event, counted from the
    // date given after the phrase, or from the story so far.
    const after = dates.find((d) => d.start >= m.index + m[0].length);
    // "The day after the drills ended, on July 23, ...": the date after a finished clause is the sentence's own.
    if (after && /\b(?:\w+ed|was|were|began|begun|ran|broke)\b[^,]*,\s*(?:on\s+)?$/i.test(sentence.slice(m.index + m[0].length, after.start))) return undefined;
    const base = after?.range ?? context;
    range = base && shift(base, unit, sign * n);
  } else {
    // "The talks came a month after the offensive": the earlier event, counted back from the story so far.
    range = context && shift(context, unit, -sign * n);
  }
  if (!range) return undefined;
  return { start: m.index, end: m.index + m[0].length, text: m[0], range, relative: true, future: false };
}

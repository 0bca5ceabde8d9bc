import type { DateRange } from '../../domain/index.js';
import { lastDay } from './coarse-dates.js';
import type { FoundDate } from './types.js';

const SINCE = /\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$|\bsince\s+the\s+(?:[\w-]+\s+){1,3}(?:began|started|erupted|broke\s+out|flared\s+up)\s+(?:on|in)\s+$/i;
// "Since January 2024, Aliyev has claimed ...": a state or a habit still going on; in reported
// speech the tense shifts back ("the ministry said eleven had been killed since 12 July").
const PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+|also\s+|not\s+|repeatedly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t|d)\b/i;
const REPORTED_PERFECT = /\b(?:said|says|reported|stated|announced|added|confirmed|told)\b.*\bhad\s+(?:\w+ly\s+|also\s+|not\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t|d)\b/i;
const AS_OF = /\b(?:as\s+of|as\s+at)\s+$/i;
const LATER_IN = /\b(?:later|afterwards|subsequently)\s+in\s+$/i;
/** How far back a cumulative toll's story may begin. */
const TOLL_REACH_DAYS = 92;

/**
 * "Since January 2024, X has ...": the date opens a period that runs to publication, at the
 * date's own precision (January to the publication month). Other dates are left as they are.
 * @example sinceUntilPublication('Since May 2023, talks have stalled.', date, '2023-11-15') // 2023-05-01..2023-11-30, months
 */
export function sinceUntilPublication(sentence: string, date: FoundDate, published: string): FoundDate {
  if (!SINCE.test(sentence.slice(Math.max(0, date.start - 60), date.start)) || !(PERFECT.test(sentence) || REPORTED_PERFECT.test(sentence))) return date;
  const r = date.range;
  if (r.end >= published) return date;
  const [y, m] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
  const open: DateRange | undefined =
    r.precision === 'day' || r.precision === 'days'
      ? { start: r.start, end: published, precision: 'days' }
      : r.precision === 'month' || r.precision === 'months'
        ? { start: r.start, end: `${published.slice(0, 7)}-${String(lastDay(y, m)).padStart(2, '0')}`, precision: 'months' }
        : { start: r.start, end: `${y}-12-31`, precision: 'years' };
  return { ...date, range: open };
}

/**
 * "As of October 14, 500 had been killed": a running toll, counted from the start of the story
 * told so far (within three months) to that day.
 */
export function tollSinceStory(sentence: string, date: FoundDate, story: DateRange | undefined): FoundDate {
  if (!story || !AS_OF.test(sentence.slice(Math.max(0, date.start - 12), date.start))) return date;
  const gap = (Date.parse(date.range.start) - Date.parse(story.start)) / 86_400_000;
  if (gap <= 0 || gap > TOLL_REACH_DAYS) return date;
  return { ...date, range: { start: story.start, end: date.range.end, precision: 'days' } };
}

/**
 * "Later in 2019", after a story told to the month or day of 2019: from that month to the
 * year's end, not the whole year.
 */
export function laterInYear(sentence: string, date: FoundDate, story: DateRange | undefined): FoundDate {
  const r = date.range;
  if (!story || r.precision !== 'year' || !LATER_IN.test(sentence.slice(Math.max(0, date.start - 20), date.start))) return date;
  if (story.end.slice(0, 4) !== r.start.slice(0, 4) || story.precision === 'year' || story.precision === 'years') return date;
  return { ...date, range: { start: `${story.end.slice(0, 7)}-01`, end: r.end, precision: 'months' } };
}

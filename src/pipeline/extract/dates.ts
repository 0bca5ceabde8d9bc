import * as chrono from 'chrono-node';
import type { DateRange } from '../../domain/index.js';
import { addDays, type Candidate, type Day, days, findCoarseDates, isoDay, lastDay, months, weekdayOf, years } from './coarse-dates.js';
import type { FoundDate } from './types.js';

// Anything a date can be written with: month names, weekdays, words relative to today,
// 4-digit years 1900-2099 (which also covers "1990s", "mid-2018", "late 2019", ISO days).
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b';
const DATE_CUE = new RegExp(
  `\\b${MONTHS}|\\b${WEEKDAY}|` +
  /\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|ago\b|[Ll]ast\s+(?:night|week|month|year)|(?:[Tt]his|[Nn]ext|[Cc]oming)\s+(?:week|month|year)|(?:past|last|next|coming)\s+(?:\w+\s+){0,2}(?:hours|days?|weeks?|months?|years?|decades?)\b)|(?<!\d)(?:19|20)\d\d(?!\d)/.source,
);
// What chrono-node reads that the coarse rules do not: named months and weekdays, days counted
// from publication, numeric days. A sentence whose only cue is a year skips chrono.
const CHRONO_CUE = new RegExp(`\\b${MONTHS}|\\b${WEEKDAY}|\\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]omorrow|ago|[Ll]ast\\s+night)\\b|\\d[./-]\\d`);

const parser = chrono.en.casual.clone();
// Times of day are not dates; "the morning of September 27" made chrono drop the day itself.
const TIME_PARSERS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
parser.parsers = parser.parsers.filter((p) => !TIME_PARSERS.has(p.constructor.name));

const CLAUSE_BREAK = /[;:!?()[\]]|\s—\s|,\s+(?:but|while|whereas|although|though|yet)\b/g;
// Words that put a clause in the future. STRONG alone may make a date that includes the
// publication day future; a date after publication needs only a WEAK one to be kept.
const STRONG = /\b(?:will|shall|won['’]t|going\s+to|(?:is|are|was|were)\s+(?:to\s+be|due|set|planned|scheduled|expected|slated)|planned|scheduled|slated|expected\s+to|to\s+be\s+(?:held|signed|launched|completed|opened)|upcoming|forthcoming|coming|next|tomorrow|plans?\s+to|intends?\s+to|aims?\s+to)\b|['’]ll\b/i;
const WEAK = /\b(?:would|could|should|might|by|until|till|deadline|target\w*|plan\w*|expect\w*|hop(?:e|es|ed|ing)|due|envisag\w*|propos\w*|project\w*|forecast\w*|intend\w*|aim\w*|set\s+for|coming)\b/i;
const SAID = /\b(?:said|says|announced|told|stated|declared|reported|wrote|added|noted|claimed|confirmed|warned|insisted)\b/i;
const SAID_BEFORE = new RegExp(`${SAID.source}\\s+(?:on\\s+)?$`, 'i');
const MONTH_ONLY_AFTER = /\b(?:the|in|since|until|till|by|from|during|through|throughout|of|before|after|between|last|this|next|early|late|mid|end|beginning|start)\s+$/i;
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** True when a sentence has a word a date could be written with; false means findDates would find nothing. */
export function hasDateCue(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}

/**
 * Dates in a sentence, read against the publication day: absolute days, spans and coarse
 * periods ("in late 2018", "the mid-1990s"), and words relative to publication ("on Tuesday",
 * "last week", "on February 13" without a year). A date after publication is kept only where
 * the clause speaks of the future; a yearless one otherwise falls back a year.
 * @example findDates('Shelling resumed on July 12, 2020.', '2020-08-15') // [{ text: 'July 12, 2020', range: { start: '2020-07-12', end: '2020-07-12', precision: 'day' }, ... }]
 */
export function findDates(sentence: string, published: string): FoundDate[] {
  if (!hasDateCue(sentence)) return [];
  const pub = dayOf(published);
  const candidates = findCoarseDates(sentence, pub);
  if (CHRONO_CUE.test(sentence)) candidates.push(...chronoDates(sentence, pub));
  const settled = candidates.map((c) => settle(c, sentence, pub)).filter((c): c is FoundDate => c !== null);
  // Longest first, so "July 12, 2020" wins over "2020"; at equal length the coarse rule came first.
  const order = settled.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: FoundDate[] = [];
  for (const { c } of order) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

function dayOf(published: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) throw new TypeError(`findDates: publication day "${published}" is not YYYY-MM-DD`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), iso: published };
}

type Pending = Candidate & { weekday?: { day: number; mode: 'last' | 'next' | 'plain' } };

/** Checks a candidate against publication: future or not, moved back a year, or dropped. */
function settle(c: Pending, sentence: string, pub: Day): FoundDate | null {
  const clause = clauseAround(sentence, c.start, c.end);
  const { weekday, yearless, ...rest } = c;
  // "In 2020 the army said it will ..." speaks of the future, but not of 2020.
  const strong = () => {
    const after = STRONG.exec(clause.after);
    return STRONG.test(clause.before + c.text) || (after !== null && !SAID.test(clause.after.slice(0, after.index)));
  };
  if (weekday) {
    const future = weekday.mode === 'next' || (weekday.mode === 'plain' && !SAID_BEFORE.test(clause.before) && strong());
    const now = weekdayOf(pub.iso);
    const shift = future ? (weekday.day - now + 7) % 7 || 7 : -((now - weekday.day + 7) % 7 || (weekday.mode === 'last' ? 7 : 0));
    const day = addDays(pub.iso, shift);
    return { ...rest, range: { start: day, end: day, precision: 'day' }, future };
  }
  let range = c.range;
  if (range.start > pub.iso) {
    if (STRONG.test(clause.all) || WEAK.test(clause.all)) return { ...rest, future: true };
    if (!yearless) return null;
    range = { ...range, start: yearBack(range.start), end: yearBack(range.end) };
    if (range.start > pub.iso) return null;
  }
  const future = range.end > pub.iso && strong();
  return { ...rest, range, future };
}

function yearBack(iso: string): string {
  const [y, m, d] = [Number(iso.slice(0, 4)) - 1, Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  return isoDay(y, m, Math.min(d, lastDay(y, m)));
}

/** The clause a date stands in, and its parts before and after the date. */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string; all: string } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  return { before: sentence.slice(from, start), after: sentence.slice(end, to), all: sentence.slice(from, to) };
}

function chronoDates(sentence: string, pub: Day): Pending[] {
  const ref = new Date(pub.y, pub.m - 1, pub.d, 12);
  const found: Pending[] = [];
  for (const parsed of parser.parse(sentence, ref, { forwardDate: false })) {
    // "On May 20, 31 soldiers were killed": the count after the comma is no year (years are written in full).
    const count = parsed.start.isCertain('year') ? /,\s*\d{1,3}$/.exec(parsed.text) : null;
    const r = count ? parser.parse(parsed.text.slice(0, count.index), ref, { forwardDate: false }).map((x) => Object.assign(x, { index: parsed.index + x.index }))[0] : parsed;
    if (!r) continue;
    // "on Tuesday" reads as "Tuesday"; the preposition is no part of the date.
    const lead = /^(?:on|in|at|of)\s+/i.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    const text = r.text.slice(lead).replace(/[\s,.]+$/, '');
    const span = { start, end: start + text.length, text };
    const read = readChrono(r, text, sentence.slice(Math.max(0, start - 30), start), sentence.slice(span.end, span.end + 60), pub);
    if (read) found.push({ ...span, ...read });
  }
  return found;
}

type Read = Pick<Pending, 'range' | 'relative' | 'yearless' | 'weekday'>;

function readChrono(r: chrono.ParsedResult, text: string, before: string, after: string, pub: Day): Read | null {
  if (/^now$/i.test(text)) return null;
  // "the next day", "the year before" count from another date in the text, not from publication.
  if (r.tags().has('result/relativeDate') && (/^the\b/i.test(text) || /\bthe\s+$/i.test(before))) return null;
  // A month word must be capitalised ("troops march"), and named in full when it stands alone ("Sept").
  const monthWord = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i.exec(text)?.[0];
  if (monthWord && monthWord[0] === monthWord[0].toLowerCase()) return null;
  const s = r.start;
  const tags = [...r.tags()];
  const relative = tags.some((t) => t === 'result/relativeDate' || t.startsWith('casualReference') || t === 'parser/ENCasualDateParser');
  if (s.isCertain('weekday') && !s.isCertain('day')) {
    const name = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i.exec(text)?.[0];
    if (!name || name[0] === name[0].toLowerCase()) return null;
    const mode = /^next\b/i.test(text) ? 'next' : /^last\b/i.test(text) ? 'last' : 'plain';
    return { range: days(pub.y, pub.m, pub.d, pub.y, pub.m, pub.d)!, relative: true, yearless: false, weekday: { day: WEEKDAYS.indexOf(name.toLowerCase()), mode } };
  }
  const numeric = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2,4}))?$/.exec(text);
  if (numeric) return readNumeric(numeric);
  if (!s.isCertain('month') && !s.isCertain('year')) return null;
  // "the September offensive in 2023": the year follows the noun the month qualifies.
  const later = s.isCertain('year') || s.isCertain('day') ? null : /^(?:\s+[a-z-]+){1,3}\s+(?:of|in)\s+((?:19|20)\d\d)\b/.exec(after);
  // "27 September to 10 November 2020": a range's one year, written at its end, is its start's too.
  const endYear = !s.isCertain('year') && r.end?.isCertain('year') && r.end.isCertain('month') ? r.end.get('year')! - (s.get('month')! > r.end.get('month')! ? 1 : 0) : null;
  const yearKnown = s.isCertain('year') || later !== null || endYear !== null;
  const y1 = s.isCertain('year') ? s.get('year')! : later ? Number(later[1]) : endYear ?? pub.y;
  const m1 = s.get('month')!;
  let range: DateRange | null;
  if (s.isCertain('day')) {
    const e = r.end;
    if (e && e.isCertain('day')) {
      const m2 = e.get('month')!;
      const y2 = e.isCertain('year') ? e.get('year')! : y1 + (m2 < m1 ? 1 : 0);
      range = days(y1, m1, s.get('day')!, y2, m2, e.get('day')!);
    } else range = days(y1, m1, s.get('day')!, y1, m1, s.get('day')!);
  } else if (s.isCertain('month')) {
    if (!yearKnown && (!FULL_MONTH.test(monthWord ?? '') || !MONTH_ONLY_AFTER.test(before))) return null;
    // "the July clashes" names a month; "the May Day" does not.
    if (!yearKnown && /\bthe\s+$/i.test(before) && !/^\s+[a-z]/.test(after)) return null;
    const e = r.end;
    const m2 = e?.isCertain('month') ? e.get('month')! : m1;
    const y2 = e?.isCertain('year') ? e.get('year')! : y1 + (m2 < m1 ? 1 : 0);
    range = months(y1, m1, y2, m2);
  } else range = years(y1, y1);
  if (!range || range.start < '1000') return null;
  return { range, relative: relative || !yearKnown, yearless: !yearKnown && !relative };
}

// "12.07.2020" is 12 July in most of the world and 7 December in the US: only a day above 12 settles it.
function readNumeric(m: RegExpExecArray): Read | null {
  if (!m[3]) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [d, mo] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : a === b ? [a, a] : [0, 0];
  const range = d ? days(y, mo, d, y, mo, d) : null;
  return range ? { range, relative: false, yearless: false } : null;
}


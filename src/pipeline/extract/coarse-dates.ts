import type { DatePrecision, DateRange } from '../../domain/index.js';
import type { Span } from './types.js';

// Dates chrono-node does not read, or reads as one day: parts of months, years and decades,
// spans of days, months and years, periods counted back from publication, bare years.

/** The publication day, split once. */
export type Day = { y: number; m: number; d: number; iso: string };

/** A date before it is checked against publication: a yearless one took the publication's year. */
export type Candidate = Span & { range: DateRange; relative: boolean; yearless: boolean };

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const utc = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
/** Day of the week of an ISO day, 0 = Sunday. */
export const weekdayOf = (iso: string) => new Date(utc(iso)).getUTCDay();
export const addDays = (iso: string, n: number) => new Date(utc(iso) + n * 86_400_000).toISOString().slice(0, 10);

/** A range of days, months or years; null when a bound is not a calendar day or the range runs backwards. */
export function rangeOf(unit: 'day' | 'month' | 'year', y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): DateRange | null {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d2 < 1 || d1 > lastDay(y1, m1) || d2 > lastDay(y2, m2)) return null;
  const start = isoDay(y1, m1, d1);
  const end = isoDay(y2, m2, d2);
  if (end < start) return null;
  const single = unit === 'day' ? start === end : unit === 'month' ? y1 === y2 && m1 === m2 : y1 === y2;
  return { start, end, precision: (single ? unit : `${unit}s`) as DatePrecision };
}
export const days = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) => rangeOf('day', y1, m1, d1, y2, m2, d2);
export const months = (y1: number, m1: number, y2: number, m2: number) =>
  rangeOf('month', y1, m1, 1, y2, m2, m2 >= 1 && m2 <= 12 ? lastDay(y2, m2) : 1);
export const years = (y1: number, y2: number) => rangeOf('year', y1, 1, 1, y2, 12, 31);

/** Month names, capitalised: "march" and "may" are verbs. Abbreviations may take a full stop. */
export const MONTH = '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)';
/** Month number of a month name or abbreviation. */
export const monthOf = (word: string) => 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(word.slice(0, 3).toLowerCase()) / 3 + 1;
// A year not glued to a word ("Kavkaz-2020"), an amount ("$2020", "1,2020") or another number;
// a footnote mark may follow it ("in 2019.3 The ...") but not decimals ("2019.5 million").
const Y = '(?:19|20)\\d\\d(?!\\d|s\\b|\\s*%|,\\d|\\.\\d(?!\\d?(?:\\s+[A-Z“"‘]|$)))';
// A year given, or one named from publication ("this year").
const YEAR_OR_REL = `(?:(?<y>${Y})|(?<rel>last|this|next)\\s+year\\b)`;
const yearOf = (g: Groups, pub: Day) => (g.y ? Number(g.y) : g.rel ? pub.y + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0) : undefined);
const FREE = '(?<![\\w.,$€£#/+-])';
const ORD = '(?:st|nd|rd|th)?';
// A dash, or a word; `to` holds the word, since "and" only joins a span after "between".
const TO = '(?:\\s*[-–—]\\s*|\\s+(?<to>to|through|until|till|and)\\s+)';
const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, few: 3, 'couple of': 2 };
const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER).join('|')})`;

type Groups = Record<string, string | undefined>;
// A cheap test per kind of rule, so a sentence with only a year skips the month rules.
const NEEDS = {
  year: /(?:19|20)\d\d/,
  month: new RegExp(MONTH),
  part: /[Ee]arly|[Mm]id|[Ll]ate|[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd\b|half|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all/,
  relative: /\b(?:[Ll]ast|[Tt]his|[Nn]ext|past|[Cc]oming|ago)\b/,
};
type Rule = { re: RegExp; needs: keyof typeof NEEDS; notCount?: boolean; read: (g: Groups, pub: Day, before: string) => { range: DateRange | null; relative?: boolean; yearless?: boolean } | null };

// Where in a month, a year or a decade "early", "mid" and "late" fall.
const PART = {
  month: { early: [1, 10], beginning: [1, 10], start: [1, 10], mid: [11, 20], middle: [11, 20], late: [21, 31], end: [21, 31] },
  year: { early: [1, 4], beginning: [1, 4], start: [1, 4], mid: [5, 8], middle: [5, 8], late: [9, 12], end: [9, 12], first: [1, 6], second: [7, 12], spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] },
  decade: { early: [0, 3], beginning: [0, 3], start: [0, 3], mid: [4, 6], middle: [4, 6], late: [7, 9], end: [7, 9], first: [0, 4], second: [5, 9] },
} as const;
// One group per wording (Node 20 has no duplicate group names); `part` reads whichever matched.
const qualifier = (the: boolean) => {
  const t = the ? '(?:the\\s+)?' : '';
  return `(?:(?<qa>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|(?<qb>[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\\s+of\\s+${t}|(?<qc>[Ff]irst|[Ss]econd)\\s+half\\s+of\\s+${t})`;
};
const part = (g: Groups) => (g.qa ?? g.qb ?? g.qc ?? g.qs ?? '').toLowerCase() as 'early';
const WEEK = { first: [1, 7], second: [8, 14], third: [15, 21] } as const;

const year = (text: string | undefined) => (text ? Number(text) : undefined);
const lower = (text: string | undefined) => (text ?? '').toLowerCase() as 'early';

const RULES: Rule[] = [
  // "the late 1980s", "since the mid-1990s", "the 1990s"
  {
    re: new RegExp(`(?:${qualifier(true)}|${FREE})(?<y>(?:19|20)\\d0)s\\b`, 'dg'),
    needs: 'year',
    read: (g) => {
      const y = Number(g.y);
      const [a, b] = part(g) ? PART.decade[part(g)] : [0, 9];
      return { range: years(y + a, y + b) };
    },
  },
  // "in late 2018", "mid-2019", "the first half of 2020", "the summer of 2021", "the end of last year"
  {
    re: new RegExp(`(?:${qualifier(true)}|(?<qs>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)\\s+(?:of\\s+)?)${YEAR_OR_REL}`, 'dg'),
    needs: 'part',
    read: (g, pub) => {
      const y = yearOf(g, pub)!;
      const [a, b] = PART.year[part(g)];
      return { range: months(y, a, y, b), relative: !g.y };
    },
  },
  // "in mid-July", "late June 2020", "the first week of May"
  {
    re: new RegExp(`(?:${qualifier(false)}|(?<w>[Ff]irst|[Ss]econd|[Tt]hird|[Ll]ast)\\s+week\\s+of\\s+)(?<m>${MONTH})(?!\\s*\\d{1,2}(?!\\d))(?:,?\\s+(?:of\\s+)?${YEAR_OR_REL})?`, 'dg'),
    needs: 'month',
    read: (g, pub) => {
      const y = yearOf(g, pub) ?? pub.y;
      const m = monthOf(g.m!);
      const end = lastDay(y, m);
      const w = g.w?.toLowerCase() as keyof typeof WEEK | 'last' | undefined;
      const [a, b] = w ? (w === 'last' ? [end - 6, end] : WEEK[w]) : PART.month[part(g)] ?? [];
      if (a === undefined) return null;
      return { range: days(y, m, a, y, m, Math.min(b, end)), relative: !g.y, yearless: !g.y && !g.rel };
    },
  },
  // "July 17 – 22", "April 2-5, 2016", "July 29 to August 10", "12–15 July 2020", "29 July – 3 August"
  {
    re: new RegExp(`(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})${ORD}(?:,?\\s+(?<y1>${Y}))?${TO}(?:(?<m2>${MONTH})\\s+)?(?<d2>\\d{1,2})${ORD}(?![\\d:%]|[.,]\\d|\\s*(?:[ap]\\.?m\\b|${MONTH}))(?:,?\\s+(?<y>${Y}))?`, 'dg'),
    needs: 'month',
    read: (g, pub, before) => dayRange(g, pub, before),
  },
  {
    re: new RegExp(`${FREE}(?<d1>\\d{1,2})${ORD}(?:\\s+of)?(?:\\s+(?<m1>${MONTH})(?:,?\\s+(?<y1>${Y}))?)?${TO}(?<d2>\\d{1,2})${ORD}(?:\\s+of)?\\s+(?<m2>${MONTH})(?:,?\\s+(?<y>${Y}))?`, 'dg'),
    needs: 'month',
    read: (g, pub, before) => dayRange({ ...g, m1: g.m1 ?? g.m2 }, pub, before),
  },
  // "in May and June of 2020", "from March to May", "May 2019 – July 2020"
  {
    re: new RegExp(`(?<m1>${MONTH})(?:\\s+(?<y1>${Y}))?(?:\\s*[-–—/]\\s*|\\s+(?:and|to|through|until|till)\\s+)(?<m2>${MONTH})(?!\\s*\\d{1,2}(?!\\d))(?:,?\\s+(?:of\\s+)?(?<y>${Y}))?`, 'dg'),
    needs: 'month',
    read: (g, pub) => {
      const [m1, m2] = [monthOf(g.m1!), monthOf(g.m2!)];
      const y2 = year(g.y) ?? (g.y1 && m2 < m1 ? Number(g.y1) + 1 : year(g.y1)) ?? pub.y + (m2 < m1 ? 1 : 0);
      const y1 = year(g.y1) ?? (m2 < m1 ? y2 - 1 : y2);
      return { range: months(y1, m1, y2, m2), relative: !g.y && !g.y1, yearless: !g.y && !g.y1 };
    },
  },
  // "in May of this year", "June last year": chrono-node reads the month alone
  {
    re: new RegExp(`(?<m>${MONTH})\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b`, 'dg'),
    needs: 'month',
    read: (g, pub) => {
      const y = yearOf(g, pub)!;
      return { range: months(y, monthOf(g.m!), y, monthOf(g.m!)), relative: true };
    },
  },
  // "1992-1994", "2019/20", "between 2008 and 2010", "from 1992 to 1994"
  {
    re: new RegExp(`(?<pre>\\b(?:[Bb]etween|[Ff]rom)\\s+)?${FREE}(?<y1>${Y})(?:\\s*[-–—/]\\s*|\\s+(?<to>to|through|until|till|and)\\s+)(?<y2>(?:19|20)?\\d\\d)(?![\\d%]|[.,]\\d|-\\d|s\\b)`, 'dg'),
    needs: 'year',
    read: (g) => {
      if (g.to === 'and' && !/^between/i.test(g.pre ?? '')) return null;
      const y1 = Number(g.y1);
      const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
      return y2 > y1 ? { range: years(y1, y2) } : null;
    },
  },
  // "last week", "this month", "next year", "last weekend": calendar periods around publication
  {
    re: /(?<![Tt]he\s+)\b(?<w>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming)\s+(?<u>week(?:end)?|month|year)\b/dg,
    needs: 'relative',
    read: (g, pub) => {
      const step = { last: -1, this: 0, next: 1, coming: 1 }[lower(g.w) as 'last'];
      if (g.u === 'year') return { range: years(pub.y + step, pub.y + step), relative: true };
      if (g.u === 'month') {
        const m = pub.m + step;
        const y = pub.y + Math.floor((m - 1) / 12);
        const mm = ((m + 11) % 12) + 1;
        return { range: months(y, mm, y, mm), relative: true };
      }
      // Weeks run Monday to Sunday; a weekend is that week's Saturday and Sunday.
      const monday = addDays(pub.iso, -((weekdayOf(pub.iso) + 6) % 7) + 7 * step);
      const [a, b] = g.u === 'week' ? [0, 6] : [5, 6];
      return { range: { start: addDays(monday, a), end: addDays(monday, b), precision: 'days' }, relative: true };
    },
  },
  // "in the last four years", "over the past decade", "the past 24 hours", "the next two months"
  {
    re: new RegExp(`(?<=\\b[Tt]he\\s+)(?<w>last|past|next|coming)\\s+(?:(?<n>${COUNT})\\s+)?(?<u>hours|days?|weeks?|months?|years?|decades?)\\b`, 'dg'),
    needs: 'relative',
    read: (g, pub) => {
      const sign = g.w === 'last' || g.w === 'past' ? -1 : 1;
      // No count: one for "the past year", a few for "the coming months".
      const n = g.n ? (NUMBER[g.n] ?? Number(g.n)) : g.u!.endsWith('s') ? 3 : 1;
      // "the next day", "the last day of talks" count from the story, not from publication.
      if (!g.n && !g.u!.endsWith('s') && (sign > 0 || /^(?:day|hour)$/.test(g.u!))) return null;
      const span = (a: string, b: string, precision: DatePrecision): DateRange => (sign < 0 ? { start: a, end: b, precision } : { start: b, end: a, precision });
      const u = g.u!.replace(/s$/, '');
      if (u === 'hour' || u === 'day' || u === 'week') {
        const count = u === 'hour' ? Math.ceil(n / 24) : u === 'week' ? 7 * n : n;
        return { range: span(addDays(pub.iso, sign * count), pub.iso, 'days'), relative: true };
      }
      if (u === 'month') {
        const m = pub.y * 12 + pub.m - 1 + sign * n;
        const other = isoDay(Math.floor(m / 12), (m % 12) + 1, 1);
        const [a, b] = sign < 0 ? [other, pub.iso] : [pub.iso, other];
        return { range: months(+a.slice(0, 4), +a.slice(5, 7), +b.slice(0, 4), +b.slice(5, 7)), relative: true };
      }
      const other = pub.y + sign * n * (u === 'decade' ? 10 : 1);
      return { range: sign < 0 ? years(other, pub.y) : years(pub.y, other), relative: true };
    },
  },
  // "two decades ago": chrono-node counts days, months and years back, not decades.
  {
    re: new RegExp(`\\b(?<n>${COUNT})\\s+decades?\\s+ago\\b`, 'dgi'),
    needs: 'relative',
    read: (g, pub) => {
      const y = pub.y - 10 * (NUMBER[g.n!.toLowerCase()] ?? Number(g.n));
      return { range: years(y, y), relative: true };
    },
  },
  // "in 2017", "the 2008 war"; not a count ("2000 troops") or a numbered thing ("Resolution 2020")
  {
    re: new RegExp(`${FREE}(?<y>${Y})(?!-[A-Za-z]|\\+)`, 'dg'),
    needs: 'year',
    notCount: true,
    read: (g, _pub, before) => {
      if (/\b(?:article|resolution|no\.?|number|decree|law|paragraph|section|chapter|clause|point|page|item|order|protocol|flight|route|highway|unit|brigade|battalion|regiment|division|height|hill|elevation|altitude|model|version|room|grid|issue|vol\.?|volume)\s+$/i.test(before)) return null;
      return { range: years(Number(g.y), Number(g.y)) };
    },
  },
];

const COUNTED = /^\s+(?:\w+\s+)?(?:troops|soldiers|servicemen|people|persons|civilians|men|women|children|refugees|residents|families|houses|homes|buildings|fighters|militants|mercenaries|personnel|prisoners|hostages|casualties|deaths|victims|weapons|shells|rockets|missiles|drones|tanks|vehicles|units|km|kilometers|kilometres|meters|metres|miles|hectares|tons|tonnes|dollars|euros|manats?|drams?|rubles|votes|signatures)\b/i;

function dayRange(g: Groups, pub: Day, before: string): ReturnType<Rule['read']> {
  const [m1, m2] = [monthOf(g.m1!), monthOf(g.m2 ?? g.m1!)];
  const [d1, d2] = [Number(g.d1), Number(g.d2)];
  // "on July 12 and 18" names two days, "between July 12 and 18" or "on 12 and 13 July" a span.
  if (g.to === 'and' && !/\bbetween\s+$/i.test(before) && !(m1 === m2 && d2 === d1 + 1)) return null;
  const y2 = year(g.y) ?? year(g.y1) ?? pub.y + (m2 < m1 ? 1 : 0);
  const y1 = year(g.y1) ?? (m2 < m1 ? y2 - 1 : y2);
  if (m1 === m2 && y1 === y2 && d2 <= d1) return null;
  return { range: days(y1, m1, d1, y2, m2, d2), relative: !g.y && !g.y1, yearless: !g.y && !g.y1 };
}

/** Dates the rules above read in a sentence, each at most once per position; overlaps are left to the caller. */
export function findCoarseDates(sentence: string, pub: Day): Candidate[] {
  const found: Candidate[] = [];
  const has = new Map<keyof typeof NEEDS, boolean>();
  for (const rule of RULES) {
    if (!has.has(rule.needs)) has.set(rule.needs, NEEDS[rule.needs].test(sentence));
    if (!has.get(rule.needs)) continue;
    for (const m of sentence.matchAll(rule.re)) {
      const g = (m.groups ?? {}) as Groups;
      // The span starts at the first group that is date words, leaving out "between" or "from".
      const start = g.pre ? m.indices!.groups!.pre![1] : m.index!;
      const end = m.index! + m[0].length;
      const before = sentence.slice(Math.max(0, start - 40), start);
      if (rule.notCount && COUNTED.test(sentence.slice(end, end + 30))) continue;
      const read = rule.read(g, pub, before);
      if (!read?.range) continue;
      found.push({ start, end, text: sentence.slice(start, end), range: read.range, relative: read.relative ?? false, yearless: read.yearless ?? false });
    }
  }
  return found;
}

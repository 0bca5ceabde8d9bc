import type { Span } from './types.js';

// A dateline says where and when a report was filed, not where anything happened: "BAKU, Sept
// 14 (Reuters) -", "Yerevan, 13 July 2020 -", "Baku, 3 March 2024.", and a byline with its
// place ("By our correspondent, Baku, 14 July 2020"). It opens one of the report's first lines.

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** A full date, with its year. */
export const FULL_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})`;
export const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)`;
/** A place and its comma: "Baku, ", "Stepanakert, Nagorno-Karabakh, ". */
export const PLACE = String.raw`(?:\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?,\s*)`;

/** Place (after a byline), a full date, the agency, then a dash, colon, full stop or the line's end. */
const DATED = new RegExp(String.raw`^(?:by\s[^,\n]{2,60},\s*)?${PLACE}${WEEKDAY}?(${FULL_DATE})\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—:.]+|$)`, 'iu');
/** Wire copy: a place in capitals, a date perhaps without its year, the agency, a dash ("BAKU, Sept 14 (Reuters) -"). */
const WIRE = /^[\p{Lu}][\p{Lu} .'’-]{2,40}(?:,\s*[\p{Lu}][\p{L} .'’-]{2,30})?,\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*)?(?:\([^)]{2,30}\)\s*)?[-–—]+/u;

/** Non-empty lines a date of the report may be on: the title, a standfirst, a byline, the date. */
export const HEAD_LINES = 6;
/** Non-empty lines a dateline may open (after a title and a byline): further down, "Tovuz, 12 July 2020 - ..." opens an entry of a chronology. */
const DATELINE_LINES = 3;

/**
 * The first `count` non-empty lines of a text, trimmed, each with the offset where it starts:
 * found line by line rather than by splitting the whole text, which may run to megabytes.
 */
export function* headLines(text: string, count: number): Generator<{ line: string; start: number }> {
  for (let at = 0, seen = 0; seen < count && at <= text.length; ) {
    const newline = text.indexOf('\n', at);
    const raw = text.slice(at, newline === -1 ? text.length : newline);
    const line = raw.trim();
    if (line) {
      seen++;
      yield { line, start: at + raw.length - raw.trimStart().length };
    }
    if (newline === -1) return;
    at = newline + 1;
  }
}

/** Where the text's dateline is (offsets into the text), and its date (group 1 of DATED) when it gives the year; undefined when its first lines open with none. */
export function findDateline(text: string): (Span & { date?: string }) | undefined {
  for (const { line, start } of headLines(text, DATELINE_LINES)) {
    const dated = DATED.exec(line);
    const match = dated ?? WIRE.exec(line);
    if (match) return { start, end: start + match[0].length, text: match[0], ...(dated && { date: dated[1] }) };
  }
  return undefined;
}

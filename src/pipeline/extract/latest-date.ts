import { isoDay, lastDay, monthOf } from './coarse-dates.js';
import { FULL_DATE } from './dateline.js';

/** Every full date with its year, anywhere in a text. */
const ANY_FULL_DATE = new RegExp(String.raw`\b(?:${FULL_DATE})`, 'giu');

/**
 * A full date as written ("13 July 2020", "July 13th, 2020", "2020-07-13", "13.07.2020") as
 * YYYY-MM-DD; undefined when it names no calendar day (31 June) or a year before 1900.
 */
export function fullDateDay(written: string): string | undefined {
  let g: RegExpExecArray | null;
  let [y, m, d] = [0, 0, 0];
  if ((g = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written))) [y, m, d] = [+g[1], +g[2], +g[3]];
  else if ((g = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written))) [y, m, d] = [+g[3], +g[2], +g[1]];
  else if ((g = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})$/iu.exec(written))) [y, m, d] = [+g[3], monthOf(g[2]), +g[1]];
  else if ((g = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu.exec(written))) [y, m, d] = [+g[3], monthOf(g[1]), +g[2]];
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) ? isoDay(y, m, d) : undefined;
}

/**
 * The latest day a text gives in full (with its year), up to `notAfter`: the day relative
 * dates are read against when a report's own date is unknown. A report that tells of "13 July
 * 2020" and then of "Tuesday" was written after the one and means a Tuesday near it; read
 * against the day it was ingested, "Tuesday" would be years after anything the report tells.
 * @example latestDate('Clashes on 12 July 2020 ... on 13 July 2020.', '2026-12-01') // '2020-07-13'
 */
export function latestDate(text: string, notAfter: string): string | undefined {
  let latest: string | undefined;
  for (const match of text.matchAll(ANY_FULL_DATE)) {
    const day = fullDateDay(match[0]);
    if (day && day <= notAfter && (!latest || day > latest)) latest = day;
  }
  return latest;
}

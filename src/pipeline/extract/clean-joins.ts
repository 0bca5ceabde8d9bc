import { type Doc, LOWER, OTHER, UPPER, endsSentence, firstCase, gone, isHyphen, runsOn, wordChar } from './clean-lines.js';

// Deciding how one kept line joins the next.

// How two kept lines join: drop the line-end hyphen, keep it, a space, a paragraph break.
export const WORD = 0;
const HYPHEN = 1;
export const SPACE = 2;
export const PARA = 3;

/** What the line layout says about a join, beyond the two lines' own words. */
export type Layout = {
  /** Blank lines or removed text lie between the two lines. */
  gap: boolean;
  /** Length of the longest line in A's block of adjacent lines: the wrap width. */
  blockMax: number;
  /** A is a full-width line inside a block of 3 or more: a paragraph's body, not a heading. */
  full: boolean;
  /** B stands alone at the end of its block, short and without final punctuation: a heading. */
  heading: boolean;
};

/**
 * How line A (a0..a1) joins the next kept line B (b0..b1). A gap is a paragraph break unless
 * the sentence plainly goes on: PDF column and page breaks leave blank lines in mid-sentence,
 * and a paragraph never starts lowercase.
 */
export function joinKind(s: string, a0: number, a1: number, b0: number, b1: number, { gap, blockMax, full, heading }: Layout): number {
  const last = s.charCodeAt(a1 - 1);
  const before = a1 - 2 >= a0 ? s.charCodeAt(a1 - 2) : 32;
  const next = firstCase(s, b0, b1);
  if (last === 0xad) return WORD;
  if (isHyphen(last) && wordChar(before) >= 0) return next === LOWER ? WORD : HYPHEN;
  if ((last === 0x2013 || last === 0x2014) && wordChar(before) >= 0 && wordChar(s.charCodeAt(b0)) >= 0) return HYPHEN;
  if (next === LOWER || runsOn(s, a0, a1)) return SPACE;
  const ends = endsSentence(s, a0, a1);
  if (gap) return full && !ends ? SPACE : PARA;
  const length = a1 - a0;
  if (length > 160) return PARA; // a line this long is a paragraph of unwrapped text
  if (ends) return length < 0.8 * blockMax || heading ? PARA : SPACE;
  // A short line that starts with a capital and does not end a sentence: a heading.
  if (length * 2 < blockMax && next !== OTHER && firstCase(s, a0, a1) >= UPPER && s.slice(a0, a1).split(' ').length <= 10) return PARA;
  return SPACE;
}

/** Whether line l runs on into the next kept line, or the line before runs on into it. */
export function flows(d: Doc, l: number): boolean {
  const into = (a: number, b: number) => {
    const end = d.s.charCodeAt(d.end[a] - 1);
    return isHyphen(end) || runsOn(d.s, d.start[a], d.end[a]) || firstCase(d.s, d.start[b], d.end[b]) === LOWER;
  };
  return (l + 1 < d.count && !gone(d, l + 1) && into(l, l + 1)) || (l > 0 && !gone(d, l - 1) && into(l - 1, l));
}

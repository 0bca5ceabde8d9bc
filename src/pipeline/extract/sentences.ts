import type { Sentence } from './types.js';

// One pass over the characters; only at a . ! ? or … does it look around (the word before,
// the character after), so the cost is linear and small.

/** Abbreviations that never end a sentence before a capital: titles and ranks before a name, and Latin shorthands. */
const TITLES = new Set(
  'Mr Mrs Ms Messrs Dr Gen Lt Col Maj Sgt Capt Cpl Pvt Adm Cmdr Brig Prof St Mt Ft Rev Fr Gov Sen Rep Pres Hon Amb Supt Insp e.g i.e vs v cf viz al approx Fig fig Figs Vol vol pp Ed eds'.split(' '),
);
/** Abbreviations that only stand before a number ("No. 5", "Art. 4"). */
const BEFORE_NUMBER = new Set('No Nos no Art Para Sec Ch Nr p'.split(' '));
/** Abbreviations that often end a sentence too ("in the U.S. The talks"); months go before a day. */
const WEAK = new Set('etc a.m p.m A.M P.M Inc Ltd Co Corp Jr Sr Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '));
/** Words that start a sentence, so a weak abbreviation before them ends the one before. */
const STARTERS = new Set(
  ('The A An In On At It Its He She They We I This That These Those There Then But And Yet So However Meanwhile According After ' +
    'Before Since When While As If Although Both Some Many Most Our Their His Her One Two Three Several Later Earlier Today ' +
    'Yesterday Also Still Such No').split(' '),
);

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12;
}
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c > 127 && /\p{Ll}/u.test(String.fromCharCode(c)));
}
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(String.fromCharCode(c)));
}
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The word (letters and inner dots) right before position i. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 12 && (isAsciiLetter(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 46)) j--;
  return text.slice(j, i);
}

/** The word starting at i (letters only). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 12 && isAsciiLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/**
 * Where a sentence ends if the terminator at i ends one: the position after its closing
 * quotes, brackets and a glued footnote number; -1 if it does not end one.
 */
const DAY_OF_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/;

function endAt(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  let j = i;
  while (j < n && isTerminator(text.charCodeAt(j))) j++;
  const single = j === i + 1 && c === 46;
  const ellipsis = c === 0x2026 || j - i >= 3;
  if (ellipsis && i > 0 && text.charCodeAt(i - 1) === 91) return -1; // "[…]": words left out of a quote
  const terminators = j;
  while (j < n && isCloser(text.charCodeAt(j))) j++;
  const closed = j > terminators;
  // A footnote number glued after the full stop ("resolutions.1 The"), not a decimal ("12.8").
  let k = j;
  while (k < n && k - j < 3 && isDigit(text.charCodeAt(k))) k++;
  if (k > j && (k === n || isSpace(text.charCodeAt(k)))) {
    const prev = text.charCodeAt(i - 1);
    // After a year ("in 2019.4 The") or a day of a month ("on August 4.13 Armenia") the digits are a footnote.
    const year = isDigit(prev) && (/(?:^|\D)(?:1[5-9]|20)\d\d$/.test(text.slice(Math.max(0, i - 5), i)) || DAY_OF_MONTH.test(text.slice(Math.max(0, i - 14), i)));
    if (j > i + 1 || !isDigit(prev) || year) j = k;
  }
  if (j < n && !isSpace(text.charCodeAt(j))) return -1;
  let m = j;
  while (m < n && isSpace(text.charCodeAt(m))) m++;
  if (m === n) return j;
  const next = text.charCodeAt(m);
  if (isLower(next)) return -1;
  if (ellipsis) return isUpper(next) || next === 0x201c || next === 34 ? j : -1;
  if (!single || closed) return j;
  const word = wordBefore(text, i);
  if (word === '') return j;
  if (TITLES.has(word)) return -1;
  if (BEFORE_NUMBER.has(word) && isDigit(next)) return -1;
  // An initial ("J. Smith") before a capital.
  if (word.length === 1 && isUpper(word.charCodeAt(0)) && isUpper(next)) return -1;
  // Weak abbreviations and dotted ones ("U.S.", "U.N.") end a sentence only before a word that starts one.
  if (WEAK.has(word) || word.includes('.')) {
    if (isDigit(next)) return -1;
    return STARTERS.has(wordAt(text, m)) ? j : -1;
  }
  return j;
}

/**
 * Splits cleaned text into sentences: offsets into the text, the sentence trimmed, and its
 * paragraph (a blank line always ends a sentence). Knows abbreviations ("Gen.", "U.S.",
 * "e.g."), initials, decimals, closing quotes, ellipses and glued footnote numbers.
 * @example splitSentences('Gen. Smith arrived. Talks began.\n\nA new day.').map((s) => s.text)
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let inParagraph = 0; // sentences found in the current paragraph
  let start = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) return;
    out.push({ start: a, end: b, text: text.slice(a, b), index: out.length, paragraph });
    inParagraph++;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) !== 10) continue;
      push(start, i);
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (inParagraph > 0) paragraph++;
      inParagraph = 0;
      start = j;
      i = j - 1;
    } else if (isTerminator(c)) {
      const end = endAt(text, i);
      if (end < 0) {
        while (i + 1 < n && isTerminator(text.charCodeAt(i + 1))) i++; // the rest of "..." or "?!"
        continue;
      }
      push(start, end);
      start = end;
      i = end - 1;
    }
  }
  push(start, n);
  return out;
}

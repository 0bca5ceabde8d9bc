// Reading the original's lines into a Doc, and the character and line helpers every pass shares.

/** The original's lines, and which of them are left out. */
export type Doc = {
  s: string;
  /** First and one-past-last visible character of each line; equal for a blank line. */
  start: Int32Array;
  end: Int32Array;
  count: number;
  /** Removal id per line (0: kept); reasons[id - 1] says why. */
  mark: Int32Array;
  reasons: string[];
};

// Case of a line's first letter.
export const OTHER = 0;
export const LOWER = 1;
export const UPPER = 2;
const DIGIT = 3;

// A line that ends with one of these words goes on in the next line, whatever follows.
const FUNCTION_WORDS = new Set(
  ('a an the of in on at to by for with from into onto and or but nor as than that which who whose whom its their his her ' +
    'our your this these those between among against about over under after before during via per is are was were be been ' +
    'has have had will would shall should can could may might must not both either such including near toward towards ' +
    'across within without upon if when while where whether because since although though amid').split(' '),
);

/** Spaces of every width, tabs and control characters: all become one plain space. */
export function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Characters without width (BOM, zero-width space and joiners): dropped. */
export function isInvisible(c: number): boolean {
  return c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0xad;
}
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}

const ASCII_WORD = new Int16Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c | 32 : -1));
const lowerCache = new Map<number, number>();
/** A letter or digit lowercased, for comparing words; -1 for anything else. */
export function wordChar(c: number): number {
  return c < 128 ? ASCII_WORD[c] : wordCharSlow(c);
}
function wordCharSlow(c: number): number {
  let v = lowerCache.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    v = /[\p{L}\p{N}\p{M}]/u.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
    lowerCache.set(c, v);
  }
  return v;
}
const caseCache = new Map<number, number>();
export function caseOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : OTHER;
  let v = caseCache.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    v = /\p{Ll}/u.test(ch) ? LOWER : /[\p{Lu}\p{Lt}]/u.test(ch) ? UPPER : /\p{Nd}/u.test(ch) ? DIGIT : OTHER;
    caseCache.set(c, v);
  }
  return v;
}

export function splitLines(s: string): Doc {
  let cap = 256;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let count = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 10;
    if (c > 32 && c < 0x7f) {
      if (first < 0) first = i;
      last = i;
    } else if (isBreak(c)) {
      if (count === cap) {
        cap *= 2;
        const a = new Int32Array(cap), b = new Int32Array(cap);
        a.set(start);
        b.set(end);
        start = a;
        end = b;
      }
      start[count] = first < 0 ? i : first;
      end[count++] = first < 0 ? i : last + 1;
      first = -1;
      if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
    } else if (!isSpace(c) && !isInvisible(c)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return { s, start, end, count, mark: new Int32Array(count), reasons: [] };
}

export const len = (d: Doc, l: number) => d.end[l] - d.start[l];
export const gone = (d: Doc, l: number) => d.start[l] === d.end[l] || d.mark[l] > 0;
export const lineText = (d: Doc, l: number) => d.s.slice(d.start[l], d.end[l]);

/** Marks the kept non-blank lines from..to as one removal. */
export function remove(d: Doc, from: number, to: number, reason: string): void {
  d.reasons.push(reason);
  for (let l = from; l <= to; l++) if (!gone(d, l)) d.mark[l] = d.reasons.length;
}

/** The case of a line's first letter or digit, past opening quotes and brackets. */
export function firstCase(s: string, a: number, b: number): number {
  for (let i = a; i < b && i < a + 3; i++) {
    const k = caseOf(s.charCodeAt(i));
    if (k !== OTHER) return k;
  }
  return OTHER;
}

/** Whether the text a..b ends a sentence: . ! ? : or …, maybe before quotes and a footnote number. */
export function endsSentence(s: string, a: number, b: number): boolean {
  let j = b - 1;
  while (j > a && j > b - 4 && caseOf(s.charCodeAt(j)) === DIGIT) j--;
  if (j < b - 1 && !isCloser(s.charCodeAt(j)) && !isTerminal(s.charCodeAt(j))) j = b - 1;
  while (j > a && isCloser(s.charCodeAt(j))) j--;
  return isTerminal(s.charCodeAt(j));
}

/** Whether a line cannot end there: a comma, an open bracket, or a word like "the" or "of". */
export function runsOn(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(b - 1);
  if (c === 44 || c === 59 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 38 || c === 47) return true;
  let j = b;
  while (j > a && b - j < 12 && caseOf(s.charCodeAt(j - 1)) !== OTHER) j--;
  return j < b && (j === a || isSpace(s.charCodeAt(j - 1))) && FUNCTION_WORDS.has(s.slice(j, b).toLowerCase());
}

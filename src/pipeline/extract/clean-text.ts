import type { CleanText } from './types.js';

// Reports arrive as text pulled out of PDFs (narrow columns, words hyphenated at line ends,
// pull quotes and photo captions dropped into the middle of a sentence) or copied from web
// pages (comment forms, share buttons, an author bio at the end). Everything here works on
// lines, in a few passes that each cost O(length), so a 5 MB report stays well under a second.

/** The original's lines, and which of them are left out. */
type Doc = {
  s: string;
  /** First and one-past-last visible character of each line; equal for a blank line. */
  start: Int32Array;
  end: Int32Array;
  count: number;
  /** Removal id per line (0: kept); reasons[id - 1] says why. */
  mark: Int32Array;
  reasons: string[];
};

// How two kept lines join: drop the line-end hyphen, keep it, a space, a paragraph break.
const WORD = 0;
const HYPHEN = 1;
const SPACE = 2;
const PARA = 3;
// Case of a line's first letter.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
// A line that ends with one of these words goes on in the next line, whatever follows.
const FUNCTION_WORDS = new Set(
  ('a an the of in on at to by for with from into onto and or but nor as than that which who whose whom its their his her ' +
    'our your this these those between among against about over under after before during via per is are was were be been ' +
    'has have had will would shall should can could may might must not both either such including near toward towards ' +
    'across within without upon if when while where whether because since although though amid').split(' '),
);

/** Spaces of every width, tabs and control characters: all become one plain space. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Characters without width (BOM, zero-width space and joiners): dropped. */
function isInvisible(c: number): boolean {
  return c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}
function isHyphen(c: number): boolean {
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
function wordChar(c: number): number {
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
function caseOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : OTHER;
  let v = caseCache.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    v = /\p{Ll}/u.test(ch) ? LOWER : /[\p{Lu}\p{Lt}]/u.test(ch) ? UPPER : /\p{Nd}/u.test(ch) ? DIGIT : OTHER;
    caseCache.set(c, v);
  }
  return v;
}

function splitLines(s: string): Doc {
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

const len = (d: Doc, l: number) => d.end[l] - d.start[l];
const gone = (d: Doc, l: number) => d.start[l] === d.end[l] || d.mark[l] > 0;
const lineText = (d: Doc, l: number) => d.s.slice(d.start[l], d.end[l]);

/** Marks the kept non-blank lines from..to as one removal. */
function remove(d: Doc, from: number, to: number, reason: string): void {
  d.reasons.push(reason);
  for (let l = from; l <= to; l++) if (!gone(d, l)) d.mark[l] = d.reasons.length;
}

/** The case of a line's first letter or digit, past opening quotes and brackets. */
function firstCase(s: string, a: number, b: number): number {
  for (let i = a; i < b && i < a + 3; i++) {
    const k = caseOf(s.charCodeAt(i));
    if (k !== OTHER) return k;
  }
  return OTHER;
}

/** Whether the text a..b ends a sentence: . ! ? : or …, maybe before quotes and a footnote number. */
function endsSentence(s: string, a: number, b: number): boolean {
  let j = b - 1;
  while (j > a && j > b - 4 && caseOf(s.charCodeAt(j)) === DIGIT) j--;
  if (j < b - 1 && !isCloser(s.charCodeAt(j)) && !isTerminal(s.charCodeAt(j))) j = b - 1;
  while (j > a && isCloser(s.charCodeAt(j))) j--;
  return isTerminal(s.charCodeAt(j));
}

/** Whether a line cannot end there: a comma, an open bracket, or a word like "the" or "of". */
function runsOn(s: string, a: number, b: number): boolean {
  const c = s.charCodeAt(b - 1);
  if (c === 44 || c === 59 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 38 || c === 47) return true;
  let j = b;
  while (j > a && b - j < 12 && caseOf(s.charCodeAt(j - 1)) !== OTHER) j--;
  return j < b && (j === a || isSpace(s.charCodeAt(j - 1))) && FUNCTION_WORDS.has(s.slice(j, b).toLowerCase());
}

/** What the line layout says about a join, beyond the two lines' own words. */
type Layout = {
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
function joinKind(s: string, a0: number, a1: number, b0: number, b1: number, { gap, blockMax, full, heading }: Layout): number {
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
function flows(d: Doc, l: number): boolean {
  const into = (a: number, b: number) => {
    const end = d.s.charCodeAt(d.end[a] - 1);
    return isHyphen(end) || runsOn(d.s, d.start[a], d.end[a]) || firstCase(d.s, d.start[b], d.end[b]) === LOWER;
  };
  return (l + 1 < d.count && !gone(d, l + 1) && into(l, l + 1)) || (l > 0 && !gone(d, l - 1) && into(l - 1, l));
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Lone page numbers, and short lines set apart that recur 3 times or more (running headers, footers). */
function markHeaders(d: Doc): void {
  const keys: (string | undefined)[] = new Array(d.count);
  const counts = new Map<string, number>();
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l) || len(d, l) > 80) continue;
    const before = l === 0 || gone(d, l - 1), after = l === d.count - 1 || gone(d, l + 1);
    if (!before && !after) continue;
    const t = lineText(d, l);
    if (PAGE_NUMBER.test(t)) remove(d, l, l, 'header');
    // A header is no part of a sentence: a paragraph's first line, repeated when a page is pasted twice, is.
    else if (!flows(d, l) && !/[.,;]$/.test(t) && /\p{L}\p{L}/u.test(t)) {
      // Numbers vary between pages ("Page 3", "2020 | 14"), the rest of a running header does not.
      const key = t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
      keys[l] = key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (let l = 0; l < d.count; l++) if (keys[l] !== undefined && counts.get(keys[l]!)! >= 3) remove(d, l, l, 'header');
}

const BOILERPLATE =
  /^(?:(?:start|join) the (?:conversation|discussion)|leave a (?:comment|reply)|(?:authors?|users?|members?),? please (?:log|sign) ?in|(?:log|sign) ?in to (?:comment|reply)|please treat others with respect|comments containing|do not submit your comment|share (?:this|on|via|the article)\b|share$|(?:subscribe|sign up)\b.{0,60}\bnewsletter|subscribe to\b|(?:related|recommended) (?:articles?|posts?|stories|content|reading)|read more\b|you (?:may|might) also like|more from\b|(?:accept|reject)(?: all)? cookies|(?:\d+ )?comments?$|advertisement$|follow us\b|print this\b|email this\b)|\ball comments are (?:reviewed|moderated)\b|\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b/i;
const BULLET = /^[•·*»>\-–—]+\s*/;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const BIO_OPENING = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|holds|has|was|works|teaches|serves|received|earned|graduated|specializes|specialises|joined|writes|covers)\b/u;
const BIO_WORDS =
  /\b(?:degrees?|ph\.?d|doctoral|master'?s?|bachelor'?s?|universit(?:y|ies)|research(?:er)?|fellow(?:ship)?|professor|lecturer|analyst|journalist|editor|writer|author|correspondent|graduated|think[- ]tank|is currently|has been an?)\b/gi;

/** Comment forms, share and subscribe prompts, cookie notices, and an author bio at the end. */
function markBoilerplate(d: Doc): void {
  for (let l = 0; l < d.count; l++) {
    if (!gone(d, l) && len(d, l) >= 5 && len(d, l) <= 300 && BOILERPLATE.test(lineText(d, l).replace(BULLET, ''))) remove(d, l, l, 'boilerplate');
  }
  // A comment form's short labels ("Name", "Email", "»") after its first matched line go too.
  let first = -1;
  for (let l = d.count - 1; l >= 0; l--) {
    if (d.mark[l] > 0 && d.reasons[d.mark[l] - 1] === 'boilerplate') first = l;
    else if (!gone(d, l) && (len(d, l) > 60 || endsSentence(d.s, d.start[l], d.end[l]))) break;
  }
  if (first >= 0) remove(d, first, d.count - 1, 'boilerplate');
  markBio(d);
}

/** A last paragraph that starts with a person's name (maybe on lines of its own first) and reads like a bio. */
function markBio(d: Doc): void {
  let e = d.count - 1;
  while (e >= 0 && gone(d, e)) e--;
  if (e < 0) return;
  let b = e;
  while (b > 0 && !gone(d, b - 1)) b--;
  const nameLine = (l: number) => len(d, l) <= 40 && NAME_LINE.test(lineText(d, l));
  let body = b;
  while (body < e && nameLine(body)) body++;
  let from = b;
  for (let l = b - 1; l >= 0 && (gone(d, l) || nameLine(l)); l--) if (!gone(d, l)) from = l;
  const bio = d.s.slice(d.start[body], Math.min(d.end[e], d.start[body] + 600));
  const cues = new Set((bio.match(BIO_WORDS) ?? []).map((w) => w.toLowerCase())).size;
  // Name lines above count only if the bio starts with that name (or a pronoun), not after a heading.
  const named = from < body && (bio.startsWith(lineText(d, from).split(' ')[0]) || /^(?:He|She|They)\b/.test(bio));
  if ((named && cues >= 1) || (BIO_OPENING.test(bio) && cues >= 2)) remove(d, from, e, 'boilerplate');
}

const CREDIT_CAPS = /^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\s*\/\s*[\p{Lu}\p{N}][\p{L}\p{N}'’.& -]{0,40}$/u;
const CREDIT_CAPS_OPEN = /^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\s*\/$/u;
const CREDIT_WORDS = /^(?:Photo(?:graph)?s?|Images?|Pictures?|Credits?|Illustrations?|Source|PHOTO|IMAGE)\s*(?:by\b|credits?\b|:|©)/;
const CREDIT_PAREN = /^\((?:[^()]*\b(?:Reuters|AP|AFP|Getty|EPA|Anadolu|AA|TASS|Sputnik|Xinhua|Photo|Images|Shutterstock|Press)\b[^()]*)\)$/;
const CREDIT_INLINE = /(?:\(|\s)(?:photo|image|picture)s?(?: by|:)\s+[^.!?]{2,60}\)?$/i;

/**
 * Photo captions, found by their credit line ("JANE DOE / AGENCY", "Photo: X", "(Reuters)").
 * In wrapped (PDF) text the description above the credit goes too: short lines set apart,
 * starting with a capital after a blank line, whose inner blank lines all fall mid-sentence.
 */
function markCaptions(d: Doc, width: number): void {
  const wrapped = width < 80;
  const shortLimit = Math.min(45, 0.8 * width);
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l) || len(d, l) > 300) continue;
    const apart = l === 0 || gone(d, l - 1) || l === d.count - 1 || gone(d, l + 1);
    if (!apart) continue;
    const t = lineText(d, l);
    let creditEnd = -1;
    if (t.length <= 120 && (CREDIT_CAPS.test(t) || CREDIT_WORDS.test(t) || CREDIT_PAREN.test(t))) creditEnd = l;
    else if (CREDIT_CAPS_OPEN.test(t) && l + 1 < d.count && !gone(d, l + 1) && len(d, l + 1) <= 40 && CREDIT_CAPS.test(`${t} ${lineText(d, l + 1)}`)) creditEnd = l + 1;
    if (creditEnd < 0) {
      const alone = (l === 0 || gone(d, l - 1)) && (l === d.count - 1 || gone(d, l + 1));
      if (alone && CREDIT_INLINE.test(t)) remove(d, l, l, 'caption');
      continue;
    }
    remove(d, captionStart(d, l, shortLimit, wrapped), creditEnd, 'caption');
    l = creditEnd;
  }
}

function captionStart(d: Doc, credit: number, shortLimit: number, wrapped: boolean): number {
  const picked: number[] = [];
  let later = -1;
  for (let l = credit - 1; l >= 0 && picked.length < 16; l--) {
    if (d.mark[l] > 0) break; // an earlier caption or header: also keeps this walk linear
    if (gone(d, l)) continue;
    if (len(d, l) >= shortLimit) break;
    if ((later < 0 ? credit : later) > l + 1) {
      // Unwrapped (web) text: only a description line right above its credit.
      if (!wrapped) break;
      // A description set apart from its credit ends with a full stop; a heading does not.
      if (later < 0 && !endsSentence(d.s, d.start[l], d.end[l])) break;
      // A blank line inside a caption falls anywhere; one after a sentence or a heading ends it.
      const para = later >= 0 && joinKind(d.s, d.start[l], d.end[l], d.start[later], d.end[later], { gap: true, blockMax: 0, full: false, heading: false }) === PARA;
      const heading = (l === 0 || gone(d, l - 1)) && firstCase(d.s, d.start[l], d.end[l]) === UPPER;
      if (para && (heading || endsSentence(d.s, d.start[l], d.end[l]))) break;
    }
    picked.push(l);
    later = l;
  }
  for (let i = picked.length - 1; i >= 0; i--) {
    const l = picked[i];
    if ((l === 0 || gone(d, l - 1)) && firstCase(d.s, d.start[l], d.end[l]) >= UPPER) return l;
  }
  return credit;
}

/** A growable Int32Array. */
class Ints {
  a = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

const K = 5; // words per shingle: long enough not to repeat by chance, short enough to survive a pull quote's cuts

/**
 * Pull quotes: a run of short lines whose words (lowercased, hyphens and line-end splits
 * undone) repeat a passage found elsewhere in the text, starting and ending on line
 * boundaries. Repeats are found by hashing every 5-word shingle once, so the cost is linear.
 */
function markPullQuotes(d: Doc): void {
  const s = d.s;
  const hash = new Ints(), line0 = new Ints(), line1 = new Ints(), block = new Ints();
  // A word split by a hyphen at a line end waits here for its rest.
  let pending = 0, pendingFrom = -1, pendingTo = -1, pendingBlock = 0, blockId = 0, lastKept = -1;
  function push(h: number, from: number, to: number, blk: number) {
    hash.push(h);
    line0.push(from);
    line1.push(to);
    block.push(blk);
  }
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l)) {
      blockId++;
      continue;
    }
    const b = d.end[l];
    let i = d.start[l];
    if (pendingFrom >= 0) {
      const c = s.charCodeAt(i);
      if (wordChar(c) < 0 || (lastKept !== l - 1 && caseOf(c) !== LOWER)) {
        push(pending, pendingFrom, pendingTo, pendingBlock);
        pendingFrom = -1;
      }
    }
    while (i < b) {
      let w = wordChar(s.charCodeAt(i));
      if (w < 0) {
        i++;
        continue;
      }
      let h = 0x811c9dc5 | 0, from = l, blk = blockId;
      if (pendingFrom >= 0) {
        h = pending;
        from = pendingFrom;
        blk = pendingBlock;
        pendingFrom = -1;
      }
      for (;;) {
        h = Math.imul(h ^ w, 0x01000193);
        if (++i >= b) break;
        const c = s.charCodeAt(i);
        if ((w = wordChar(c)) >= 0) continue;
        if ((isHyphen(c) || c === 39 || c === 0x2019) && i + 1 < b && (w = wordChar(s.charCodeAt(i + 1))) >= 0) {
          i++;
          continue;
        }
        break;
      }
      if (i === b - 1 && isHyphen(s.charCodeAt(i))) {
        pending = h;
        pendingFrom = from;
        pendingTo = l;
        pendingBlock = blk;
        break;
      }
      push(h, from, l, blk);
    }
    lastKept = l;
  }
  if (pendingFrom >= 0) push(pending, pendingFrom, pendingTo, pendingBlock);

  const T = hash.n;
  if (T < 2 * K) return;
  const S = T - K + 1;
  let size = 16;
  while (size < 2 * S) size *= 2;
  // Key and count side by side, so a lookup touches one cache line.
  const table = new Int32Array(2 * size), slotOf = new Int32Array(S);
  for (let j = 0; j < S; j++) {
    // Shingles stay inside a block: across a paragraph break, chance repeats abound.
    if (block.a[j] !== block.a[j + K - 1]) {
      slotOf[j] = -1;
      continue;
    }
    let h = 0x9747b28c | 0;
    for (let t = j; t < j + K; t++) {
      h = Math.imul(h ^ hash.a[t], 0x5bd1e995);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    if (h === 0) h = 1;
    let slot = (h & (size - 1)) << 1;
    while (table[slot] !== 0 && table[slot] !== h) slot = (slot + 2) & (2 * size - 1);
    table[slot] = h;
    table[slot + 1]++;
    slotOf[j] = slot + 1;
  }
  // A word is covered when some shingle holding it occurs twice or more.
  const covered = new Uint8Array(T);
  for (let i = 0, until = 0; i < T; i++) {
    if (i < S && slotOf[i] >= 0 && table[slotOf[i]] >= 2) until = i + K;
    covered[i] = i < until ? 1 : 0;
  }

  type Candidate = { first: number; last: number; from: number; to: number; apart: boolean; mean: number };
  const candidates: Candidate[] = [];
  for (let i = 0; i < T; ) {
    if (!covered[i]) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    // Runs join across a word or two that differ (an edited quote) inside one block of lines,
    // and go on across a blank line between short (column) lines.
    for (let j = i + 1; j < T && j - last <= 3; j++) {
      if (covered[j] && (block.a[j] === block.a[last] || (j === last + 1 && len(d, line1.a[last]) < 45))) last = j;
    }
    i = last + 1;
    if (last - first + 1 < 8) continue;
    if (first > 0 && line1.a[first - 1] >= line0.a[first]) continue;
    if (last < T - 1 && line0.a[last + 1] <= line1.a[last]) continue;
    const from = line0.a[first], to = line1.a[last];
    let lines = 0, short = 0, chars = 0;
    for (let l = from; l <= to; l++) {
      if (gone(d, l)) continue;
      lines++;
      chars += len(d, l);
      if (len(d, l) < 45) short++;
    }
    const apart = from === 0 || gone(d, from - 1);
    // A pull quote is set in short lines (median under 45); a whole paragraph that repeats
    // (a web page's standfirst) is left out the same way.
    const paragraph = lines === 1 && apart && (to === d.count - 1 || gone(d, to + 1));
    if ((lines < 2 || short <= lines >> 1) && !paragraph) continue;
    candidates.push({ first, last, from, to, apart, mean: chars / lines });
  }
  // Where both copies qualify, the one set apart by a blank line is the quote.
  candidates.sort((x, y) => Number(y.apart) - Number(x.apart) || x.mean - y.mean);
  for (const c of candidates) {
    const inside = new Map<number, number>();
    for (let j = c.first; j <= c.last - K + 1; j++) if (slotOf[j] >= 0) inside.set(slotOf[j], (inside.get(slotOf[j]) ?? 0) + 1);
    let elsewhere = 0, total = 0;
    for (let j = c.first; j <= c.last - K + 1; j++) {
      if (slotOf[j] < 0) continue;
      total++;
      if (table[slotOf[j]] > inside.get(slotOf[j])!) elsewhere++;
    }
    if (total === 0 || elsewhere < 0.7 * total) continue;
    for (let j = c.first; j <= c.last - K + 1; j++) if (slotOf[j] >= 0) table[slotOf[j]]--;
    remove(d, c.from, c.to, 'pull quote');
  }
}

/** Chars and their original offsets, growing as needed. */
class Out {
  buf: Uint16Array;
  off: Int32Array;
  k = 0;
  constructor(cap: number) {
    this.buf = new Uint16Array(cap);
    this.off = new Int32Array(cap + 1);
  }
  put(c: number, at: number): void {
    if (this.k === this.buf.length) {
      const buf = new Uint16Array(this.k * 2), off = new Int32Array(this.k * 2 + 1);
      buf.set(this.buf);
      off.set(this.off);
      this.buf = buf;
      this.off = off;
    }
    this.buf[this.k] = c;
    this.off[this.k++] = at;
  }
}

function emitLine(out: Out, s: string, a: number, b: number): void {
  let space = -1;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x7f) {
      if (space >= 0) out.put(32, space);
      space = -1;
      out.put(c, i);
    } else if (isSpace(c)) {
      if (space < 0) space = i;
    } else if (!isInvisible(c) && c !== 0xad) {
      if (space >= 0) out.put(32, space);
      space = -1;
      if (c >= 0xfb00 && c <= 0xfb06) for (const x of LIGATURES[c - 0xfb00]) out.put(x.charCodeAt(0), i);
      else out.put(c, i);
    }
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** UTF-16 code units to a string, lone surrogates and all (TextDecoder would replace them). */
function decode(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}

function emit(d: Doc): { text: string; offsets: Int32Array } {
  const s = d.s;
  // The longest line of each block of adjacent kept lines: the wrap width a short line is judged by.
  const blockMax = new Int32Array(d.count), blockLines = new Int32Array(d.count);
  for (let l = 0; l < d.count; ) {
    if (gone(d, l)) {
      l++;
      continue;
    }
    let e = l, max = 0;
    for (; e < d.count && !gone(d, e); e++) max = Math.max(max, len(d, e));
    blockMax.fill(max, l, e);
    blockLines.fill(e - l, l, e);
    l = e;
  }
  const layout = (a: number, b: number, gap: boolean): Layout => ({
    gap,
    blockMax: blockMax[a],
    full: blockLines[a] >= 3 && len(d, a) >= 0.85 * blockMax[a],
    heading:
      (b === d.count - 1 || gone(d, b + 1)) &&
      len(d, b) <= 60 &&
      len(d, b) < 0.6 * blockMax[b] &&
      firstCase(s, d.start[b], d.end[b]) === UPPER &&
      !endsSentence(s, d.start[b], d.end[b]),
  });
  const out = new Out(s.length + 16);
  let prev = -1, gap = false;
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l)) {
      gap = true;
      continue;
    }
    if (prev >= 0) {
      const kind = joinKind(s, d.start[prev], d.end[prev], d.start[l], d.end[l], layout(prev, l, gap));
      const at = d.end[prev];
      if (kind === SPACE) out.put(32, at);
      else if (kind === PARA) {
        out.put(10, at);
        out.put(10, at);
      } else if (kind === WORD && out.k > 0 && isHyphen(out.buf[out.k - 1])) out.k--;
    }
    emitLine(out, s, d.start[l], d.end[l]);
    prev = l;
    gap = false;
  }
  const offsets = out.off.slice(0, out.k + 1);
  offsets[out.k] = s.length;
  return { text: decode(out.buf.subarray(0, out.k)), offsets };
}

/**
 * Raw report text to clean prose: line ends, odd spaces and hyphenated line breaks undone,
 * paragraphs kept as "\n\n", and pull quotes, photo captions, running headers, page numbers
 * and web boilerplate left out (listed in `removed`). Every cleaned character keeps its
 * offset in the original. Linear in the input; never throws.
 * @example cleanText('An escala-\ntion followed.\n\nPage 2').text // 'An escalation followed.'
 */
export function cleanText(original: string): CleanText {
  const d = splitLines(original);
  const histogram = new Int32Array(1001);
  let lines = 0;
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l)) continue;
    histogram[Math.min(1000, len(d, l))]++;
    lines++;
  }
  // The upper quartile of line lengths is the wrap width, however many short caption lines there are.
  let width = 0;
  for (let seen = 0; width < 1000 && (seen += histogram[width]) <= lines * 0.75; ) width++;

  markHeaders(d);
  markBoilerplate(d);
  markCaptions(d, width);
  markPullQuotes(d);
  const { text, offsets } = emit(d);

  const removed: CleanText['removed'] = [];
  let open: { id: number; start: number; end: number } | undefined;
  const close = () => open && removed.push({ start: open.start, end: open.end, text: original.slice(open.start, open.end), reason: d.reasons[open.id - 1] });
  for (let l = 0; l < d.count; l++) {
    const id = d.mark[l];
    if (id === 0) {
      if (d.start[l] !== d.end[l]) {
        close();
        open = undefined;
      }
    } else if (open && (open.id === id || (d.reasons[open.id - 1] === 'boilerplate' && d.reasons[id - 1] === 'boilerplate'))) open.end = d.end[l];
    else {
      close();
      open = { id, start: d.start[l], end: d.end[l] };
    }
  }
  close();
  return { text, offsets, removed };
}

/** The original offsets of the cleaned span start..end (end exclusive). */
export function toOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const n = clean.text.length;
  const s = Math.max(0, Math.min(n, start));
  const e = Math.max(s, Math.min(n, end));
  if (e === s) return { start: clean.offsets[s], end: clean.offsets[s] };
  return { start: clean.offsets[s], end: clean.offsets[e - 1] + 1 };
}

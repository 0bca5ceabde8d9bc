import type { Span } from './types.js';

/** A word, number or punctuation mark of a text, with its offsets. */
export type Token = { start: number; end: number; text: string; lower: string };

/** A number expression: its value, whether the words are vague, and a stated range. */
export type FoundNumber = Span & {
  value: number;
  /** Words that name no exact number ("dozens", "several"): read as a floor. */
  vague: boolean;
  /** "a"/"an": a count of one only when a person follows ("a soldier"). */
  single: boolean;
  /** Ends of a stated range ("10 to 15", "between 10 and 15"); value is then min. */
  min?: number;
  max?: number;
  /** Token indices [first, last) the expression covers. */
  first: number;
  last: number;
};

// Digits stay one token with any glued letters, so "16th" and "1990s" are never cardinals;
// hyphens are tokens of their own ("twenty-one", "76-year-old", "100-150").
const TOKEN = /\d(?:[\d,.]*\d)?\p{L}*|\p{L}+(?:['’]\p{L}+)*|[^\s\p{L}\d]/gu;
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

// Maps, not object literals: a word like "constructor" must not look like a number.
const UNITS = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 });
// Plural scales name no number; a reader takes them as "at least a couple of" the scale.
const PLURALS = table({ dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, tens: 20 });
const SINGULAR = table({ thousands: 1e3, millions: 1e6, billions: 1e9 });
const RANGE_JOIN = new Set(['-', '–', '—', 'to', 'or']);

function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

/** Splits a text into words, numbers and punctuation marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  return tokens;
}

type Read = { value: number; vague: boolean; single: boolean; end: number };

/** Reads the number expression starting at token i, if one does. */
export function readNumber(t: readonly Token[], i: number): Read | undefined {
  const w = t[i]?.lower;
  if (w === undefined) return undefined;

  const plural = PLURALS.get(w);
  if (plural !== undefined) {
    const next = SINGULAR.get(lowerAt(t, i + 2));
    if (lowerAt(t, i + 1) === 'of' && next) return { value: plural * next, vague: true, single: false, end: i + 3 };
    // "scores" and "tens" are numbers only before "of" ("scores of villagers"), not as nouns.
    if ((w === 'scores' && lowerAt(t, i + 1) !== 'of') || w === 'tens') return undefined;
    return { value: plural, vague: true, single: false, end: i + 1 };
  }

  // "several", "a few", "a couple (of)", each optionally of a scale: "several hundred".
  let few: number | undefined;
  let j = i;
  if (w === 'several') [few, j] = [3, i + 1];
  else if (w === 'a' && lowerAt(t, i + 1) === 'few') [few, j] = [2, i + 2];
  else if (w === 'a' && lowerAt(t, i + 1) === 'couple') [few, j] = [2, lowerAt(t, i + 2) === 'of' && !scaleAt(t, i + 3) ? i + 3 : i + 2];
  if (few !== undefined) {
    if (lowerAt(t, j) === 'of' && scaleAt(t, j + 1)) j++;
    const s = scaleAt(t, j);
    return s ? { value: few * s, vague: true, single: false, end: j + 1 } : { value: few, vague: true, single: false, end: j };
  }

  if (/^\d/.test(w)) {
    if (!DIGITS.test(w)) return undefined;
    let value = Number(w.replace(/,/g, ''));
    for (j = i + 1; SCALES.has(lowerAt(t, j)); j++) value *= SCALES.get(lowerAt(t, j))!;
    return { value: Math.round(value * 1e6) / 1e6, vague: false, single: false, end: j };
  }

  if (w === 'half' && lowerAt(t, i + 1) === 'a' && lowerAt(t, i + 2) === 'dozen') return { value: 6, vague: false, single: false, end: i + 3 };
  if ((w === 'a' || w === 'an') && !scaleAt(t, i + 1)) return { value: 1, vague: false, single: true, end: i + 1 };
  return readWords(t, w === 'a' || w === 'an' ? i + 1 : i, w === 'a' || w === 'an');
}

/** "one hundred and fifty", "twenty-one", "two thousand three hundred", "a dozen". */
function readWords(t: readonly Token[], i: number, article: boolean): Read | undefined {
  let total = 0;
  let current = article ? 1 : 0;
  let last: 'unit' | 'tens' | 'scale' | undefined = article ? 'unit' : undefined;
  let j = i;
  for (; j < t.length; j++) {
    const w = t[j].lower;
    const unit = UNITS.get(w);
    const tens = TENS.get(w);
    if (unit !== undefined) {
      if (last === 'unit' || (last === 'tens' && unit >= 10)) break;
      current += unit;
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens') break;
      current += tens;
      last = 'tens';
    } else if ((w === '-' && last === 'tens' && (UNITS.get(t[j + 1]?.lower ?? '') ?? 10) < 10) || (w === 'and' && last === 'scale' && isSmall(t[j + 1]?.lower))) {
      continue;
    } else if (w === 'hundred' || w === 'dozen') {
      if (last === undefined) break;
      current = (current || 1) * (w === 'hundred' ? 100 : 12);
      last = 'scale';
    } else if (SCALES.has(w)) {
      if (last === undefined) break;
      total += (current || 1) * SCALES.get(w)!;
      current = 0;
      last = 'scale';
    } else break;
  }
  if (last === undefined || j === i) return undefined;
  return { value: total + current, vague: false, single: false, end: j };
}

function lowerAt(t: readonly Token[], k: number): string {
  return t[k]?.lower ?? '';
}

function scaleAt(t: readonly Token[], k: number): number | undefined {
  const w = lowerAt(t, k);
  return SCALES.get(w) ?? (w === 'dozen' ? 12 : undefined);
}

function isSmall(w: string | undefined): boolean {
  return w !== undefined && (UNITS.has(w) || TENS.has(w));
}

/**
 * Number expressions in a tokenized sentence, left to right, with stated ranges joined:
 * "10 to 15", "10-15", "two or three", and "X and Y" after "between".
 * @example findNumbers(tokenize('up to 2.5 million people')) // one number, value 2500000
 */
export function findNumbers(text: string, tokens: readonly Token[] = tokenize(text)): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumber(tokens, i);
    if (!read) continue;
    let last = read.end;
    let max: number | undefined;
    const join = tokens[last]?.lower;
    const between = join === 'and' && tokens[i - 1]?.lower === 'between';
    if (!read.single && !read.vague && (RANGE_JOIN.has(join) || between)) {
      const upper = readNumber(tokens, last + 1);
      if (upper && !upper.single && !upper.vague && upper.value > read.value) [max, last] = [upper.value, upper.end];
    }
    const start = tokens[i].start;
    const end = tokens[last - 1].end;
    found.push({
      start, end, text: text.slice(start, end), value: read.value, vague: read.vague, single: read.single,
      ...(max !== undefined ? { min: read.value, max } : {}), first: i, last,
    });
    i = last - 1;
  }
  return found;
}

/**
 * The value of a whole number expression, or undefined when the text is not one.
 * @example parseNumberWords('one hundred and fifty') // { value: 150, vague: false }
 * @example parseNumberWords('scores of') // { value: 40, vague: true }
 */
export function parseNumberWords(text: string): { value: number; vague: boolean } | undefined {
  const tokens = tokenize(text.trim());
  const read = readNumber(tokens, 0);
  // "dozens of", "scores of": the "of" that makes a vague word a number may come along.
  const end = tokens.at(-1)?.lower === 'of' ? tokens.length - 1 : tokens.length;
  return read && read.end === end ? { value: read.value, vague: read.vague } : undefined;
}

import type { Group } from '../../domain/index.js';
import { AFTER, BOTH_SIDES, DETERMINERS, MODIFIERS, OF_FORCES, OF_SIDE, OF_WAR, OUTCOME_NOUNS, PARTICIPLES, PEOPLE, STOP, UNKNOWN } from './casualty-words.js';
import { sideOf } from './casualty-side.js';
import { readNumber, type Token } from './numbers.js';

/** Words between a count and its partitive that add nothing to whom it counts ("four more of its soldiers"). */
const PARTITIVE_AFTER = new Set(['more', 'other', 'further', 'additional']);

/** The noun phrase a number counts, read left to right from the token after it. */
export type Phrase = {
  kind: 'person' | 'outcome' | 'none' | 'thing';
  group?: Group;
  /** No word of its own for the people ("one wounded", "40 others"): they are those of the figure before. */
  inherit: boolean;
  /** A nationality adjective standing for a noun said later: "four Armenian and three Azerbaijani soldiers". */
  elided: boolean;
  side?: string;
  /** "of the wounded": the noun says who was counted, not what happened to them now. */
  partitive: boolean;
  /** Offset after the phrase (and after "on both sides", "of the Armenian army"). */
  end: number;
  head?: string;
};

export function readPhrase(s: string, t: readonly Token[], i: number, sideWords: ReadonlyMap<string, string>): Phrase {
  const phrase: Phrase = { kind: 'none', inherit: false, elided: false, partitive: false, end: t[i - 1]?.end ?? 0 };
  let j = i;
  // "four more of its soldiers", "two other of the wounded": the partitive after the word for more.
  if (PARTITIVE_AFTER.has(t[j]?.lower) && t[j + 1]?.lower === 'of') j++;
  const partitive = t[j]?.lower === 'of';
  if (partitive) {
    phrase.partitive = DETERMINERS.has(t[j + 1]?.lower);
    j += phrase.partitive ? 2 : 1;
  }
  let strong: Group | undefined;
  let weak: Group | undefined;
  let lastSide = -1;
  let head = -1;
  let mods = 0;
  for (; j < t.length && mods <= 5; j++) {
    const w = t[j].lower;
    if (w === '-') continue;
    const age = ageAt(t, j);
    if (age) {
      if (age.age < 18 || age.age >= 65) weak = 'civilian';
      j = age.end - 1;
      mods++;
      continue;
    }
    if ((PEOPLE.has(w) || OUTCOME_NOUNS.has(w)) && !headAhead(t, j + 1, sideWords)) {
      head = j;
      break;
    }
    const people = PEOPLE.get(w);
    if (people === 'civilian' || people === 'military') strong = people;
    const code = sideOf(t[j].text, sideWords);
    const hint = MODIFIERS.get(w);
    if (code) [phrase.side, lastSide] = [code, j];
    else if (hint === 'age') weak = 'civilian';
    else if (hint) strong = hint;
    else if (hint === undefined && people === undefined && !OUTCOME_NOUNS.has(w) && !/^\p{Lu}\p{Ll}/u.test(t[j].text)) break;
    mods++;
  }
  if (head < 0 && lastSide >= 0 && lastSide === j - 1) {
    // A nationality as the noun: "104,000 Karabakh Armenians fled".
    head = lastSide;
    phrase.elided = !/s$/i.test(t[head].text);
  }
  if (head < 0) {
    // "one of the sides", "four Armenian posts": something other than people.
    if (partitive || mods > 0 || (t[i] && !STOP.has(t[i].lower) && /[\p{L}\d%$€£#]/u.test(t[i].text) && !AFTER.test(s.slice(phrase.end, phrase.end + 120)))) phrase.kind = 'thing';
    else phrase.inherit = true;
    return phrase;
  }
  const w = t[head].lower;
  const people = PEOPLE.get(w);
  phrase.head = w;
  phrase.kind = people !== undefined || head === lastSide ? 'person' : 'outcome';
  phrase.group = strong ?? (people === 'civilian' || people === 'military' ? people : w === 'pows' ? 'military' : weak);
  phrase.end = t[head].end;
  qualify(phrase, s, t, head + 1, sideWords);
  phrase.inherit = phrase.group === undefined && phrase.side === undefined && (people === 'inherit' || phrase.kind === 'outcome');
  return phrase;
}

/** Is a noun for people still to come, past modifiers? Then the word before it is a modifier ("civilian casualties"). */
function headAhead(t: readonly Token[], j: number, sideWords: ReadonlyMap<string, string>): boolean {
  for (let k = j; k < j + 4 && k < t.length; k++) {
    const w = t[k].lower;
    if (PEOPLE.has(w) && PEOPLE.get(w) !== 'inherit') return true;
    // Only a true noun can be the head after a people word: "civilian casualties", not "soldiers wounded".
    if (OUTCOME_NOUNS.has(w)) return !PARTICIPLES.has(w);
    if (w === '-' || MODIFIERS.has(w) || sideOf(t[k].text, sideWords) || ageAt(t, k)) continue;
    return false;
  }
  return false;
}

/** What follows the noun: "of war", "of the Armenian army", "on both sides", "and civilians". */
function qualify(phrase: Phrase, s: string, t: readonly Token[], next: number, sideWords: ReadonlyMap<string, string>): void {
  let m: RegExpExecArray | null;
  if ((m = OF_WAR.exec(s.slice(phrase.end, phrase.end + 100)))) {
    phrase.group ??= 'military';
    phrase.end += m[0].length;
  } else if ((m = OF_FORCES.exec(s.slice(phrase.end, phrase.end + 100)))) {
    phrase.group = 'military';
    phrase.side ??= m[1] ? sideOf(m[1], sideWords) : undefined;
    phrase.end += m[0].length;
  } else if ((m = OF_SIDE.exec(s.slice(phrase.end, phrase.end + 100))) && sideOf(m[1], sideWords)) {
    phrase.side ??= sideOf(m[1], sideWords);
    phrase.end += m[0].length;
  }
  if ((m = BOTH_SIDES.exec(s.slice(phrase.end, phrase.end + 100)))) {
    phrase.side = UNKNOWN;
    phrase.end += m[0].length;
    return;
  }
  // "several military personnel and civilians": one count over both nouns.
  while (next < t.length && t[next].end <= phrase.end) next++;
  if (t[next]?.lower !== 'and' && t[next]?.lower !== 'or') return;
  for (let k = next + 1; k < next + 4 && k < t.length; k++) {
    if (readNumber(t, k)) return;
    const w = t[k].lower;
    const group = PEOPLE.get(w);
    if (group !== undefined && group !== 'inherit') {
      if (phrase.group !== group) phrase.group = 'unknown';
      phrase.end = t[k].end;
      return;
    }
    const code = sideOf(t[k].text, sideWords);
    if (code && phrase.side && code !== phrase.side) phrase.side = UNKNOWN;
    if (!code && !MODIFIERS.has(w)) return;
  }
}

export function ageAt(t: readonly Token[], i: number): { age: number; end: number } | undefined {
  if (!/^(?:\d|\p{L})/u.test(t[i]?.text ?? '') || t[i].lower === 'a') return undefined;
  const r = readNumber(t, i);
  if (!r || r.single || r.vague) return undefined;
  let j = r.end;
  if (t[j]?.lower === '-') j++;
  if (t[j]?.lower !== 'year' && t[j]?.lower !== 'years') return undefined;
  if (t[++j]?.lower === '-') j++;
  return t[j]?.lower === 'old' ? { age: r.value, end: j + 1 } : undefined;
}

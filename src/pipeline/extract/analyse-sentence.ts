import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { tokenizeNames } from '../../gazetteer/name-matcher.js';
import { findActors, type FoundActor } from './actors.js';
import { attribute, type Attribution } from './attribution.js';
import { findCasualties } from './casualties.js';
import { findDates, hasDateCue } from './dates.js';
import { eventTypeOf } from './event-type.js';
import { sinceUntilPublication } from './open-ranges.js';
import { findPlaces, type FoundPlace } from './places.js';
import type { CleanText, FoundDate, FoundFigure, Sentence, Span } from './types.js';

/** Everything one sentence says, offsets relative to the sentence. */
export type SentenceFacts = {
  sentence: Sentence;
  /** The cleaned text the sentence's offsets point into (the article, or one of its captions). */
  source: CleanText;
  dates: FoundDate[];
  /** The date the sentence reports an occurrence on, when it has one of its own. */
  date?: FoundDate;
  /** The sentence only refers back to an earlier event ("since the 2020 war"). */
  background: boolean;
  places: FoundPlace[];
  actors: FoundActor[];
  figures: FoundFigure[];
  type: { subEventType: string; cue?: Span };
  attribution: Attribution;
  quote?: Span;
};

// A date used as a label of something else ("the 2020 war", "the September 2023 offensive")
// or as a starting point ("since 2021") refers back; it does not report an occurrence.
// (Agreements are left out: "the 2010 Agreement on ..." dates the agreement itself.)
const ATTRIBUTIVE_AFTER = /^\s*(?:'s\s+)?(?:\w+\s+){0,2}?(?:war|wars|conflict|offensive|operation|clashes|escalation|revolution|elections?|victory|defeat|crisis|aggression|events|attack|uprising|hostilities|period|era|regime change)\b/i;
const REFERENCE_BEFORE = /\b(?:following|after|in the wake of|in the aftermath of|prior to|before)\s+(?:the\s+)?$/i;
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
// Agreements, ceasefires and resolutions are dated by their own dates ("the resolutions of
// 1993", "the 2020 ceasefire"): those name when they were adopted, and are no mere label.
const NAMED_OF_BEFORE = /\b(?:war|clashes|offensive|escalation|conflict|elections?|revolution|operation)\s+of\s+(?:the\s+)?$/i;
const LABEL_AFTER = /^\s*(?:war|wars|clashes|offensive|escalation|revolution|hostilities|fighting)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
const DECADE = /\d0s\b/;
const NOT_CONFLICT = /\b(?:infections?|infected|pandemic|covid(?:-19)?|coronavirus|epidemic|earthquake|floods?|traffic accident|road accident)\b/i;
const QUOTE = /[“"]([^”"]{3,300})[”"]/;

const RANK = { day: 0, days: 1, month: 2, months: 3, year: 4, years: 5 } as const;

/** Reads one sentence: dates (only where a date can be), places, actors, figures, type, attribution. */
export function analyseSentence(
  sentence: Sentence,
  source: CleanText,
  published: string,
  gazetteer: Gazetteer,
  knownPlaces: ReadonlySet<string>,
  knownActors: ReadonlySet<string> = new Set(),
): SentenceFacts {
  const text = sentence.text;
  // The dateline ("BAKU, Sept 14 (Reuters) -") says where the report was filed, not where anything happened.
  const dateline = sentence.dateline && { start: sentence.dateline.start - sentence.start, end: sentence.dateline.end - sentence.start };
  // A sentence that is a dateline and no more ("Baku, 3 March 2024.") tells nothing.
  if (dateline && dateline.start <= 0 && !/[\p{L}\d]/u.test(text.slice(dateline.end))) return nothing(sentence, source);
  const outsideDateline = (at: number) => !dateline || at < dateline.start || at >= dateline.end;
  // The dateline's date is the filing's: "Yerevan, 6 March 2024 - ... wounded on Monday" happened
  // on Monday. With no other date, the story is of the day it was filed.
  const found = hasDateCue(text) ? findDates(text, published).filter((d) => !d.future) : [];
  const own = dateline ? found.filter((d) => outsideDateline(d.start)) : found;
  const dates = own.length ? own : found;
  const reporting = dates.filter((d) => !isReference(text, d));
  // The date a sentence opens with is its event's ("In December 2022 ... like the one in
  // September"); a later date wins only when it narrows the first ("In 2020, on 27 September").
  const ordered = [...reporting].sort((a, b) => a.start - b.start);
  const opening = ordered.find((d, i) => !(ordered[i + 1] && RANK[ordered[i + 1].range.precision] < RANK[d.range.precision] && ordered[i + 1].range.start >= d.range.start && ordered[i + 1].range.end <= d.range.end)) ?? ordered[0];
  // "Since January 2024, X has ..." runs from January to publication.
  const date = opening && sinceUntilPublication(text, opening, published);
  const tokens = tokenizeNames(text).filter((t) => outsideDateline(t.start));
  const actors = findActors(text, gazetteer, tokens, knownActors).filter((a) => outsideDateline(a.start));
  const quote = QUOTE.exec(text);
  return {
    sentence,
    source,
    dates,
    date,
    background: dates.length > 0 && !date,
    places: findPlaces(text, gazetteer, knownPlaces, tokens),
    actors,
    // Deaths from disease or disaster are not the conflict's casualties.
    figures: NOT_CONFLICT.test(text) ? [] : findCasualties(text, gazetteer.sideWords),
    type: eventTypeOf(text),
    attribution: attribute(text, actors),
    quote: quote ? { start: quote.index + 1, end: quote.index + 1 + quote[1].length, text: quote[1] } : undefined,
  };
}

/** The facts of a sentence that tells nothing. */
function nothing(sentence: Sentence, source: CleanText): SentenceFacts {
  return { sentence, source, dates: [], background: false, places: [], actors: [], figures: [], type: { subEventType: 'Other' }, attribution: attribute('', []) };
}

function isReference(text: string, d: FoundDate): boolean {
  // A decade ("the early 1990s", "since the mid-1990s") sets a scene; it dates no incident.
  if (DECADE.test(d.text)) return true;
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const after = text.slice(d.end, d.end + 40);
  if (REFERENCE_BEFORE.test(before)) return true;
  // "the Four-Day War of 2016", "the ceasefire agreement of 1994": a name, not a report.
  if (NAMED_OF_BEFORE.test(before)) return true;
  // "July clashes", "2020 war": a date right before an event noun labels it.
  if (d.range.precision !== 'day' && d.range.precision !== 'days' && LABEL_AFTER.test(after)) return true;
  // "since 2021, the EU has mediated" dates a process; "since the 2020 war" only refers back.
  if (SINCE_BEFORE.test(before)) return ATTRIBUTIVE_AFTER.test(after);
  // "the 2020 war" and "the September 2023 offensive", but not "on the 12th".
  return THE_BEFORE.test(before) && d.range.precision !== 'day' && ATTRIBUTIVE_AFTER.test(after);
}

/**
 * A sentence that reports two dated things ("in late 2018 they agreed X and in January 2019
 * Y") is read as one clause per date, each clause running from the break before its date.
 */
export function clausesByDate(f: SentenceFacts): Sentence[] {
  const own = f.dates.filter((d) => !isReference(f.sentence.text, d));
  const distinct = own.filter((d, i) => own.findIndex((x) => x.range.start === d.range.start && x.range.end === d.range.end) === i);
  if (distinct.length === 1) return asideByDash(f.sentence, distinct[0]);
  if (distinct.length < 2) return [f.sentence];
  const text = f.sentence.text;
  const cuts = [0];
  distinct.sort((a, b) => a.start - b.start);
  for (let i = 1; i < distinct.length; i++) {
    const from = distinct[i - 1].end;
    const gap = text.slice(from, distinct[i].start);
    // Cut only where a new clause can begin; a date inside the same clause ("like the one in
    // September") stays with it.
    const br = Math.max(...[', and', ' and,', ';', ' while ', ', but', ', whereas', ', when', ', after'].map((w) => gap.lastIndexOf(w)));
    if (br < 0) continue;
    const cut = from + br + 1;
    if (cut > cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts.map((start, i) => {
    const end = cuts[i + 1] ?? text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const clause = raw.trim();
    return { ...f.sentence, start: f.sentence.start + start + lead, end: f.sentence.start + start + lead + clause.length, text: clause };
  });
}

const ATTACKER_AFTER = /^\s+(?:army|armed forces|forces|troops|military|soldiers|side|artillery|drones?|missiles?)\b/i;
const ATTACKER_BEFORE = /\bby\s+(?:the\s+)?$/i;

/**
 * The side of civilians counted with no side named ("twelve civilians were killed"): the one
 * party the text names that is not the attacker ("a missile fired by the Armenian army hit
 * Ganja, Azerbaijan" -> AZ). Undefined when there is no such single party.
 */
export function victimSide(text: string, sideWords: ReadonlyMap<string, string>): string | undefined {
  if (/\b(?:both|each|either) sides?\b/i.test(text)) return undefined;
  const named = new Set<string>();
  const attackers = new Set<string>();
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}]+/gu)) {
    const code = sideWords.get(m[0].toLowerCase());
    if (!code) continue;
    named.add(code);
    if (ATTACKER_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20)) || ATTACKER_BEFORE.test(text.slice(Math.max(0, m.index! - 10), m.index!))) attackers.add(code);
  }
  const victims = [...named].filter((c) => !attackers.has(c));
  return victims.length === 1 ? victims[0] : undefined;
}

const DASH = /\s[—–]\s|\s--\s/g;
const SPEAKS = /\b(?:said|says|accused|accuses|blamed|claimed|denied|stated|announced|warned|reported)\b/i;

/**
 * "Azerbaijan accused Armenia of provocation — on May 2, one of its soldiers was wounded":
 * the undated statement before the dash is read apart from the dated aside after it.
 */
function asideByDash(sentence: Sentence, date: FoundDate): Sentence[] {
  const text = sentence.text;
  let cut = -1;
  for (const m of text.matchAll(DASH)) if (m.index! + m[0].length <= date.start) cut = m.index!;
  if (cut < 0 || !SPEAKS.test(text.slice(0, cut))) return [sentence];
  const head = text.slice(0, cut).trimEnd();
  const rest = text.slice(cut).replace(/^\s*(?:[—–]|--)\s*/, '');
  const restStart = text.length - rest.length;
  return [
    { ...sentence, end: sentence.start + head.length, text: head },
    { ...sentence, start: sentence.start + restStart, end: sentence.end, text: rest, aside: true },
  ];
}

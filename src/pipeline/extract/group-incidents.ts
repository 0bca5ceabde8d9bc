import type { DateRange } from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { SentenceFacts } from './analyse-sentence.js';

/** Sentences judged to be about one occurrence, before they become an incident. */
export type Episode = {
  date: DateRange;
  /** The sentence that gave the date, and the date's words in it. */
  dateFrom: SentenceFacts;
  sentences: SentenceFacts[];
  placeIds: Set<string>;
  background: boolean;
};

/** Does the sentence say that something happened, was claimed, counted or agreed? */
function reportsSomething(f: SentenceFacts): boolean {
  return f.figures.length > 0 || f.type.subEventType !== 'Other' || !!f.type.cue || (f.actors.length > 0 && f.places.length > 0) || !!f.attribution.claimant_id;
}

// Words that point back to the episode just told: "The clashes ...", "It ...", "This scenario ...".
const ANAPHORA = /^(?:the (?:clash(?:es)?|attack|fighting|shooting|shelling|strike|incident|exchange|escalation|offensive|meeting|talks|agreement|ceasefire|statement|ministry|spokes\w+)|it|they|this|these|that|he|she|both sides|each side|the two sides|the (?:two|three) leaders)\b|\b(?:denied|rejected|dismissed|disputed) (?:the|this|that|these) (?:report|claim|accusation|allegation)s?\b|\b(?:said|declared|stated|announced|confirmed|repeated|reiterated|denied|rejected) (?:this|so)\b|\bin (?:response|reply|reaction) to (?:this|that|these|the (?:remarks?|statements?|claims?|accusations?|report))\b/i;

/** Whether an undated sentence carries on the story of the episode told just before it. */
function continues(f: SentenceFacts, episode: Episode, gazetteer: Gazetteer, distance: number, sameParagraph: boolean): boolean {
  const shared = f.places.length > 0 && placesAgree(gazetteer, episode.placeIds, f.places.map((p) => p.place_id)) && episode.placeIds.size > 0;
  // A speaker named by a pronoun or a role ("it said", "the ministry added") points back too.
  const anaphoric = ANAPHORA.test(f.sentence.text) || (!!f.attribution.refers && !!f.attribution.claimant_id);
  // Wire copy gives each sentence its own paragraph: a denial, a counter-accusation or more
  // figures right after a story still belong to it.
  const answers = !!f.attribution.claimant_id && (f.attribution.stance === 'denies' || f.attribution.stance === 'accuses');
  if (!sameParagraph) return anaphoric || shared || f.figures.length > 0 || answers;
  if (distance > 3) return anaphoric || shared;
  return anaphoric || shared || f.figures.length > 0 || (!!f.attribution.claimant_id && distance <= 2) || f.attribution.blames.length > 0;
}

function sameDate(a: DateRange, b: DateRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Places agree when either side has none, or one lies inside the other. */
function placesAgree(gazetteer: Gazetteer, a: Set<string>, b: Iterable<string>): boolean {
  const bs = [...b];
  if (a.size === 0 || bs.length === 0) return true;
  return bs.some((x) => [...a].some((y) => gazetteer.within(x, y) || gazetteer.within(y, x)));
}

/** Two statements on one day by different speakers are two events, not two accounts of one. */
function differentSpeakers(e: Episode, f: SentenceFacts): boolean {
  const talk = (x: SentenceFacts) => x.type.subEventType === 'Statement or demand' && x.figures.length === 0;
  if (!talk(e.dateFrom) || !talk(f)) return false;
  const a = e.dateFrom.attribution.claimant_id;
  const b = f.attribution.claimant_id;
  return !!a && !!b && a !== b;
}

/**
 * Groups a document's sentences into episodes. A dated sentence that reports something
 * starts an episode, or joins an earlier one with the same date and compatible places
 * (a text often comes back to one event). An undated sentence continues the episode of
 * the sentence before it within the same paragraph (and into the next paragraph when it
 * names the same place or figures), inheriting its date. Different days or places make
 * different episodes; dates that only refer back ("since the 2020 war") make background
 * episodes, kept apart and marked.
 */
export function groupIncidents(facts: SentenceFacts[], gazetteer: Gazetteer): Episode[] {
  const episodes: Episode[] = [];
  let current: Episode | undefined;
  let lastParagraph = -1;
  for (const f of facts) {
    const placeIds = f.places.map((p) => p.place_id);
    if (f.date && reportsSomething(f)) {
      const match = episodes.find(
        (e) => !e.background && sameDate(e.date, f.date!.range) && placesAgree(gazetteer, e.placeIds, placeIds) && !differentSpeakers(e, f),
      );
      current = match ?? { date: f.date.range, dateFrom: f, sentences: [], placeIds: new Set(), background: false };
      if (!match) episodes.push(current);
    } else if (f.background && reportsSomething(f) && !current) {
      const ref = f.dates[0];
      const match = episodes.find((e) => e.background && sameDate(e.date, ref.range));
      const episode = match ?? { date: ref.range, dateFrom: f, sentences: [], placeIds: new Set(), background: true };
      if (!match) episodes.push(episode);
      episode.sentences.push(f);
      lastParagraph = f.sentence.paragraph;
      continue;
    } else if (current && !f.date) {
      const sameParagraph = f.sentence.paragraph === lastParagraph;
      const last = current.sentences[current.sentences.length - 1];
      const distance = f.sentence.index - (last?.sentence.index ?? f.sentence.index);
      const nextParagraph = f.sentence.paragraph === lastParagraph + 1;
      if (!(sameParagraph || nextParagraph) || !reportsSomething(f) || !continues(f, current, gazetteer, distance, sameParagraph)) {
        if (!sameParagraph) current = undefined;
        lastParagraph = f.sentence.paragraph;
        continue;
      }
    } else {
      // A date that reports nothing (a publication line, a bare timestamp) ends the episode.
      if (f.date) current = undefined;
      lastParagraph = f.sentence.paragraph;
      continue;
    }
    current.sentences.push(f);
    for (const id of placeIds) current.placeIds.add(id);
    lastParagraph = f.sentence.paragraph;
  }
  return episodes.filter((e) => e.sentences.length > 0);
}

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
  // A speaker heard right after the story, in the next paragraph, speaks of it (wire copy).
  if (!sameParagraph) return anaphoric || shared || f.figures.length > 0 || answers || (!!f.attribution.claimant_id && distance <= 2);
  if (distance > 3) return anaphoric || shared;
  return anaphoric || shared || f.figures.length > 0 || (!!f.attribution.claimant_id && distance <= 2) || f.attribution.blames.length > 0;
}

// "the deployment", "the ceasefire": a noun that names the kind of an episode told before.
const NAMED_KIND: [RegExp, string][] = [
  [/\bthe (?:deployment|mission['’]s deployment)\b/i, 'Mission deployment'],
  [/\bthe (?:ceasefire|truce|agreement|deal)\b/i, 'Agreement'],
  [/\bthe (?:meeting|talks|summit)\b/i, 'Meeting or negotiation'],
  [/\bthe (?:exercises|drills)\b/i, 'Military exercise'],
];

/**
 * An undated sentence that names, by its kind, an episode told shortly before ("Both sides
 * criticised the deployment"), while the story has moved on to an episode of another kind:
 * that earlier episode, when it began in this paragraph or the one before.
 */
function namedEpisode(f: SentenceFacts, current: Episode, episodes: Episode[]): Episode | undefined {
  const kind = NAMED_KIND.find(([re]) => re.test(f.sentence.text))?.[1];
  if (!kind || current.dateFrom.type.subEventType === kind) return undefined;
  for (let i = episodes.length - 1; i >= 0 && i >= episodes.length - 4; i--) {
    const e = episodes[i];
    if (e.background || e === current || e.dateFrom.type.subEventType !== kind) continue;
    return f.sentence.paragraph - e.dateFrom.sentence.paragraph <= 1 ? e : undefined;
  }
  return undefined;
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
    const before = current;
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
    } else if (current && !f.date && reportsSomething(f) && namedEpisode(f, current, episodes)) {
      current = namedEpisode(f, current, episodes)!;
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
    // After an aside ("... — on May 2, a soldier was wounded"), the story goes back to where it was.
    if (f.sentence.aside && before) current = before;
  }
  return episodes.filter((e) => e.sentences.length > 0);
}

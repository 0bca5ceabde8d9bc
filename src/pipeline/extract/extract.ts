import { createHash } from 'node:crypto';
import type { Actor, DateRange, Document, Incident, Source } from '../../domain/index.js';
import { Catalog } from '../../export/catalog.js';
import { presentIncident } from '../../export/present-incident.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { byRole } from './actors.js';
import { analyseSentence, clausesByDate, type SentenceFacts } from './analyse-sentence.js';
import { captionText } from './caption-text.js';
import { AUTHOR_ID, buildIncident } from './build-incident.js';
import { cleanText, toClean, toOriginal } from './clean-text.js';
import { findDateline } from './dateline.js';
import type { ExtractedIncident, ExtractInput, ExtractResult } from './extract-types.js';
import { groupIncidents } from './group-incidents.js';
import { monthsTold, readingTold } from './months-told.js';
import { latestDate } from './latest-date.js';
import { laterInYear, tollSinceStory } from './open-ranges.js';
import { shiftedDate } from './relative-shift.js';
import { splitSentences } from './sentences.js';
import { SpeakerTracker } from './speakers.js';
import type { CleanText, Span } from './types.js';

/** The document id extracted claims cite; ingestion replaces it with the stored document's. */
export const DOCUMENT_ID = 'input';
const POSSESSIVE_BODY = /\b(?:his|her)\s+(government|administration|ministry|cabinet)\s+(?:\w+\s+)?(denied|rejected|said|stated|declared|announced|claimed|refuted|insisted)\b/i;
const YEARLESS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A span of a sentence, as a span of the document's original text. */
function locator(original: string) {
  return (f: SentenceFacts, span: { start: number; end: number }): Span => {
    const at = toOriginal(f.source, f.sentence.start + span.start, f.sentence.start + span.end);
    return { start: at.start, end: at.end, text: original.slice(at.start, at.end) };
  };
}

/**
 * Extraction: one document's text in, its incidents out, in the export shape with the
 * evidence (offsets into the original text, and the words) for every value. Pure: it
 * needs the gazetteer, no database; ingestion calls the same function, with `collect`
 * receiving each incident in the record's own shape (ids, not names).
 * @example extract({ text, published: '2024-02-20' }, Gazetteer.load())
 */
export function extract(input: ExtractInput, gazetteer: Gazetteer, collect?: (incident: Incident, background: boolean) => void): ExtractResult {
  const today = new Date().toISOString().slice(0, 10);
  // The document's day: the one given, else the day it was read (not made up from its text).
  const given = input.published ?? today;
  // With no date of its own, a report's relative dates ("on Tuesday", "yesterday") and dates
  // without a year count from the latest day it gives in full, else from today (see latestDate).
  const published = input.published ?? latestDate(input.text, today) ?? today;
  const clean = cleanText(input.text);
  // The article first, then each photo caption as a text of its own.
  const segments: CleanText[] = [clean, ...clean.removed.filter((r) => r.reason === 'caption').map((r) => captionText(input.text, r.start, r.end))];
  const known = new Set<string>();
  const knownActors = new Set<string>();
  const facts: SentenceFacts[] = [];
  let paragraphBase = 0;
  // The date of the story told so far, for "a month later" and "the day after".
  let context: DateRange | undefined;
  let contextParagraph = 0;
  let lastOfficial: string | undefined;
  const speakers = new SpeakerTracker(gazetteer);
  const told = monthsTold(clean.text);
  // Found in the lines as written: clean-up joins a title to the byline under it.
  const filed = findDateline(input.text);
  const dateline = filed && { ...filed, ...toClean(clean, filed.start, filed.end) };
  for (const segment of segments) {
    let last = paragraphBase;
    for (const raw of splitSentences(segment.text)) {
      const holdsDateline = segment === clean && dateline && raw.start < dateline.end && raw.end > dateline.start;
      const sentence = { ...raw, paragraph: raw.paragraph + paragraphBase, ...(holdsDateline && { dateline }) };
      last = Math.max(last, sentence.paragraph);
      const first = analyseSentence(sentence, segment, published, gazetteer, known, knownActors);
      const clauses = clausesByDate(first);
      let head: SentenceFacts | undefined;
      for (const clause of clauses) {
        let f = clauses.length === 1 ? first : analyseSentence(clause, segment, published, gazetteer, known, knownActors);
        // "A ceasefire was agreed on 5 April" in a story about 2016: a date without its year
        // takes the year of the story told just before, not of the publication.
        // Of the two readings, the one nearer the story's date wins.
        if (f.date && YEARLESS.test(f.date.text) && !/\d{4}/.test(f.date.text) && context && context.start.slice(0, 4) !== published.slice(0, 4) && f.sentence.paragraph - contextParagraph <= 1) {
          const other = analyseSentence(clause, segment, `${context.end.slice(0, 4)}-12-31`, gazetteer, known, knownActors);
          const gap = (d: string) => Math.abs(Date.parse(d) - Date.parse(context!.end));
          // The publication's year stands when the document gives that month that year elsewhere ("the July 2020 clashes").
          const kept = other.date && readingTold(told, f.date.range.start, other.date.range.start) === f.date.range.start;
          if (other.date && !kept && gap(other.date.range.start) < gap(f.date.range.start)) f = other;
        }
        // "As of October 14, 500 had been killed": the toll of the story told so far.
        if (f.date && f.figures.length) f.date = tollSinceStory(f.sentence.text, f.date, context);
        // "Later in 2019", after August 2019: August to December.
        if (f.date) f.date = laterInYear(f.sentence.text, f.date, context);
        const shifted = shiftedDate(f.sentence.text, f.dates, context);
        if (shifted) {
          f.date = shifted;
          f.background = false;
        }
        // "A month later" counts from the last date given to the day or month, not from a year in passing.
        // "his government denied ...": the government of the official named just before.
        if (!f.attribution.claimant_id && lastOfficial && POSSESSIVE_BODY.test(f.sentence.text)) {
          const [, role, verb] = POSSESSIVE_BODY.exec(f.sentence.text)!;
          const body = byRole(gazetteer, gazetteer.sideOf(lastOfficial), role);
          if (body) f.attribution = { ...f.attribution, claimant_id: body, stance: /^(?:denied|rejected|refuted)/i.test(verb) ? 'denies' : 'asserts' };
        }
        // "he added", "the ministry said", "it said": the speaker named in the sentences before.
        f.attribution = speakers.next(f);
        // An aside after a dash is told by whoever spoke before the dash.
        if (clause.aside && !f.attribution.claimant_id && head?.attribution.claimant_id) f.attribution = { ...f.attribution, claimant_id: head.attribution.claimant_id, stance: head.attribution.stance };
        head = f;
        for (const a of f.actors) if (gazetteer.actors.get(a.actor_id)?.kind === 'official') lastOfficial = a.actor_id;
        if (f.date && f.date.range.precision !== 'year' && f.date.range.precision !== 'years') {
          context = f.date.range;
          contextParagraph = f.sentence.paragraph;
        }
        for (const p of f.places) known.add(p.place_id);
        // Only a full name introduces a person; a bare surname may be anyone's.
        for (const a of f.actors) if (/\s/.test(a.text)) knownActors.add(a.actor_id);
        facts.push(f);
      }
    }
    paragraphBase = last + 2;
  }
  const episodes = groupIncidents(facts, gazetteer);
  const locate = locator(input.text);

  const author: Actor = {
    id: AUTHOR_ID,
    name: input.publisher ? `${input.publisher} (the document's own account)` : "The document's author",
    kind: 'person',
    side: 'unknown',
    country: 'unknown',
    aliases: [],
    demonyms: [],
    roles: [],
  };
  const source: Source = { id: 'input-publisher', name: input.publisher ?? 'unknown', kind: 'unknown', country: 'unknown', side: 'unknown', url: undefined };
  const document: Document = {
    id: DOCUMENT_ID,
    title: input.title ?? (clean.text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) || 'Untitled'),
    publisher_id: source.id,
    published: { start: given, end: given, precision: 'day' },
    url: input.url,
    language: 'en',
  };
  const catalog = Catalog.of(gazetteer.places.values(), [...gazetteer.actors.values(), author], [document], [source]);

  const whole = (f: SentenceFacts) => locate(f, { start: 0, end: f.sentence.text.length });
  const incidents: ExtractedIncident[] = episodes.map((episode, i) => {
    const { incident, claimSentence } = buildIncident(episode, i, DOCUMENT_ID, gazetteer, whole);
    // Ingestion stores the incidents as the record holds them (ids, not names).
    collect?.(incident, episode.background);
    const sentenceOf = (k: number) => episode.sentences[claimSentence[k]];
    const presented = presentIncident(catalog, incident);
    const span = (f: SentenceFacts, s: { start: number; end: number }) => locate(f, s);
    const dateWords = episode.dateFrom.date ?? episode.dateFrom.dates[0];
    return {
      ...presented,
      background: episode.background,
      evidence: {
        date: dateWords ? [span(episode.dateFrom, dateWords)] : [],
        places: presented.places.map((p) => episode.sentences.flatMap((f) => f.places.filter((x) => x.place_id === p.id).map((x) => span(f, x)))),
        casualties: presented.casualties.map((row) => {
          // A set: one incident may gather thousands of claims, and this runs once per row.
          const behind = new Set(row.claims);
          return incident.claims.flatMap((c, k) =>
            behind.has(c.id) ? sentenceOf(k).figures.filter((x) => x.outcome === row.outcome).map((x) => span(sentenceOf(k), x)) : [],
          );
        }),
        claims: incident.claims.map((_, k) => whole(sentenceOf(k))),
        type: episode.sentences.flatMap((f) => (f.type.cue && f.type.subEventType === presented.type.sub_event_type ? [span(f, f.type.cue)] : [])).slice(0, 3),
        sentences: episode.sentences.map(whole),
      },
    };
  });

  return {
    document: {
      title: document.title,
      publisher: source.name,
      published: given,
      ...(published !== given && { dates_read_from: published }),
      ...(input.url ? { url: input.url } : {}),
      length: input.text.length,
      sha256: createHash('sha256').update(input.text).digest('hex'),
    },
    incidents,
  };
}

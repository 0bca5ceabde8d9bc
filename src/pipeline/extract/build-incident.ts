import {
  casualtyFigure,
  deriveIncident,
  eventTypeOf as typeNamed,
  formatDateNotation,
  type CasualtyFigure,
  type Claim,
  type Incident,
  type IncidentPlace,
} from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { victimSide, type SentenceFacts } from './analyse-sentence.js';
import { TYPE_PRIORITY } from './event-type.js';
import type { Episode } from './group-incidents.js';
import type { FoundFigure } from './types.js';

const OWN_PEOPLE = /\b(?:its|our)\s+(?:own\s+)?(?:\w+\s+)?(?:soldiers|servicemen|troops|personnel|service ?members|officers|border guards)\b/i;

/** The claimant standing for the document's own voice when a sentence names no one. */
export const AUTHOR_ID = 'document-author';

export function figureOf(f: FoundFigure): CasualtyFigure | undefined {
  const figure = casualtyFigure(
    { outcome: f.outcome, group: f.group, side: f.side },
    f.hedge === 'between' ? { min: f.min, max: f.max } : { count: f.count, hedge: f.hedge },
  );
  if (typeof figure === 'string') return undefined;
  return f.outcomes.length > 1 ? { ...figure, combined: f.outcomes } : figure;
}

function claimOf(
  incidentId: string,
  n: number,
  f: SentenceFacts,
  documentId: string,
  spanOf: (f: SentenceFacts) => { start: number; end: number },
  civilianSide: string | undefined,
  gazetteer: Gazetteer,
): Claim {
  const a = f.attribution;
  // "two of its soldiers", in a claimant's words, are the claimant's own.
  const ownSide = a.claimant_id && OWN_PEOPLE.test(f.sentence.text) ? gazetteer.sideOf(a.claimant_id) : undefined;
  const casualties = f.figures
    .map((x) => (civilianSide && x.side === 'unknown' && x.group === 'civilian' ? { ...x, side: civilianSide } : x))
    .map((x) =>
      ownSide && ownSide !== 'unknown' && x.side === 'unknown' && x.group === 'military' && OWN_PEOPLE.test(f.sentence.text.slice(Math.max(0, x.start - 12), x.end + 30))
        ? { ...x, side: ownSide }
        : x,
    )
    .map(figureOf)
    .filter((x): x is CasualtyFigure => !!x);
  const kind: Claim['kind'] =
    a.stance === 'denies' ? 'denial' : a.stance === 'accuses' || a.blames.length ? 'responsibility' : casualties.length ? 'casualties' : a.stance === 'demands' ? 'demand' : a.claimant_id ? 'statement' : 'event';
  return {
    id: `${incidentId}/c${n}`,
    kind,
    stance: a.stance,
    claimant_id: a.claimant_id ?? AUTHOR_ID,
    document_id: documentId,
    statement: f.sentence.text,
    quote: f.quote?.text,
    hedges: a.hedges,
    blames: a.blames,
    casualties,
    span: spanOf(f),
    status: 'unreviewed',
  };
}

/**
 * Turns an episode into an incident: its type is the weightiest any sentence signals, its
 * places the union (a country only when nothing inside it is named), each sentence a
 * claim by whoever it attributes, and the figures derived by the record's rule.
 */
export function buildIncident(episode: Episode, index: number, documentId: string, gazetteer: Gazetteer, spanOf: (f: SentenceFacts) => { start: number; end: number }) {
  const id = `x${index + 1}-${episode.date.start}`;
  // The sentence that dates the episode says what it is; a later sentence overrides it only
  // with violence (a statement dated first, then "shelling killed two").
  const own = episode.dateFrom.type.subEventType;
  const violent = episode.sentences
    .map((f) => f.type.subEventType)
    .filter((t) => TYPE_PRIORITY.indexOf(t) < TYPE_PRIORITY.indexOf('Arrests'))
    .sort((a, b) => TYPE_PRIORITY.indexOf(a) - TYPE_PRIORITY.indexOf(b))[0];
  let subEventType = own !== 'Other' && !(violent && TYPE_PRIORITY.indexOf(own) > TYPE_PRIORITY.indexOf('Arrests') && episode.sentences.some((f) => f.figures.length)) ? own : violent ?? own;
  // People killed or wounded with no word for how: fighting when soldiers were hit, an attack when only civilians were.
  const hurt = episode.sentences.flatMap((f) => f.figures).filter((x) => x.outcome === 'killed' || x.outcome === 'wounded');
  if (hurt.length && ['Statement or demand', 'Other', 'Meeting or negotiation'].includes(subEventType)) {
    subEventType = hurt.every((x) => x.group === 'civilian') ? 'Attack' : 'Armed clash';
  }
  const places = new Map<string, IncidentPlace>();
  for (const f of episode.sentences) for (const p of f.places) if (!places.has(p.place_id)) places.set(p.place_id, { place_id: p.place_id, precision: p.precision });
  for (const [pid, p] of places) {
    if (p.precision === 'country' && [...places.keys()].some((other) => other !== pid && gazetteer.within(other, pid))) places.delete(pid);
  }
  const actorIds = [...new Set(episode.sentences.flatMap((f) => f.actors.map((a) => a.actor_id)))];
  const civilians = victimSide(episode.sentences.map((f) => f.sentence.text).join(' '), gazetteer.sideWords);
  const claims: Claim[] = [];
  /** For each claim, the index of the sentence it was read from. */
  const claimSentence: number[] = [];
  episode.sentences.forEach((f, i) => {
    for (const claim of claimsOf(claimOf(id, 0, f, documentId, spanOf, civilians, gazetteer), f, gazetteer)) {
      claims.push({ ...claim, id: `${id}/c${claims.length + 1}` });
      claimSentence.push(i);
    }
  });
  const firstPlace = gazetteer.places.get([...places.keys()][0] ?? '')?.name;
  const incident: Incident = {
    id,
    title: `${subEventType}${firstPlace ? ` in ${firstPlace}` : ''}, ${formatDateNotation(episode.date)}`,
    summary: episode.sentences[0].sentence.text,
    type: typeNamed(subEventType)!,
    date: episode.date,
    places: [...places.values()],
    actor_ids: actorIds,
    tags: episode.background ? ['background'] : [],
    status: 'unreviewed',
    origin: 'extracted',
    claims,
    casualties: [],
    responsibility: { status: 'unknown', accounts: [] },
    sides: [],
  };
  return { incident: deriveIncident(incident, { sideOf: (actorId) => gazetteer.sideOf(actorId), sourceOf: () => documentId }), claimSentence };
}

const BOTH_SIDES_SAY = /\b(?:according to|provided by|released by|statements? (?:by|from|of)|figures (?:from|of|by)|reported by)\b[^.;]{0,40}?\b(?:(?:the\s+)?respective sides|both (?:sides|countries|parties|governments)|each side|the two (?:sides|countries))\b/i;

/**
 * "Both governments said over 150 were killed" (an invented example): one claim per
 * party, each with the figures of its own people (and those of no stated side), so each
 * side's account stands on its own. Other sentences stay one claim.
 */
function claimsOf(claim: Claim, f: SentenceFacts, gazetteer: Gazetteer): Claim[] {
  if (claim.claimant_id !== AUTHOR_ID || !BOTH_SIDES_SAY.test(f.sentence.text)) return [claim];
  const named = [...new Set(claim.casualties.map((c) => c.side).filter((s) => s !== 'unknown'))];
  const parties = named.length >= 2 ? named : gazetteer.partySides.length === 2 ? gazetteer.partySides : named;
  const states = parties.map((code) => [code, gazetteer.stateOf(code)] as const).filter((x): x is readonly [string, string] => !!x[1]);
  if (states.length < 2) return [claim];
  return states.map(([code, state]) => ({
    ...claim,
    claimant_id: state,
    stance: 'asserts' as const,
    hedges: [...new Set([...claim.hedges, 'according_to_others' as const])],
    casualties: claim.casualties.filter((c) => c.side === code || c.side === 'unknown'),
  }));
}

import type { LocationPrecision } from '../../domain/index.js';
import { actorNames, defaultPrecision, placeNames } from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { Token } from '../../gazetteer/name-matcher.js';
import type { Span } from './types.js';

/** A place a sentence locates something at, with how precisely. */
export type FoundPlace = Span & { place_id: string; candidates: string[]; precision: LocationPrecision };

const LOCATIVE = /\b(?:in|inside|into|within|across|at|near|outside|around|along|from|to|toward|towards|on)\s+(?:the\s+)?(?:(?:village|town|city|region|district|province|area|settlement)s?\s+of\s+)?$/i;
const NEAR = /\b(?:near|outside|around|close to|not far from|on the outskirts of)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$/i;
const ELSEWHERE = /\b(?:far from|away from|rather than|instead of|not in|outside of)\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** "officials in Baku said": where the speakers sit, not where anything happened. */
const SPEAKERS_IN = /\b(?:officials?|authorities|sources|diplomats?|spokes(?:man|woman|person)|ministry|government|analysts?|correspondents?|envoys?)\s+in\s+$/i;
const SPOKE_AFTER = /^\s*,?\s+(?:(?:on|late on|earlier on)\s+\w+\s+)?(?:said|say|says|told|announced|reported|confirmed|added|stated|claimed|insisted|denied|warned)\b/i;
const DIRECTION_AFTER = /^\s+(?:direction|section|sector|axis)\b/i;
const REGION_AFTER = /^\s+(?:region|district|province|rayon|marz|area)\b/i;
const metonyms = new WeakMap<Gazetteer, Set<string>>();

/** Names that are both a place and an actor ("Baku" for Azerbaijan's government), lower case. */
function metonymsOf(gazetteer: Gazetteer): Set<string> {
  let names = metonyms.get(gazetteer);
  if (!names) {
    names = new Set();
    const actorWords = new Set([...gazetteer.actors.values()].flatMap((a) => actorNames(a).map((n) => n.toLowerCase())));
    for (const p of gazetteer.places.values()) for (const n of placeNames(p)) if (actorWords.has(n.toLowerCase())) names.add(n.toLowerCase());
    metonyms.set(gazetteer, names);
  }
  return names;
}

/**
 * Places named in a sentence, read against the gazetteer. A country counts as a location
 * only after a locative word ("in Armenia"), since most mentions of a state are of the
 * state as an actor; a capital used as a metonym ("Baku rejected") is left to the actors.
 * `near the village of X` is `near`; `the X region` or `in the X direction` keep the place's
 * own level. Among places sharing a name, `prefer` (ids already placed in the document) and
 * the units the sentence names unambiguously beside it decide, then the broader unit.
 */
export function findPlaces(sentence: string, gazetteer: Gazetteer, prefer: ReadonlySet<string> = new Set(), tokens?: Token[]): FoundPlace[] {
  const found: FoundPlace[] = [];
  const matches = gazetteer.placeMatcher.find(sentence, tokens);
  // "the village of Aghdam in the Tovuz district": a place the sentence names unambiguously
  // tells apart the places sharing a name it names beside it, as places named before do.
  const beside = new Set(matches.filter((m) => m.ids.length === 1).map((m) => m.ids[0]));
  for (const m of matches) {
    const before = sentence.slice(Math.max(0, m.start - 60), m.start);
    const after = sentence.slice(m.end, m.end + 40);
    const locative = LOCATIVE.test(before);
    const candidates = m.ids.map((id) => gazetteer.places.get(id)!).filter(Boolean);
    // The subject of a verb, not a location: "Baku rejected", "Moscow said".
    if (!locative && /^\s+(?:has|have|had|is|was|said|says|rejected|denied|accused|demanded|insisted|claimed|announced|refused|wants|called)\b/i.test(after)) continue;
    // A name that is also an actor's, followed by a verb rather than standing in a place ("Baku controls ...").
    if (!locative && /^\s+[a-z]+(?:s|ed)\b/.test(after) && metonymsOf(gazetteer).has(m.text.toLowerCase())) continue;
    // "far from Nagorno-Karabakh" says where it did not happen.
    if (ELSEWHERE.test(before)) continue;
    if (SPEAKERS_IN.test(before) && SPOKE_AFTER.test(after)) continue;
    const place = candidates.sort((a, b) => score(b) - score(a))[0];
    if (!place) continue;
    if (place.level === 'country' && !locative) continue;
    // An adjective before a noun ("Armenian positions") is matched by the actors, not here.
    let precision: LocationPrecision = defaultPrecision(place.level);
    if (NEAR.test(before) && place.level === 'settlement') precision = 'near';
    if (DIRECTION_AFTER.test(after) && place.level === 'settlement') precision = 'near';
    if (REGION_AFTER.test(after) && place.level === 'settlement') precision = 'district';
    found.push({ place_id: place.id, candidates: candidates.map((c) => c.id), precision, start: m.start, end: m.end, text: m.text });
  }
  return found;

  function score(p: { id: string; level: string; parent_id?: string }): number {
    let s = 0;
    for (const other of prefer) if (other !== p.id && (gazetteer.within(p.id, other) || gazetteer.within(other, p.id))) s += 4;
    for (const other of beside) if (other !== p.id && !prefer.has(other) && gazetteer.within(p.id, other)) s += 4;
    if (prefer.has(p.id)) s += 6;
    s += { country: 1, admin1: 3, admin2: 3, settlement: 2, feature: 1 }[p.level as 'country'] ?? 0;
    return s;
  }
}

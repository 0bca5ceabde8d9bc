import { normalizeName } from '../../domain/index.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { Token } from '../../gazetteer/name-matcher.js';
import type { Span } from './types.js';

/** An actor named in a sentence. */
export type FoundActor = Span & { actor_id: string };

// Role words in a mention, with the words an actor's name uses for the same thing.
const ROLE_SYNONYMS: Record<string, string[]> = {
  defence: ['defence', 'defense'],
  defense: ['defence', 'defense'],
  mod: ['defence', 'defense'],
  mfa: ['foreign'],
  foreign: ['foreign'],
  army: ['armed', 'forces'],
  military: ['armed', 'forces'],
  troops: ['armed', 'forces'],
  forces: ['armed', 'forces'],
  soldiers: ['armed', 'forces'],
  servicemen: ['armed', 'forces'],
  government: ['government'],
  authorities: ['government'],
  border: ['border'],
  guards: ['border'],
  guard: ['border'],
  ombudsman: ['ombudsman', 'commissioner', 'human', 'rights', 'defender'],
  president: ['president'],
  presidential: ['presidential'],
  ministry: ['ministry'],
};

const ROLE = String.raw`(?:(?:defen[cs]e|foreign|interior)\s+ministry|ministry\s+of\s+(?:defen[cs]e|foreign\s+affairs)|MoD|MFA|armed\s+forces|army|military|troops|forces|border\s+guards?|government|authorities|ombudsman)`;
const OWNER = String.raw`([A-Z][\p{L}-]+)(?:['’]s)?`;
// Role words in either case ("Armenia Defense Ministry", "Armenian troops"); the owner stays capitalised.
const PATTERN = new RegExp(String.raw`\b(?:the\s+)?${OWNER}\s+(${ROLE})\b`, 'giu');

/**
 * Actors named in a sentence: any name or alias in the actor list, and patterns that
 * compose a side and a role ("Azerbaijan's defence ministry", "Armenian troops",
 * "the Azerbaijani border guards") into the actor of that country whose name has those role words.
 */
export function findActors(sentence: string, gazetteer: Gazetteer, tokens?: Token[], known: ReadonlySet<string> = new Set()): FoundActor[] {
  const found: FoundActor[] = [];
  for (const m of gazetteer.actorMatcher.find(sentence, tokens)) {
    // A shared name goes to the actor the document named before ("Harutyunyan" after
    // "Arayik Harutyunyan"), else to the broadest actor: states, then governments.
    const ids = [...m.ids].sort((a, b) => Number(known.has(b)) - Number(known.has(a)) || rank(a) - rank(b));
    found.push({ actor_id: ids[0], start: m.start, end: m.end, text: m.text });
  }
  for (const m of sentence.matchAll(PATTERN)) {
    if (m[1][0] === m[1][0].toLowerCase()) continue;
    const code = gazetteer.sideWords.get(m[1].toLowerCase());
    if (!code) continue;
    const actor = byRole(gazetteer, code, m[2]);
    if (!actor) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    const end = m.index! + m[0].length;
    // A longer pattern match replaces the bare state it contains.
    for (let i = found.length - 1; i >= 0; i--) if (found[i].start >= start && found[i].end <= end) found.splice(i, 1);
    if (!found.some((f) => f.start <= start && f.end >= end)) found.push({ actor_id: actor, start, end, text: sentence.slice(start, end) });
  }
  return found.sort((a, b) => a.start - b.start);

  function rank(id: string): number {
    const kind = gazetteer.actors.get(id)?.kind;
    return ['state', 'government', 'ministry', 'armed_force'].indexOf(kind ?? '') + 1 || 9;
  }
}

const roleCache = new WeakMap<Gazetteer, Map<string, string | undefined>>();
const nameWords = new WeakMap<Gazetteer, Map<string, Set<string>[]>>();

/** The actor of a side whose name carries the role's words: AZ + "defence ministry" -> Ministry of Defence of Azerbaijan. */
export function byRole(gazetteer: Gazetteer, code: string, role: string): string | undefined {
  let cache = roleCache.get(gazetteer);
  if (!cache) roleCache.set(gazetteer, (cache = new Map()));
  const key = `${code}|${role.toLowerCase().replace(/\s+/g, ' ')}`;
  if (!cache.has(key)) cache.set(key, resolveRole(gazetteer, code, role));
  return cache.get(key);
}

function wordsOf(gazetteer: Gazetteer, actorId: string): Set<string>[] {
  let all = nameWords.get(gazetteer);
  if (!all) {
    all = new Map();
    for (const a of gazetteer.actors.values()) all.set(a.id, [a.name, ...a.aliases].map((n) => new Set(normalizeName(n).split(' '))));
    nameWords.set(gazetteer, all);
  }
  return all.get(actorId) ?? [];
}

function resolveRole(gazetteer: Gazetteer, code: string, role: string): string | undefined {
  const wanted = [...new Set(normalizeName(role).split(' ').flatMap((w) => ROLE_SYNONYMS[w] ?? []))];
  if (!wanted.length) return undefined;
  let best: { id: string; extra: number } | undefined;
  for (const actor of gazetteer.actors.values()) {
    if (gazetteer.sideOf(actor.id) !== code || actor.kind === 'official' || actor.kind === 'person') continue;
    for (const words of wordsOf(gazetteer, actor.id)) {
      if (!wanted.every((w) => words.has(w) || (w === 'defence' && words.has('defense')) || (w === 'defense' && words.has('defence')))) continue;
      if (wanted.length === 1 && wanted[0] === 'defence' && !words.has('ministry')) continue;
      const extra = words.size - wanted.length;
      if (!best || extra < best.extra) best = { id: actor.id, extra };
    }
  }
  return best?.id;
}

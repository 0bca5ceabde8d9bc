import type { Hedge, Stance } from '../../domain/index.js';
import type { FoundActor } from './actors.js';

/** Who a sentence says is speaking, how, and about whom. */
export type Attribution = {
  /** The claimant, when the sentence names one; otherwise the document's author speaks. */
  claimant_id?: string;
  stance: Stance;
  /** Actors accused, blamed or named as attackers. */
  blames: string[];
  hedges: Hedge[];
  /** The words that carry the attribution ("said", "according to"). */
  cue?: { start: number; end: number; text: string };
};

const SAY = String.raw`said|says|stated|reacted|repeated|reiterated|responded|commented|states|claimed|claims|reported|reports|announced|announces|declared|declares|asserted|noted|told|added|insisted|alleged|wrote|posted|warned|argued|maintained|confirmed|acknowledged|admitted|described|called|dubbed|labelled|labeled|branded|termed|characteri[sz]ed|highlighted|stressed|emphasi[sz]ed|underscored|criticized|criticised|threatened|accused|accuses|blamed|blames|denied|denies|rejected|rejects|refuted|refutes|dismissed|disputed|demanded|demands|urged|urges|called\s+on|called\s+for|retorted|responded|replied|expressed`;
const SAY_RE = new RegExp(String.raw`\b(?:${SAY})\b`, 'gi');
const ACCORDING = /\b(?:according to|in the words of|as reported by|citing)\s+/gi;
const DENY = /^(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|disputed)/i;
const ACCUSE = /^(?:accused|accuses|blamed|blames|alleged)/i;
const DEMAND = /^(?:demanded|demands|urged|urges|called\s+on|called\s+for)/i;
const ATTACK = /\b(?:attacked|attacking|shelled|shelling|opened fire|fired (?:at|on|upon)|launched (?:an? )?(?:attack|offensive|assault|strike)|struck|bombarded|targeted|violated the ceasefire|broke the ceasefire|provocation by|aggression by|attempted to seize|tried to seize)\b/i;
const HEDGES: [RegExp, Hedge][] = [
  [/\breportedly\b|\bit (?:was|has been|is) reported\b|\bwere reported\b|\bwas reported\b/i, 'reportedly'],
  [/\ballegedly\b|\balleged\b|\bpurportedly\b|\bit (?:was|has been|is) claimed\b/i, 'allegedly'],
  [/\bunconfirmed\b|\bcould not be (?:independently )?(?:verified|confirmed)\b/i, 'unconfirmed'],
  [/\bestimated?\b/i, 'estimated'],
];

/**
 * Reads attribution off a sentence: the reporting verb or "according to", the actor it
 * belongs to (the nearest actor before the verb, or the one after "according to"), the
 * stance the verb implies, who is blamed, and hedges. An actor that attacks in the
 * author's own words is blamed by the author.
 */
export function attribute(sentence: string, actors: FoundActor[]): Attribution {
  const hedges = HEDGES.filter(([re]) => re.test(sentence)).map(([, h]) => h);
  let claimant: FoundActor | undefined;
  let verb: RegExpMatchArray | undefined;
  for (const m of sentence.matchAll(ACCORDING)) {
    const after = actors.find((a) => a.start >= m.index! + m[0].length && a.start <= m.index! + m[0].length + 12);
    if (after) {
      claimant = after;
      verb = m;
      break;
    }
  }
  if (!claimant) {
    for (const m of sentence.matchAll(SAY_RE)) {
      // The subject: the last actor before the verb, within the clause.
      const before = actors.filter((a) => a.end <= m.index! && !/[.;]/.test(sentence.slice(a.end, m.index!)) && m.index! - a.end < 160);
      // The subject opens the sentence ("Even the Russian minister, ..., reacted to X's speech and
      // said"); failing that, it is the actor nearest the verb.
      const opening = before.find((a) => a.start < 30 && !/['’]s$/.test(sentence.slice(a.start, a.end + 2)));
      const subject = opening ?? before[before.length - 1] ?? actors.find((a) => a.start > m.index! && a.start - (m.index! + m[0].length) < 6 && /^\s*,?\s*$/.test(sentence.slice(m.index! + m[0].length, a.start)));
      if (subject) {
        claimant = subject;
        verb = m;
        break;
      }
    }
  }
  const word = verb?.[0] ?? '';
  let stance: Stance = claimant ? 'asserts' : 'reports';
  if (DENY.test(word)) stance = 'denies';
  else if (ACCUSE.test(word)) stance = 'accuses';
  else if (DEMAND.test(word)) stance = 'demands';
  const verbEnd = verb ? verb.index! + verb[0].length : 0;
  let blames: string[] = [];
  if (stance === 'accuses') blames = actors.filter((a) => a.start >= verbEnd && a.actor_id !== claimant?.actor_id).slice(0, 2).map((a) => a.actor_id);
  if (!blames.length) {
    const attack = ATTACK.exec(sentence);
    if (attack) {
      const attacker = actors.filter((a) => a.end <= attack.index && a.actor_id !== claimant?.actor_id).pop();
      if (attacker) {
        blames = [attacker.actor_id];
        if (stance === 'asserts' || stance === 'reports') stance = 'accuses';
      }
    }
  }
  return {
    claimant_id: claimant?.actor_id,
    stance,
    blames: [...new Set(blames)],
    hedges,
    cue: verb ? { start: verb.index!, end: verbEnd, text: verb[0] } : undefined,
  };
}

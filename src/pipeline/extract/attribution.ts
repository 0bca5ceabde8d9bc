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
  /**
   * The speaker is named only by a pronoun or a role ("he added", "the ministry said",
   * "according to its foreign ministry"): speakers.ts resolves it from the sentences before.
   */
  refers?: SpeakerReference;
};

/** A speaker named by a pronoun or a role, to be resolved from the text around it. */
export type SpeakerReference = {
  /** he/she: a person; it: an organisation; they: a group; otherwise the role's words, lower case. */
  kind: 'person' | 'it' | 'they' | 'role';
  /** The role's words ("ministry", "defence ministry", "spokesman"), for kind role. */
  role?: string;
  /** "its/the latter's foreign ministry": the actor whose body it is. */
  owner?: string;
};

const SAY = String.raw`said|says|stated|reacted|repeated|reiterated|responded|commented|states|claimed|claims|reported|reports|announced|announces|declared|declares|asserted|noted|told|added|insisted|alleged|wrote|posted|warned|argued|maintained|confirmed|acknowledged|admitted|described|called|dubbed|labelled|labeled|branded|termed|characteri[sz]ed|highlighted|stressed|emphasi[sz]ed|underscored|criticized|criticised|threatened|accused|accuses|blamed|blames|denied|denies|rejected|rejects|refuted|refutes|dismissed|disputed|demanded|demands|urged|urges|called\s+on|called\s+for|retorted|responded|replied|expressed`;
const SAY_RE = new RegExp(String.raw`\b(?:${SAY})\b`, 'gi');
const ACCORDING = /\b(?:according to|in the words of|as reported by|citing)\s+/gi;
const DENY = /^(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|disputed)/i;
const ACCUSE = /^(?:accused|accuses|blamed|blames|alleged)/i;
/** The same speaker accusing in a later clause: "...; it accused", "... and blamed". */
const LATER_ACCUSAL = /(?:[;,]\s*(?:it|they|he|she)|\b(?:and|but)(?:\s+(?:it|they|he|she))?)\s+(?:also\s+)?(?:accused|blamed)\b/i;
const DEMAND = /^(?:demanded|demands|urged|urges|called\s+on|called\s+for)/i;
// Words that may stand between a subject and its verb: "the ministry also said", "he later added".
const ADVERBS = String.raw`(?:\s+(?:also|later|then|further|again|previously|separately|earlier|has|have|had|would|subsequently|quickly|flatly|strongly))*\s*`;
// An actor is the verb's subject when only these stand between them ("Azerbaijan's defence ministry spokesman said").
const DIRECT_GAP = new RegExp(String.raw`^(?:['’]s)?(?:\s+(?:spokes(?:man|woman|person)|press\s+(?:service|secretary|office)|representative|officials?|head|chief)(?:\s*,\s*[\p{Lu}][\p{L}.'’ -]{1,40},)?)?${ADVERBS}$`, 'u');
const ROLE_WORDS = String.raw`(?:(?:defen[cs]e|foreign|interior|emergencies)\s+)?(?:ministry|spokes(?:man|woman|person)|press\s+(?:service|secretary|office)|statement|minister|president|prime\s+minister|army|military|armed\s+forces|government|officials?|authorities|commander|ombudsman|office|side|agency|mission)`;
const PRONOUN_SUBJECT = new RegExp(String.raw`(?:^|[\s,;:"“”‘’(—–-])(he|she|it|they)${ADVERBS}$`, 'i');
const ROLE_SUBJECT = new RegExp(String.raw`\b(?:the|a|its|his|her|their)\s+(?:[a-z]+(?:['’]s)?\s+)??(${ROLE_WORDS})${ADVERBS}$`, 'i');
const ACCORDING_REFERENT = new RegExp(String.raw`^(?:(him|her|them|it)\b|(?:the\s+(?:latter|former)['’]s|its|their|his|her)\s+(${ROLE_WORDS})\b|the\s+(?:[a-z]+\s+)??(${ROLE_WORDS})\b)`, 'i');
const ATTACK = /\b(?:attacked|attacking|shelled|shelling|opened (?:[a-z-]+ ){0,2}fire|fired (?:[a-z-]+ )?(?:at|on|upon)|launched (?:an? )?(?:attack|offensive|assault|strike)|struck|bombarded|targeted|violated the ceasefire|broke the ceasefire|provocation by|aggression by|attempted to seize|tried to seize|(?:attempted|tried) to (?:cross|breach|infiltrate))\b/i;
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
  let refers: SpeakerReference | undefined;
  for (const m of sentence.matchAll(ACCORDING)) {
    const at = m.index! + m[0].length;
    const after = actors.find((a) => a.start >= at && a.start <= at + 12);
    if (after) {
      claimant = after;
      verb = m;
      break;
    }
    // "according to him", "according to its foreign ministry", "according to the ministry".
    const r = ACCORDING_REFERENT.exec(sentence.slice(at));
    if (r) {
      refers = referenceOf(r[1], r[2] ?? r[3], /^(?:the\s+latter|its|their|his|her)/i.test(r[0]) ? actors.filter((a) => a.end <= m.index!).pop() : /^the\s+former/i.test(r[0]) ? actors[0] : undefined);
      verb = m;
      break;
    }
  }
  if (!claimant && !refers) {
    for (const m of sentence.matchAll(SAY_RE)) {
      const before = sentence.slice(0, m.index!);
      // The subject standing right before the verb: an actor, or a pronoun or role that points back.
      const direct = actors.filter((a) => a.end <= m.index! && DIRECT_GAP.test(sentence.slice(a.end, m.index!))).pop();
      if (direct) {
        claimant = direct;
        verb = m;
        break;
      }
      const pronoun = PRONOUN_SUBJECT.exec(before);
      const role = pronoun ? null : ROLE_SUBJECT.exec(before);
      if ((pronoun || role) && !(pronoun && /^it$/i.test(pronoun[1]) && /\bit\s+(?:is|was|has been)\s*$/i.test(before))) {
        refers = pronoun ? referenceOf(pronoun[1]) : referenceOf(undefined, role![1]);
        verb = m;
        break;
      }
      // The subject: the last actor before the verb, within the clause.
      const earlier = actors.filter((a) => a.end <= m.index! && !/[.;]/.test(sentence.slice(a.end, m.index!)) && m.index! - a.end < 160);
      // The subject opens the sentence ("Even the Russian minister, ..., reacted to X's speech and
      // said"); failing that, it is the actor nearest the verb.
      const opening = earlier.find((a) => a.start < 30 && !/['’]s$/.test(sentence.slice(a.start, a.end + 2)));
      const subject = opening ?? earlier[earlier.length - 1] ?? actors.find((a) => a.start > m.index! && a.start - (m.index! + m[0].length) < 6 && /^\s*,?\s*$/.test(sentence.slice(m.index! + m[0].length, a.start)));
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
  let verbEnd = verb ? verb.index! + verb[0].length : 0;
  // "The ministry said the attack was repelled; it accused Azerbaijan of provoking it": the
  // speaker goes on to accuse, in a clause of its own.
  const later = stance === 'asserts' || stance === 'reports' ? LATER_ACCUSAL.exec(sentence.slice(verbEnd)) : null;
  const accusedFrom = later ? verbEnd + later.index + later[0].length : 0;
  // Only when someone is named after it: "...and blamed the weather" blames nobody.
  if (later && (claimant || refers) && actors.some((a) => a.start >= accusedFrom && a.actor_id !== claimant?.actor_id)) {
    stance = 'accuses';
    verbEnd = accusedFrom;
  }
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
    ...(refers && !claimant ? { refers } : {}),
  };
}

function referenceOf(pronoun: string | undefined, role?: string, owner?: FoundActor): SpeakerReference {
  const p = pronoun?.toLowerCase();
  if (p === 'he' || p === 'she' || p === 'him' || p === 'her') return { kind: 'person' };
  if (p === 'it') return { kind: 'it' };
  if (p === 'they' || p === 'them') return { kind: 'they' };
  return { kind: 'role', role: role!.toLowerCase().replace(/\s+/g, ' '), ...(owner ? { owner: owner.actor_id } : {}) };
}

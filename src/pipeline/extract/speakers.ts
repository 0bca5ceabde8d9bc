import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { byRole } from './actors.js';
import type { SentenceFacts } from './analyse-sentence.js';
import type { Attribution, SpeakerReference } from './attribution.js';

/** How many sentences back a pronoun or a role may point. */
const REACH = 6;
const PEOPLE = new Set(['official', 'person']);
// Role words and the kinds of actor they can name.
const ROLE_KINDS: [RegExp, string[]][] = [
  [/\bministry\b/, ['ministry']],
  [/\b(?:army|military|armed forces|commander)\b/, ['armed_force']],
  [/\b(?:government|authorities|officials)\b/, ['government']],
  [/\b(?:minister|president|prime minister|official|ombudsman)\b/, ['official', 'person']],
];
// A role that speaks for whoever spoke last: "the spokesman", "the statement", "the office".
const MOUTHPIECE = /\b(?:spokes\w+|press|statement|office|agency|mission)\b/;
// The sentence before hands over the floor: "... said in a statement:", "... said that".
const INTRODUCES = /\b(?:said|stated|announced|claimed|reported|added|alleged|declared)\b[^.]*?(?:\bin\s+a\s+statement\b|\bthat\b)|:\s*["“]?\s*$/i;
// The sentence carries on someone's words: it opens a quotation, or it is told in reported speech.
const REPORTED = /^\s*["“]|\b(?:had\s+(?:been\s+)?\w+(?:ed|en|t)|would|was\s+to|were\s+to)\b/i;

type Seen = { id: string; at: number };

/**
 * Resolves speakers a sentence names only by a pronoun or a role ("he added", "the ministry
 * said", "according to its foreign ministry", "it said") to the actor the sentences just before
 * named, and carries a statement on into the next sentence when that one is told in reported
 * speech ("The ministry said in a statement that ... Two of its posts had been hit.").
 * Linear: one pass, a short window of recent actors.
 * @example const speakers = new SpeakerTracker(gazetteer); for (const f of facts) f.attribution = speakers.next(f);
 */
export class SpeakerTracker {
  private seen: Seen[] = [];
  private claimant?: Seen;
  private previous?: { f: SentenceFacts; claimant?: string; at: number };
  private at = 0;

  constructor(private readonly gazetteer: Gazetteer) {}

  /** The sentence's attribution with its speaker resolved; call once per sentence, in order. */
  next(f: SentenceFacts): Attribution {
    this.at++;
    const resolved = this.resolve(f);
    for (const a of f.actors) this.seen.push({ id: a.actor_id, at: this.at });
    if (this.seen.length > 40) this.seen.splice(0, this.seen.length - 40);
    // A speaker the text leaves unnamed ("The Ministry stressed", in the ministry's own statement)
    // is the last speaker too: "It added" then points to it, not to an actor further back.
    if (resolved.claimant_id || resolved.cue) this.claimant = { id: resolved.claimant_id ?? '', at: this.at };
    this.previous = { f, claimant: resolved.claimant_id, at: this.at };
    return resolved;
  }

  private resolve(f: SentenceFacts): Attribution {
    const a = f.attribution;
    if (a.claimant_id) return a;
    if (a.refers) {
      const id = this.find(a.refers, f, a.cue?.start ?? f.sentence.text.length);
      return id ? { ...a, claimant_id: id, stance: a.stance === 'reports' ? 'asserts' : a.stance } : a;
    }
    const p = this.previous;
    if (!a.cue && p?.claimant && p.at === this.at - 1 && p.f.sentence.paragraph === f.sentence.paragraph && INTRODUCES.test(p.f.sentence.text) && REPORTED.test(f.sentence.text)) {
      return { ...a, claimant_id: p.claimant, stance: a.stance === 'reports' ? 'asserts' : a.stance };
    }
    return a;
  }

  /** The most recent actor a pronoun or role can stand for, within reach. */
  private find(ref: SpeakerReference, f: SentenceFacts, cue: number): string | undefined {
    const kindOf = (id: string) => this.gazetteer.actors.get(id)?.kind ?? '';
    const recent = [...this.seen.filter((s) => this.at - s.at <= REACH), ...f.actors.filter((x) => x.end <= cue).map((x) => ({ id: x.actor_id, at: this.at }))].reverse();
    const last = (ok: (id: string) => boolean) => recent.find((s) => ok(s.id))?.id;
    const heard = this.claimant && this.at - this.claimant.at <= REACH ? this.claimant.id : undefined;
    if (heard === '' && ref.kind !== 'person' && (ref.kind !== 'role' || MOUTHPIECE.test(ref.role ?? ''))) return undefined;
    const lastClaimant = heard || undefined;
    if (ref.kind === 'person') return last((id) => PEOPLE.has(kindOf(id)));
    if (ref.kind === 'it') return lastClaimant && !PEOPLE.has(kindOf(lastClaimant)) ? lastClaimant : last((id) => !PEOPLE.has(kindOf(id)));
    if (ref.kind === 'they') return lastClaimant && !PEOPLE.has(kindOf(lastClaimant)) ? lastClaimant : undefined;
    const role = ref.role ?? '';
    if (ref.owner) return byRole(this.gazetteer, this.gazetteer.sideOf(ref.owner), role) ?? (MOUTHPIECE.test(role) ? ref.owner : undefined);
    if (MOUTHPIECE.test(role)) return lastClaimant ?? last((id) => !PEOPLE.has(kindOf(id)));
    const kinds = ROLE_KINDS.find(([re]) => re.test(role))?.[1];
    if (!kinds) return undefined;
    // "the defence ministry": a ministry of that name, else the role of the side last heard.
    const qualifier = /^(defen[cs]e|foreign|interior|emergencies)\s/.exec(role)?.[1];
    const named = last((id) => kinds.includes(kindOf(id)) && (!qualifier || this.nameHas(id, qualifier)));
    if (named || !qualifier) return named;
    const side = [lastClaimant, ...recent.map((s) => s.id)].map((id) => (id ? this.gazetteer.sideOf(id) : 'unknown')).find((s) => this.gazetteer.partySides.includes(s));
    return side ? byRole(this.gazetteer, side, role) : undefined;
  }

  private nameHas(id: string, word: string): boolean {
    const actor = this.gazetteer.actors.get(id);
    const stem = word.slice(0, 5).toLowerCase();
    return !!actor && [actor.name, ...actor.aliases].some((n) => n.toLowerCase().includes(stem));
  }
}

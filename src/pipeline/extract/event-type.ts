import type { Span } from './types.js';

/** Sub-event types by the words that signal them, most specific first. */
const RULES: [string, RegExp][] = [
  ['Air/drone strike', /\b(?:air ?strikes?|drone strikes?|airstrikes?|bombed from the air|kamikaze drones?|drone attacks?)\b/i],
  ['Shelling/artillery/missile attack', /\b(?:shell(?:ed|ing|s)|artillery|missiles?|rockets?|mortars?|howitzers?|bombard(?:ed|ment))\b/i],
  ['Government regains territory', /\b(?:liberat(?:ed|ion)|regained (?:full )?control|retook|recaptured|took back|regain(?:ed)?)\b/i],
  ['Disrupted weapons use', /\b(?:shot down|downed|intercepted)\b/i],
  ['Armed clash', /\b(?:clash(?:es|ed)?|fighting|fought|exchange of fire|exchanged fire|skirmish(?:es)?|firefight|hostilities|offensive|battles?|flare-?ups?|shooting|opened fire|attacked|military operation|repell?ed|repulsed|fended off|incursions?|infiltrat(?:ed|ion|ions|ors?)|sabotage (?:groups?|units?|attempts?|raids?)|(?:tried|attempted|attempts?|attempting) to (?:cross|breach|infiltrate|advance)|counter-offensive|(?:violent|military|armed|deadly) (?:escalations?|confrontations?)|escalated into|(?:war|conflict)\b[^.]{0,60}\b(?:began|broke out|erupted|started|resumed))\b/i],
  ['Attack', /\b(?:massacre|executed|beaten|beating|assaulted|lynch)\b/i],
  ['Abduction/forced disappearance', /\b(?:abduct(?:ed|ion)|kidnap(?:ped|ping))\b/i],
  ['Arrests', /\b(?:arrest(?:ed|s)?|detain(?:ed|ment)|detentions?)\b/i],
  ['Peaceful protest', /\b(?:[Pp]rotests?|[Pp]rotesters|[Rr]all(?:y|ies)|[Dd]emonstrat(?:ion|ions|ors)|march(?:ed|es|ers)?)\b/],
  ['Military exercise', /\b(?:exercises?|drills?|manoeuvres?|maneuvers?|combat readiness)\b/i],
  ['Arms transfer', /\b(?:arms (?:sales?|deliveries|supplies|shipments?)|weapons (?:shipments?|deliveries|supplies)|supplied (?:\w+ )?(?:with )?(?:arms|weapons)|purchase of (?:ammunition|weapons|arms)|sent .{0,30}weapons)\b/i],
  ['Mission deployment', /\b(?:deploy(?:ed|ment|s)?|monitoring mission|observer mission|peacekeepers?|peacekeeping)\b/i],
  ['Legal action', /\b(?:court|lawsuit|tribunal|ICJ|ruling|case against)\b/i],
  ['Agreement', /\b(?:signed|ceasefire|cease-fire|truce|agreement|accord|agreed|protocol|declaration on|peace deal|peace plan|proposal|proposed)\b/i],
  ['Meeting or negotiation', /\b(?:met|meetings?|talks|negotiations?|summits?|visit(?:ed)?|hosted|mediat(?:ed|ion|ing))\b/i],
  ['Statement or demand', /\b(?:said|stated|declared|called|demanded|warned|accused|denied|rejected|criticized|criticised|statement|speech|urged|claimed|announced)\b/i],
  // Dated events ACLED files under "Other": elections, inaugurations, appointments.
  ['Other', /\b(?:elections?|referendum|inaugurat(?:ion|ed)|sworn in|took (?:the )?oath|resigned|appointed|revolution|casualt(?:y|ies)|death toll)\b/i],
];

/**
 * The ACLED sub-event type (or extension) the words of a sentence signal, with the words
 * that decided it; "Other" when nothing does.
 */
export function eventTypeOf(sentence: string): { subEventType: string; cue?: Span } {
  for (const [type, re] of RULES) {
    const m = re.exec(sentence);
    // Violence named only as the topic of something else ("a statement following the
    // shooting", "in response to the clashes") does not make the sentence violent.
    if (m && VIOLENT.has(type) && REFERRING.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (m) return { subEventType: type, cue: { start: m.index, end: m.index + m[0].length, text: m[0] } };
  }
  return { subEventType: 'Other' };
}

const VIOLENT = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash', 'Disrupted weapons use']);
// The words between may not hold a reporting verb: "the Ministry of Defence said fighting went on" tells of fighting.
const REFERRING = /\b(?:following|after|since|over|about|regarding|concerning|in response to|in the wake of|on the heels of|before|amid|of)\s+(?:the\s+|this\s+|that\s+|these\s+)?(?:(?!(?:said|says|reported|stated|announced|added|claimed|confirmed)\b)\w+\s+){0,2}$/i;

/** Violent types outrank talk: an incident with any clash sentence is a clash, not a statement. */
export const TYPE_PRIORITY = [...new Set(RULES.map(([type]) => type).concat('Other'))];

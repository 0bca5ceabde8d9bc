import type { FigureHedge, Group, Outcome } from '../../domain/index.js';
import { findNumbers, readNumber, tokenize, type FoundNumber, type Token } from './numbers.js';
import type { FoundFigure } from './types.js';

const UNKNOWN = 'unknown';

// Runs on every sentence: only one naming a casualty in some form goes on to the parse.
// It must stay a superset of every outcome word below.
const CUE =
  /\b(?:kill|die[ds]?\b|dead|death|fatal|lives\b|perish|passed away|slain|murder|execut|martyr|bodies\b|los(?:t|e|es|ing)\b|wound|injur|hurt|missing|unaccounted|disappear|captur|prisoner|pows?\b|captive|hostage|abduct|kidnap|displac|fled\b|flee|homes\b|homeless|refugee|evacu|uproot|expel|expuls|deport|exodus|flight of|driven|forced out|idps?\b|casualt|toll\b)/i;

function lexicon<T extends string>(groups: Record<T, string>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(groups) as [T, string][]) for (const w of words.split(' ')) map.set(w, value);
  return map;
}

/** Words for people a count can be of, by the group the word alone implies; `inherit` takes the figure before. */
const PEOPLE = lexicon<Group | 'inherit'>({
  military:
    'serviceman servicemen servicewoman servicewomen servicemember servicemembers soldier soldiers troops personnel officer officers conscript conscripts fighter fighters guard guards guardsman guardsmen general generals colonel colonels lieutenant lieutenants captain captains sergeant sergeants commander commanders commandos militants pilot pilots crewmen sailor sailors combatant combatants recruits reservists paratroopers snipers sappers marines peacekeeper peacekeepers policeman policemen mercenaries insurgents',
  civilian:
    'civilian civilians child children kid kids boy boys girl girls baby babies infant infants teenager teenagers minors woman women resident residents villager villagers inhabitant inhabitants farmer farmers shepherd shepherds pensioner pensioners journalist journalists reporter reporters doctor doctors nurse nurses teacher teachers student students pupils passenger passengers worker workers fishermen firefighters rescuers employee employees family families',
  unknown: 'people person persons individual individuals man men victim victims member members citizen citizens nationals volunteer volunteers relative relatives son sons daughter daughters brother brothers father fathers mother mothers us',
  inherit: 'others other them those',
});

/** Words that name the outcome themselves: "200 casualties", "one wounded", "hundreds of lives". */
const OUTCOME_NOUNS = lexicon<Outcome>({
  killed: 'casualties casualty dead deaths death fatalities killed lives bodies',
  wounded: 'wounded injured injuries',
  missing: 'missing',
  captured: 'prisoners prisoner pows captives hostages',
  displaced: 'refugees evacuees displaced idps',
});

/** Words between a number and its noun; some say which group the people belong to. */
const MODIFIERS = lexicon<'military' | 'civilian' | 'age' | ''>({
  military: 'military army service border armed security police naval',
  civilian: 'civilian',
  // An elderly person in a casualty count is not a serving soldier.
  age: 'elderly',
  '': 'more other additional further unarmed innocent peaceful young old local ethnic national senior junior high ranking major contract fellow regular reserve professional female male killed captured',
});

const HEDGES = new Map<string, FigureHedge>([
  ...words('at_least', 'at least|no fewer than|no less than|not fewer than|not less than|a minimum of'),
  ...words('more_than', 'more than|over|well over|just over|upwards of|in excess of'),
  ...words('up_to', 'up to|as many as|at most|no more than|not more than|a maximum of'),
  ...words('fewer_than', 'nearly|almost|fewer than|less than|under|just under|close to'),
  ...words('about', 'about|around|approximately|roughly|some|an estimated|estimated|circa'),
  ...words('between', 'between'),
]);
// The slow end-anchored patterns run only when the word before a number could end one.
const HEDGE_END = new Set([...HEDGES.keys()].map((k) => k.split(' ').at(-1)!));
const HEDGE = new RegExp(String.raw`(?:^|[^\p{L}])(${[...HEDGES.keys()].map((k) => k.replace(/ /g, String.raw`\s+`)).join('|')})\s+$`, 'iu');

function words(value: FigureHedge, list: string): [string, FigureHedge][] {
  return list.split('|').map((w) => [w, value]);
}

// A number that counts something else, or is a subset of a count already made.
const SUBSET = /\b(?:including|includes|included|among\s+(?:them|whom|those|these|the\s+\p{L}+)|of\s+(?:whom|them|which))\s*:?\s*$/iu;
const SUBSET_WORD = /includ|among|whom|of them|of which/i;
const NOT_ONE = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'same']);
const YEAR_BEFORE = new Set(['the', 'in', 'since', 'of', 'by', 'until', 'from', 'during', 'after', 'before', 'for', 'early', 'late', 'mid']);
const PARTICIPLES = new Set(['wounded', 'injured', 'missing', 'dead', 'killed', 'displaced']);
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'his', 'her']);
// Words that can follow a bare count ("one wounded", "50 went missing", "killed 5 in ...").
const STOP = new Set(
  'and or but in on at of during after before since by with from to as while when including were was are is have has had been who that amid following among across near according more others than this last yesterday overnight'.split(' '),
);

// Between a count's noun and its outcome: "were reportedly", "who had been", "have all".
const AUX = String.raw`(?:who|that|were|was|are|is|have|has|had|been|being|be|got|get|reportedly|allegedly|also|later|all|both|subsequently|then|since|reported|confirmed|believed|said|to|now|officially|still|remain|remains|remained|apparently|initially|eventually|seriously|severely|critically|badly|lightly|slightly|gravely|each|thought|feared|presumed|in\s+total|so\s+far)`;
const AFTER_OUTCOMES: [Outcome, string][] = [
  ['killed', String.raw`killed|died|dead|perished|passed\s+away|lost\s+their\s+lives|(?:fatally|mortally)\s+(?:wounded|injured)|slain|murdered|executed|martyred|shot\s+dead|lost(?!\s+their\s+homes)`],
  ['wounded', String.raw`wounded|injured|hurt|(?:sustained|received|suffered)\s+(?:\p{L}+\s+)?(?:injuries|wounds)`],
  ['missing', String.raw`went\s+missing|missing|unaccounted\s+for|disappeared`],
  ['captured', String.raw`captured|taken\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)|held\s+(?:captive|hostage|prisoner)|abducted|kidnapped`],
  ['displaced', String.raw`displaced|fled|forced\s+(?:to\s+flee|to\s+leave|from\s+their\s+homes|out)|uprooted|evacuated|expelled|deported|driven\s+(?:from|out)|(?:left|lost)\s+their\s+homes|became\s+refugees|made\s+homeless`],
];
// An aside between noun and verb is skipped: "27 civilians, including women and children, were killed",
// "five villagers, two of them children, were hurt", "nine soldiers, the ministry said, died".
const AFTER = new RegExp(
  String.raw`^(?:\s*,\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them|many\s+of\s+them)\b[^;:.()]{0,80}?|\s*,[^,;:.()]{1,60},)?,?\s+((?:${AUX}\s+){0,4})(?:${AFTER_OUTCOMES.map(([, re]) => `(${re})`).join('|')})\b`,
  'iu',
);
const PASSIVE = /\b(?:were|was|are|is|been|being|be|got|get)\b/i;
const TRANSITIVE = /^(?:killed|wounded|injured|hurt|captured|abducted|kidnapped|displaced|evacuated|expelled|deported|uprooted|executed|murdered)$/i;
// "two soldiers killed three civilians": the soldiers did the killing.
const OBJECT_NEXT = /^\s+(?:the|a|an|his|her|their|its|our|at\s+least|more\s+than|up\s+to|dozens|hundreds|scores|several|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)/i;
const COMBINED = /^\s*,?\s*(?:and|or|and\/or)\s+(?:(?:were|was|also|went)\s+)?(killed|dead|died|wounded|injured|missing|captured|displaced|taken\s+prisoner)\b/i;
const COMBINED_OUTCOME: Record<string, Outcome> = { killed: 'killed', dead: 'killed', died: 'killed', wounded: 'wounded', injured: 'wounded', missing: 'missing', captured: 'captured', taken: 'captured', displaced: 'displaced' };

// Outcome words before a count: "killed at least ten", "the deaths of up to 20", "has lost more than 500".
const FILL = String.raw`(?:(?:a\s+total\s+of|another|an?\s+additional|a\s+further|the)\s+)?`;
const LOST = new RegExp(String.raw`\b(?:lost|los(?:e|es|ing))\s+${FILL}$`, 'i');
const BEFORE: [Outcome, RegExp][] = [
  ['killed', new RegExp(String.raw`\b(?:(?:claim(?:ed|ing|s)?|c[oa]st(?:ing|s)?|took|tak(?:e|es|en|ing)|lost|los(?:e|es|ing))\s+(?:the\s+)?lives\s+of|kill(?:ed|ing|s)?|slew|slaying|murder(?:ed|ing)?|execut(?:ed|ing)|(?:deaths?|killings?|murders?|bodies|remains)\s+of|death\s+toll\s+(?:of|at))\s+${FILL}$`, 'i')],
  ['wounded', new RegExp(String.raw`\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|hurt(?:ing)?|(?:injur(?:y|ies)|wounding)\s+(?:of|to))\s+${FILL}$`, 'i')],
  ['missing', /\bdisappearance\s+of\s+(?:the\s+)?$/i],
  ['captured', new RegExp(String.raw`\b(?:captur(?:ed|ing|es|e)|capture\s+of|abduct(?:ed|ing|s)?|abduction\s+of|kidnapp?(?:ed|ing|s)?)\s+${FILL}$`, 'i')],
  ['displaced', new RegExp(String.raw`\b(?:displac(?:ed|ing|es|e)|displacement\s+of|uproot(?:ed|ing|s)?|evacuat(?:ed|ing|es|e)|evacuation\s+of|expell?(?:ed|ing|s)?|(?:expulsion|exodus|flight|deportation)\s+of|deport(?:ed|ing|s)?|forc(?:ed|ing)\s+out|dr(?:ove|iven|ive|iving)\s+out)\s+${FILL}$`, 'i')],
];
// A tally and a level: "the death toll rose to 50", "casualties dropped to 8", "Armenian casualties stood at".
const LEVEL =
  /(?:([\p{L}'’-]+)\s+)?(?:(civilian|military)\s+)?\b(death\s+toll|toll|casualt(?:y|ies)(?:\s+(?:toll|count|figures?))?|fatalities|deaths|dead|injured|wounded|displaced|refugees|missing|(?:number|count)\s+of\s+(?:the\s+)?(?:dead|deaths|casualties|fatalities|killed|victims|wounded|injured|displaced|refugees|missing|prisoners))(?:\s+[\p{L}'’-]+){0,3}?\s+(?:rose|climbed|increased|grew|jumped|reached|hit|stood|stands|dropped|fell|declined|decreased|totall?ed|amounted|is|was|were|are|of|(?:has|had|have)\s+(?:risen|reached|climbed|grown|increased))(?:\s+(?:to|at))?\s+$/iu;
const BEFORE_END =
  /^(?:of|the|at|to|another|additional|further|out|lost|los(?:e|es|ing)|kill\w*|slew|slaying|murder\w*|execut\w*|wound\w*|injur\w*|hurt\w*|captur\w*|abduct\w*|kidnap\w*|displac\w*|uproot\w*|evacuat\w*|expell?\w*|deport\w*|rose|climbed|increased|grew|jumped|reached|hit|stood|stands|dropped|fell|declined|decreased|totall?ed|amounted|is|was|were|are|risen|grown)$/;
const LIVES_CUE = /\b(?:claim\w*|c[oa]st\w*|took|tak\w+|lost|los\w+|sacrific\w+)\s+(?:the\s+)?$/i;
const LIVES_LOST = /^\s+(?:(?:were|was|have\s+been|had\s+been|been)\s+)?lost\b/i;
const TAKEN = /\b(?:took|tak(?:e|es|en|ing)|held|hold(?:s|ing)?)\s+$/i;
const AS_PRISONER = /^\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)\b/i;

// After a noun: whose people they were.
const BOTH_SIDES = /^\s*,?\s*(?:on|from|of|in|for|among)\s+(?:both|each|either|the\s+two)\s+(?:sides?|countries|parties|armies)\b(?:\s+of\s+the\s+(?:border|front(?:\s*line)?|line\s+of\s+contact|conflict))?/i;
const OF_WAR = /^\s+of\s+war\b/i;
const OF_FORCES = /^\s+of\s+(?:the\s+)?(?:([\p{L}'’]+)\s+)?(?:armed\s+forces|army|military|forces|police|border\s+(?:guards?|service))\b/iu;
const OF_SIDE = /^\s+(?:of|from|on)\s+(?:the\s+)?([\p{L}'’]+)(?:\s+(?:side|army|armed\s+forces|forces|military|troops))?\b/iu;
const CLAUSE = /[,;:()]|\b(?:while|whereas|but|and|although|as|which|who)\b/gi;
const COORDINATED = /^\s*,?\s*(?:(?:and|or|as\s+well\s+as|plus|along\s+with)\s+)?(?:(?:his|her|their|its|the)\s+)?$/i;

/** The noun phrase a number counts, read left to right from the token after it. */
type Phrase = {
  kind: 'person' | 'outcome' | 'none' | 'thing';
  group?: Group;
  /** No word of its own for the people ("one wounded", "40 others"): they are those of the figure before. */
  inherit: boolean;
  /** A nationality adjective standing for a noun said later: "four Armenian and three Azerbaijani soldiers". */
  elided: boolean;
  side?: string;
  /** "of the wounded": the noun says who was counted, not what happened to them now. */
  partitive: boolean;
  /** Offset after the phrase (and after "on both sides", "of the Armenian army"). */
  end: number;
  head?: string;
};

type Candidate = {
  from: number;
  to: number;
  start: number;
  end: number;
  outcome?: Outcome;
  outcomes?: Outcome[];
  casualties: boolean;
  group?: Group;
  side?: string;
  subjectSide: boolean;
  inherit: boolean;
  elided: boolean;
  /** A number with no noun ("and one wounded"): it takes no verb from a neighbour. */
  bare: boolean;
  hedge: FigureHedge;
  count: number;
  min?: number;
  max?: number;
  vague: boolean;
};

/**
 * Casualty figures a sentence states, offsets relative to the sentence: who (group and,
 * through `sideWords`, side), what happened to them, how many and how hedged. A number
 * counts only with an outcome word bound to it, before ("killed at least ten civilians")
 * or after ("four soldiers were killed"); subsets ("including two children") add nothing.
 * @example findCasualties('Up to 20 soldiers on both sides were killed.', sideWords)
 *   // [{ outcome: 'killed', group: 'military', side: 'unknown', hedge: 'up_to', count: 20, ... }]
 */
export function findCasualties(sentence: string, sideWords: ReadonlyMap<string, string>): FoundFigure[] {
  if (!CUE.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const found: Candidate[] = [];
  for (const n of findNumbers(sentence, tokens)) {
    const c = candidate(sentence, tokens, n, sideWords);
    if (c) found.push(c);
  }
  // A count sharing a verb with its neighbour: "killed 4 soldiers and 2 civilians", "a soldier and a civilian were killed".
  for (let i = 1; i < found.length; i++) inheritOutcome(found[i], found[i - 1], sentence.slice(found[i - 1].to, found[i].from));
  for (let i = found.length - 2; i >= 0; i--) inheritOutcome(found[i], found[i + 1], sentence.slice(found[i].to, found[i + 1].from));
  const kept = found.filter((c) => c.outcome);
  for (let i = 1; i < kept.length; i++) {
    if (!kept[i].inherit) continue;
    kept[i].group ??= kept[i - 1].group;
    kept[i].side ??= kept[i - 1].side;
  }
  // "200 casualties and 400 injured": beside a separate injured figure, casualties are the dead.
  const separateWounded = kept.some((c) => c.outcome === 'wounded' && c.outcomes?.length === 1);
  return kept.map((c) => {
    const outcomes = c.casualties && separateWounded ? ['killed' as const] : (c.outcomes ?? [c.outcome!]);
    return {
      start: c.start, end: c.end, text: sentence.slice(c.start, c.end), outcome: c.outcome!, outcomes,
      group: c.group ?? 'unknown', side: c.side ?? UNKNOWN, hedge: c.hedge, count: c.count,
      ...(c.min !== undefined ? { min: c.min, max: c.max } : {}), vague: c.vague,
    };
  });
}

function inheritOutcome(c: Candidate, from: Candidate, between: string): void {
  if (c.outcome || !from.outcome || c.bare || !COORDINATED.test(between)) return;
  c.outcome = from.outcome;
  c.outcomes = from.outcomes;
  c.casualties = from.casualties;
  if (from.subjectSide) c.side ??= from.side;
  if (c.elided) c.group = from.group;
  c.start = Math.min(c.start, c.from);
  c.end = Math.max(c.end, c.to);
}

function candidate(s: string, t: readonly Token[], n: FoundNumber, sideWords: ReadonlyMap<string, string>): Candidate | undefined {
  if (!Number.isInteger(n.value) || notACount(t, n)) return undefined;
  const hedged = HEDGE_END.has(lastWord(s, n.start)) ? HEDGE.exec(s.slice(Math.max(0, n.start - 30), n.start)) : null;
  const from = hedged ? n.start - hedged[0].length + hedged[0].indexOf(hedged[1]) : n.start;
  const lead = s.slice(Math.max(0, from - 40), from);
  if (SUBSET_WORD.test(lead) && SUBSET.test(lead)) return undefined;
  const post = hedgeAfter(t, n.last);
  const stated = post.hedge ?? (hedged ? HEDGES.get(hedged[1].toLowerCase().replace(/\s+/g, ' ')) : undefined);
  const next = post.next;

  const p = readPhrase(s, t, next, sideWords);
  if (p.kind === 'thing' || (n.single && p.kind !== 'person')) return undefined;
  // A year ("in 2019", "the 2020 deaths") counts only as a count of people ("2000 troops").
  if (/^\d{4}$/.test(n.text) && n.value >= 1800 && n.value <= 2100 && (p.kind === 'none' || YEAR_BEFORE.has(t[n.first - 1]?.lower))) return undefined;

  const c: Candidate = {
    from, to: p.end, start: from, end: p.end, casualties: false, group: p.group, side: p.side, subjectSide: false,
    inherit: p.inherit, elided: p.elided, bare: p.kind === 'none', count: n.value, vague: n.vague,
    hedge: n.max !== undefined ? 'between' : stated && stated !== 'between' ? stated : n.vague ? 'at_least' : 'exact',
    ...(n.max !== undefined ? { min: n.value, max: n.max } : {}),
  };
  const before = s.slice(Math.max(0, from - 80), from);
  const after = s.slice(p.end, p.end + 200);
  if (p.kind === 'outcome' && !p.partitive) {
    if (p.head === 'lives' && !LIVES_CUE.test(before) && !LIVES_LOST.test(after)) return undefined;
    setOutcome(c, OUTCOME_NOUNS.get(p.head!)!, p.head === 'casualties' || p.head === 'casualty');
    combine(c, after);
  }
  if (!c.outcome && BEFORE_END.test(lastWord(s, from))) outcomeBefore(c, s, before, sideWords);
  if (!c.outcome) outcomeAfter(c, after, before);
  if (!c.outcome && p.kind === 'outcome') setOutcome(c, OUTCOME_NOUNS.get(p.head!)!, p.head === 'casualties');
  return c;
}

/** "5 or more", "5+", "5-plus", "5 or so". */
function hedgeAfter(t: readonly Token[], next: number): { hedge?: FigureHedge; next: number } {
  const a = t[next]?.lower;
  const b = t[next + 1]?.lower;
  if (a === 'or' && b === 'more') return { hedge: 'at_least', next: next + 2 };
  if (a === '+') return { hedge: 'at_least', next: next + 1 };
  if (a === '-' && b === 'plus') return { hedge: 'at_least', next: next + 2 };
  if (a === 'or' && b === 'so') return { hedge: 'about', next: next + 2 };
  return { next };
}

/** Numbers that are not counts of people: ages, labels ("Article 4"), dates, percentages, "no one". */
function notACount(t: readonly Token[], n: FoundNumber): boolean {
  const prev = t[n.first - 1];
  const next = t[n.last]?.lower;
  if (ageAt(t, n.first) || prev?.lower === 'aged') return true;
  // "The soldier, 24, was killed": a bare number set off by commas after a person is an age.
  if (prev?.text === ',' && next === ',' && (PEOPLE.has(t[n.first - 2]?.lower) || /^\p{Lu}/u.test(t[n.first - 2]?.text ?? ''))) return true;
  // "five villagers, two of them children": a subset set off by commas.
  if (prev?.text === ',' && next === 'of' && /^(?:them|whom)$/.test(t[n.last + 1]?.lower ?? '')) return true;
  if (next === '%' || next === 'percent' || (next === 'per' && t[n.last + 1]?.lower === 'cent')) return true;
  if (n.value === 1 && !n.single && prev && NOT_ONE.has(prev.lower)) return true;
  // "Article 4", "Resolution 822", "February 13": a capitalised word right before a number names it.
  return !!prev && n.first > 1 && !n.single && /^\p{Lu}\p{L}*$/u.test(prev.text) && !HEDGES.has(prev.lower);
}

function setOutcome(c: Candidate, outcome: Outcome, casualties = false): void {
  c.outcome = outcome;
  c.casualties = casualties;
  c.outcomes = casualties ? ['killed', 'wounded'] : [outcome];
}

/** "killed or missing", "dead and wounded": one figure for outcomes stated together. */
function combine(c: Candidate, after: string): void {
  const m = COMBINED.exec(after);
  const second = m ? COMBINED_OUTCOME[m[1].toLowerCase().split(/\s/)[0]] : undefined;
  if (!m || !second || second === c.outcome || c.casualties) return;
  c.outcomes = [c.outcome!, second];
  c.end = Math.max(c.end, c.to + m[0].length);
}

function outcomeBefore(c: Candidate, s: string, before: string, sideWords: ReadonlyMap<string, string>): void {
  const lost = LOST.exec(before);
  if (lost) {
    setOutcome(c, 'killed');
    const cue = c.from - lost[0].length + lost[0].search(/\S/);
    c.start = cue;
    // "Azerbaijan has lost at least 43 civilians": the loser is the subject.
    const subject = sideIn(s.slice(Math.max(0, cue - 60), cue).split(CLAUSE).pop() ?? '', sideWords);
    if (subject && !c.side) [c.side, c.subjectSide] = [subject, true];
    return;
  }
  for (const [outcome, re] of BEFORE) {
    const m = re.exec(before);
    if (!m) continue;
    setOutcome(c, outcome);
    c.start = c.from - m[0].length + m[0].search(/\S/);
    return;
  }
  const level = LEVEL.exec(before);
  if (level) {
    const noun = level[3].toLowerCase();
    const word = noun.match(/\p{L}+$/u)![0];
    const casualties = /casualt/.test(noun);
    setOutcome(c, casualties ? 'killed' : /toll|deaths|dead|fatal|killed|victims/.test(word) ? 'killed' : OUTCOME_NOUNS.get(word) ?? 'killed', casualties);
    c.start = c.from - level[0].length + level[0].search(/\S/);
    // The tally is its own noun: "casualties dropped to 8" takes nobody from the figure before.
    c.inherit = false;
    c.side ??= level[1] ? sideOf(level[1], sideWords) : undefined;
    if (level[2]) c.group ??= level[2].toLowerCase() as Group;
  }
}

function outcomeAfter(c: Candidate, after: string, before: string): void {
  if (TAKEN.test(before) && AS_PRISONER.test(after)) {
    setOutcome(c, 'captured');
    c.end = c.to + AS_PRISONER.exec(after)![0].length;
    return;
  }
  const m = AFTER.exec(after);
  if (!m) return;
  const i = m.slice(2).findIndex((g) => g !== undefined);
  const verb = m[i + 2];
  const rest = after.slice(m[0].length);
  if (!PASSIVE.test(m[1]) && TRANSITIVE.test(verb) && OBJECT_NEXT.test(rest)) return;
  setOutcome(c, AFTER_OUTCOMES[i][0]);
  c.end = c.to + m[0].length;
  combine(c, rest);
  if (c.outcomes!.length > 1) c.end += COMBINED.exec(rest)![0].length;
}

function readPhrase(s: string, t: readonly Token[], i: number, sideWords: ReadonlyMap<string, string>): Phrase {
  const phrase: Phrase = { kind: 'none', inherit: false, elided: false, partitive: false, end: t[i - 1]?.end ?? 0 };
  let j = i;
  const partitive = t[j]?.lower === 'of';
  if (partitive) {
    phrase.partitive = DETERMINERS.has(t[j + 1]?.lower);
    j += phrase.partitive ? 2 : 1;
  }
  let strong: Group | undefined;
  let weak: Group | undefined;
  let lastSide = -1;
  let head = -1;
  let mods = 0;
  for (; j < t.length && mods <= 5; j++) {
    const w = t[j].lower;
    if (w === '-') continue;
    const age = ageAt(t, j);
    if (age) {
      if (age.age < 18 || age.age >= 65) weak = 'civilian';
      j = age.end - 1;
      mods++;
      continue;
    }
    if ((PEOPLE.has(w) || OUTCOME_NOUNS.has(w)) && !headAhead(t, j + 1, sideWords)) {
      head = j;
      break;
    }
    const people = PEOPLE.get(w);
    if (people === 'civilian' || people === 'military') strong = people;
    const code = sideOf(t[j].text, sideWords);
    const hint = MODIFIERS.get(w);
    if (code) [phrase.side, lastSide] = [code, j];
    else if (hint === 'age') weak = 'civilian';
    else if (hint) strong = hint;
    else if (hint === undefined && people === undefined && !OUTCOME_NOUNS.has(w) && !/^\p{Lu}\p{Ll}/u.test(t[j].text)) break;
    mods++;
  }
  if (head < 0 && lastSide >= 0 && lastSide === j - 1) {
    // A nationality as the noun: "104,000 Karabakh Armenians fled".
    head = lastSide;
    phrase.elided = !/s$/i.test(t[head].text);
  }
  if (head < 0) {
    // "one of the sides", "four Armenian posts": something other than people.
    if (partitive || mods > 0 || (t[i] && !STOP.has(t[i].lower) && /[\p{L}\d%$€£#]/u.test(t[i].text) && !AFTER.test(s.slice(phrase.end, phrase.end + 120)))) phrase.kind = 'thing';
    else phrase.inherit = true;
    return phrase;
  }
  const w = t[head].lower;
  const people = PEOPLE.get(w);
  phrase.head = w;
  phrase.kind = people !== undefined || head === lastSide ? 'person' : 'outcome';
  phrase.group = strong ?? (people === 'civilian' || people === 'military' ? people : w === 'pows' ? 'military' : weak);
  phrase.end = t[head].end;
  qualify(phrase, s, t, head + 1, sideWords);
  phrase.inherit = phrase.group === undefined && phrase.side === undefined && (people === 'inherit' || phrase.kind === 'outcome');
  return phrase;
}

/** Is a noun for people still to come, past modifiers? Then the word before it is a modifier ("civilian casualties"). */
function headAhead(t: readonly Token[], j: number, sideWords: ReadonlyMap<string, string>): boolean {
  for (let k = j; k < j + 4 && k < t.length; k++) {
    const w = t[k].lower;
    if (PEOPLE.has(w) && PEOPLE.get(w) !== 'inherit') return true;
    // Only a true noun can be the head after a people word: "civilian casualties", not "soldiers wounded".
    if (OUTCOME_NOUNS.has(w)) return !PARTICIPLES.has(w);
    if (w === '-' || MODIFIERS.has(w) || sideOf(t[k].text, sideWords) || ageAt(t, k)) continue;
    return false;
  }
  return false;
}

/** What follows the noun: "of war", "of the Armenian army", "on both sides", "and civilians". */
function qualify(phrase: Phrase, s: string, t: readonly Token[], next: number, sideWords: ReadonlyMap<string, string>): void {
  let m: RegExpExecArray | null;
  if ((m = OF_WAR.exec(s.slice(phrase.end, phrase.end + 100)))) {
    phrase.group ??= 'military';
    phrase.end += m[0].length;
  } else if ((m = OF_FORCES.exec(s.slice(phrase.end, phrase.end + 100)))) {
    phrase.group = 'military';
    phrase.side ??= m[1] ? sideOf(m[1], sideWords) : undefined;
    phrase.end += m[0].length;
  } else if ((m = OF_SIDE.exec(s.slice(phrase.end, phrase.end + 100))) && sideOf(m[1], sideWords)) {
    phrase.side ??= sideOf(m[1], sideWords);
    phrase.end += m[0].length;
  }
  if ((m = BOTH_SIDES.exec(s.slice(phrase.end, phrase.end + 100)))) {
    phrase.side = UNKNOWN;
    phrase.end += m[0].length;
    return;
  }
  // "several military personnel and civilians": one count over both nouns.
  while (next < t.length && t[next].end <= phrase.end) next++;
  if (t[next]?.lower !== 'and' && t[next]?.lower !== 'or') return;
  for (let k = next + 1; k < next + 4 && k < t.length; k++) {
    if (readNumber(t, k)) return;
    const w = t[k].lower;
    const group = PEOPLE.get(w);
    if (group !== undefined && group !== 'inherit') {
      if (phrase.group !== group) phrase.group = 'unknown';
      phrase.end = t[k].end;
      return;
    }
    const code = sideOf(t[k].text, sideWords);
    if (code && phrase.side && code !== phrase.side) phrase.side = UNKNOWN;
    if (!code && !MODIFIERS.has(w)) return;
  }
}

function ageAt(t: readonly Token[], i: number): { age: number; end: number } | undefined {
  if (!/^(?:\d|\p{L})/u.test(t[i]?.text ?? '') || t[i].lower === 'a') return undefined;
  const r = readNumber(t, i);
  if (!r || r.single || r.vague) return undefined;
  let j = r.end;
  if (t[j]?.lower === '-') j++;
  if (t[j]?.lower !== 'year' && t[j]?.lower !== 'years') return undefined;
  if (t[++j]?.lower === '-') j++;
  return t[j]?.lower === 'old' ? { age: r.value, end: j + 1 } : undefined;
}

/** The lower-case word just before an offset, across spaces. */
function lastWord(s: string, at: number): string {
  let end = at;
  while (end > 0 && s.charCodeAt(end - 1) <= 32) end--;
  const start = s.lastIndexOf(' ', end - 1) + 1;
  return s.slice(start, end).toLowerCase().replace(/^[^\p{L}\d]+/u, '');
}

/**
 * The side a word names. Names of peoples and countries are capitalised in English, so a
 * lower-case word is never one: "two of us" is not the US.
 */
function sideOf(word: string, sideWords: ReadonlyMap<string, string>): string | undefined {
  const first = word[0] ?? '';
  return first === first.toUpperCase() ? sideWords.get(bare(word)) : undefined;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

function sideIn(text: string, sideWords: ReadonlyMap<string, string>): string | undefined {
  let side: string | undefined;
  for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) side = sideOf(m[0], sideWords) ?? side;
  return side;
}

import type { FigureHedge, Group, Outcome } from '../../domain/index.js';

export const UNKNOWN = 'unknown';

// Runs on every sentence: only one naming a casualty in some form goes on to the parse.
// It must stay a superset of every outcome word below.
export const CUE =
  /\b(?:kill|die[ds]?\b|dead|death|fatal|lives\b|perish|passed away|slain|murder|execut|martyr|bodies\b|los(?:t|e|es|ing)\b|wound|injur|hurt|missing|unaccounted|disappear|captur|prisoner|pows?\b|captive|hostage|abduct|kidnap|displac|fled\b|flee|homes\b|homeless|refugee|evacu|uproot|expel|expuls|deport|exodus|flight of|driven|forced out|idps?\b|casualt|toll\b)/i;

function lexicon<T extends string>(groups: Record<T, string>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(groups) as [T, string][]) for (const w of words.split(' ')) map.set(w, value);
  return map;
}

/** Words for people a count can be of, by the group the word alone implies; `inherit` takes the figure before. */
export const PEOPLE = lexicon<Group | 'inherit'>({
  military:
    'serviceman servicemen servicewoman servicewomen servicemember servicemembers soldier soldiers troops personnel officer officers conscript conscripts fighter fighters guard guards guardsman guardsmen general generals colonel colonels lieutenant lieutenants captain captains sergeant sergeants commander commanders commandos militants pilot pilots crewmen sailor sailors combatant combatants recruits reservists paratroopers snipers sappers marines peacekeeper peacekeepers policeman policemen mercenaries insurgents',
  civilian:
    'civilian civilians child children kid kids boy boys girl girls baby babies infant infants teenager teenagers minors woman women resident residents villager villagers inhabitant inhabitants farmer farmers shepherd shepherds pensioner pensioners journalist journalists reporter reporters doctor doctors nurse nurses teacher teachers student students pupils passenger passengers worker workers fishermen firefighters rescuers employee employees family families',
  unknown: 'people person persons individual individuals man men victim victims member members citizen citizens nationals volunteer volunteers relative relatives son sons daughter daughters brother brothers father fathers mother mothers us',
  inherit: 'others other them those',
});

/** Words that name the outcome themselves: "200 casualties", "one wounded", "hundreds of lives". */
export const OUTCOME_NOUNS = lexicon<Outcome>({
  killed: 'casualties casualty dead deaths death fatalities killed lives bodies',
  wounded: 'wounded injured injuries',
  missing: 'missing',
  captured: 'prisoners prisoner pows captives hostages',
  displaced: 'refugees evacuees displaced idps',
});

/** Words between a number and its noun; some say which group the people belong to. */
export const MODIFIERS = lexicon<'military' | 'civilian' | 'age' | ''>({
  military: 'military army service border armed security police naval',
  civilian: 'civilian',
  // An elderly person in a casualty count is not a serving soldier.
  age: 'elderly',
  '': 'more other additional further unarmed innocent peaceful young old local ethnic national senior junior high ranking major contract fellow regular reserve professional female male killed captured',
});

export const HEDGES = new Map<string, FigureHedge>([
  ...words('at_least', 'at least|no fewer than|no less than|not fewer than|not less than|a minimum of'),
  ...words('more_than', 'more than|over|well over|just over|upwards of|in excess of'),
  ...words('up_to', 'up to|as many as|at most|no more than|not more than|a maximum of'),
  ...words('fewer_than', 'nearly|almost|fewer than|less than|under|just under|close to'),
  ...words('about', 'about|around|approximately|roughly|some|an estimated|estimated|circa'),
  ...words('between', 'between'),
]);
// The slow end-anchored patterns run only when the word before a number could end one.
export const HEDGE_END = new Set([...HEDGES.keys()].map((k) => k.split(' ').at(-1)!));
export const HEDGE = new RegExp(String.raw`(?:^|[^\p{L}])(${[...HEDGES.keys()].map((k) => k.replace(/ /g, String.raw`\s+`)).join('|')})\s+$`, 'iu');

function words(value: FigureHedge, list: string): [string, FigureHedge][] {
  return list.split('|').map((w) => [w, value]);
}

// A number that counts something else, or is a subset of a count already made.
export const SUBSET = /\b(?:including|includes|included|among\s+(?:them|whom|those|these|the\s+\p{L}+)|of\s+(?:whom|them|which))\s*:?\s*$/iu;
export const SUBSET_WORD = /includ|among|whom|of them|of which/i;
export const NOT_ONE = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'same']);
export const YEAR_BEFORE = new Set(['the', 'in', 'since', 'of', 'by', 'until', 'from', 'during', 'after', 'before', 'for', 'early', 'late', 'mid']);
export const PARTICIPLES = new Set(['wounded', 'injured', 'missing', 'dead', 'killed', 'displaced']);
export const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'his', 'her']);
// Words that can follow a bare count ("one wounded", "50 went missing", "killed 5 in ...").
export const STOP = new Set(
  'and or but in on at of during after before since by with from to as while when including were was are is have has had been who that amid following among across near according more others than this last yesterday overnight'.split(' '),
);

// Between a count's noun and its outcome: "were reportedly", "who had been", "have all".
const AUX = String.raw`(?:who|that|were|was|are|is|have|has|had|been|being|be|got|get|reportedly|allegedly|also|later|all|both|subsequently|then|since|reported|confirmed|believed|said|to|now|officially|still|remain|remains|remained|apparently|initially|eventually|seriously|severely|critically|badly|lightly|slightly|gravely|each|thought|feared|presumed|in\s+total|so\s+far)`;
export const AFTER_OUTCOMES: [Outcome, string][] = [
  ['killed', String.raw`killed|died|dead|perished|passed\s+away|lost\s+their\s+lives|(?:fatally|mortally)\s+(?:wounded|injured)|slain|murdered|executed|martyred|shot\s+dead|lost(?!\s+their\s+homes)`],
  ['wounded', String.raw`wounded|injured|hurt|(?:sustained|received|suffered)\s+(?:\p{L}+\s+)?(?:injuries|wounds)`],
  ['missing', String.raw`went\s+missing|missing|unaccounted\s+for|disappeared`],
  ['captured', String.raw`captured|taken\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)|held\s+(?:captive|hostage|prisoner)|abducted|kidnapped`],
  ['displaced', String.raw`displaced|fled|forced\s+(?:to\s+flee|to\s+leave|from\s+their\s+homes|out)|uprooted|evacuated|expelled|deported|driven\s+(?:from|out)|(?:left|lost)\s+their\s+homes|became\s+refugees|made\s+homeless`],
];
// An aside between noun and verb is skipped: "12 civilians, among them women and children, were killed",
// "five villagers, two of them children, were hurt", "nine soldiers, the ministry said, died".
export const AFTER = new RegExp(
  String.raw`^(?:\s*,\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them|many\s+of\s+them)\b[^;:.()]{0,80}?|\s*,[^,;:.()]{1,60},)?,?\s+((?:${AUX}\s+){0,4})(?:${AFTER_OUTCOMES.map(([, re]) => `(${re})`).join('|')})\b`,
  'iu',
);
export const PASSIVE = /\b(?:were|was|are|is|been|being|be|got|get)\b/i;
export const TRANSITIVE = /^(?:killed|wounded|injured|hurt|captured|abducted|kidnapped|displaced|evacuated|expelled|deported|uprooted|executed|murdered)$/i;
// "two soldiers killed three civilians": the soldiers did the killing.
export const OBJECT_NEXT = /^\s+(?:the|a|an|his|her|their|its|our|at\s+least|more\s+than|up\s+to|dozens|hundreds|scores|several|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)/i;
export const COMBINED = /^\s*,?\s*(?:and|or|and\/or)\s+(?:(?:were|was|also|went)\s+)?(killed|dead|died|wounded|injured|missing|captured|displaced|taken\s+prisoner)\b/i;
export const COMBINED_OUTCOME: Record<string, Outcome> = { killed: 'killed', dead: 'killed', died: 'killed', wounded: 'wounded', injured: 'wounded', missing: 'missing', captured: 'captured', taken: 'captured', displaced: 'displaced' };

// Outcome words before a count: "killed at least ten", "the deaths of up to 20", "has lost more than 500".
const FILL = String.raw`(?:(?:a\s+total\s+of|another|an?\s+additional|a\s+further|the)\s+)?`;
export const LOST = new RegExp(String.raw`\b(?:lost|los(?:e|es|ing))\s+${FILL}$`, 'i');
export const BEFORE: [Outcome, RegExp][] = [
  ['killed', new RegExp(String.raw`\b(?:(?:claim(?:ed|ing|s)?|c[oa]st(?:ing|s)?|took|tak(?:e|es|en|ing)|lost|los(?:e|es|ing))\s+(?:the\s+)?lives\s+of|kill(?:ed|ing|s)?|slew|slaying|murder(?:ed|ing)?|execut(?:ed|ing)|(?:deaths?|killings?|murders?|bodies|remains)\s+of|death\s+toll\s+(?:of|at))\s+${FILL}$`, 'i')],
  ['wounded', new RegExp(String.raw`\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|hurt(?:ing)?|(?:injur(?:y|ies)|wounding)\s+(?:of|to))\s+${FILL}$`, 'i')],
  ['missing', /\bdisappearance\s+of\s+(?:the\s+)?$/i],
  ['captured', new RegExp(String.raw`\b(?:captur(?:ed|ing|es|e)|capture\s+of|abduct(?:ed|ing|s)?|abduction\s+of|kidnapp?(?:ed|ing|s)?)\s+${FILL}$`, 'i')],
  ['displaced', new RegExp(String.raw`\b(?:displac(?:ed|ing|es|e)|displacement\s+of|uproot(?:ed|ing|s)?|evacuat(?:ed|ing|es|e)|evacuation\s+of|expell?(?:ed|ing|s)?|(?:expulsion|exodus|flight|deportation)\s+of|deport(?:ed|ing|s)?|forc(?:ed|ing)\s+out|dr(?:ove|iven|ive|iving)\s+out)\s+${FILL}$`, 'i')],
];
// A tally and a level: "the death toll rose to 50", "casualties dropped to 8", "Armenian casualties stood at".
export const LEVEL =
  /(?:([\p{L}'’-]+)\s+)?(?:(civilian|military)\s+)?\b(death\s+toll|toll|casualt(?:y|ies)(?:\s+(?:toll|count|figures?))?|fatalities|deaths|dead|injured|wounded|displaced|refugees|missing|(?:number|count)\s+of\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?)(?:dead|deaths|casualties|fatalities|killed|victims|wounded|injured|displaced|refugees|missing|prisoners))(?:\s+[\p{L}'’-]+){0,3}?\s+(?:rose|climbed|increased|grew|jumped|reached|hit|stood|stands|dropped|fell|declined|decreased|totall?ed|amounted|is|was|were|are|of|(?:has|had|have)\s+(?:risen|reached|climbed|grown|increased))(?:\s+(?:to|at))?\s+$/iu;
export const BEFORE_END =
  /^(?:of|the|at|to|another|additional|further|out|lost|los(?:e|es|ing)|kill\w*|slew|slaying|murder\w*|execut\w*|wound\w*|injur\w*|hurt\w*|captur\w*|abduct\w*|kidnap\w*|displac\w*|uproot\w*|evacuat\w*|expell?\w*|deport\w*|rose|climbed|increased|grew|jumped|reached|hit|stood|stands|dropped|fell|declined|decreased|totall?ed|amounted|is|was|were|are|risen|grown)$/;
export const LIVES_CUE = /\b(?:claim\w*|c[oa]st\w*|took|tak\w+|lost|los\w+|sacrific\w+)\s+(?:the\s+)?$/i;
export const LIVES_LOST = /^\s+(?:(?:were|was|have\s+been|had\s+been|been)\s+)?lost\b/i;
export const TAKEN = /\b(?:took|tak(?:e|es|en|ing)|held|hold(?:s|ing)?)\s+$/i;
export const AS_PRISONER = /^\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)\b/i;

// After a noun: whose people they were.
export const BOTH_SIDES = /^\s*,?\s*(?:on|from|of|in|for|among)\s+(?:both|each|either|the\s+two)\s+(?:sides?|countries|parties|armies)\b(?:\s+of\s+the\s+(?:border|front(?:\s*line)?|line\s+of\s+contact|conflict))?/i;
export const OF_WAR = /^\s+of\s+war\b/i;
export const OF_FORCES = /^\s+of\s+(?:the\s+)?(?:([\p{L}'’]+)\s+)?(?:armed\s+forces|army|military|forces|police|border\s+(?:guards?|service))\b/iu;
export const OF_SIDE = /^\s+(?:of|from|on)\s+(?:the\s+)?([\p{L}'’]+)(?:\s+(?:side|army|armed\s+forces|forces|military|troops))?\b/iu;
export const CLAUSE = /[,;:()]|\b(?:while|whereas|but|and|although|as|which|who)\b/gi;
export const COORDINATED = /^\s*,?\s*(?:(?:and|or|as\s+well\s+as|plus|along\s+with)\s+)?(?:(?:his|her|their|its|the)\s+)?$/i;

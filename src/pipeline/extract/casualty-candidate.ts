import type { FigureHedge, Group, Outcome } from '../../domain/index.js';
import { ageAt, readPhrase } from './casualty-phrase.js';
import { sideIn, sideOf } from './casualty-side.js';
import {
  AFTER, AFTER_OUTCOMES, AS_PRISONER, BEFORE, BEFORE_END, CLAUSE, COMBINED, COMBINED_OUTCOME, HEDGE, HEDGE_END, HEDGES, LEVEL, LIVES_CUE,
  LIVES_LOST, LOST, NOT_ONE, OBJECT_NEXT, OUTCOME_NOUNS, PASSIVE, PEOPLE, SUBSET, SUBSET_WORD, TAKEN, TRANSITIVE, YEAR_BEFORE,
} from './casualty-words.js';
import type { FoundNumber, Token } from './numbers.js';

export type Candidate = {
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

export function candidate(s: string, t: readonly Token[], n: FoundNumber, sideWords: ReadonlyMap<string, string>): Candidate | undefined {
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
    // "the number of Azerbaijani servicemen killed ... rose to 4": whose dead, from the words in between.
    if (level[4]) {
      c.side ??= sideIn(level[4], sideWords);
      for (const word of level[4].toLowerCase().split(/\s+/)) {
        const people = PEOPLE.get(word);
        if (people === 'civilian' || people === 'military') c.group ??= people;
      }
    }
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

/** The lower-case word just before an offset, across spaces. */
function lastWord(s: string, at: number): string {
  let end = at;
  while (end > 0 && s.charCodeAt(end - 1) <= 32) end--;
  const start = s.lastIndexOf(' ', end - 1) + 1;
  return s.slice(start, end).toLowerCase().replace(/^[^\p{L}\d]+/u, '');
}

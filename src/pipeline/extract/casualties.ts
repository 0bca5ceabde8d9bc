import { candidate, type Candidate } from './casualty-candidate.js';
import { COORDINATED, CUE, UNKNOWN } from './casualty-words.js';
import { findNumbers, tokenize } from './numbers.js';
import type { FoundFigure } from './types.js';

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

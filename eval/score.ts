import type { GoldFigure, GoldIncident } from './gold-types.js';
import type { PlaceIndex } from './place-index.js';

/** The part of an extracted incident scoring reads; an ExtractedIncident is one. */
export type PredictedIncident = {
  background?: boolean;
  type: { sub_event_type: string };
  date: { start: string; end: string; precision: string };
  places: { id: string; name: string }[];
  casualties: { outcome: string; side: string; low: number; high: number }[];
  claims: { claimant: { country: string } }[];
};

/** A share: `hit` of `of`. */
export type Ratio = { hit: number; of: number };

/** One gold incident paired with the predicted incident it was matched to. */
export type Match = {
  gold: string;
  /** Index of the predicted incident in the extractor's list. */
  predicted: number;
  score: number;
  exact_date: boolean;
  type: boolean;
  /** Null when the gold incident has no places. */
  place: boolean | null;
  casualties: Ratio;
  /** Null when the gold incident cites no claimant besides the author. */
  claimant_side: boolean | null;
};

export type Metrics = {
  incident_recall: Ratio;
  incident_precision: Ratio;
  exact_date: Ratio;
  place: Ratio;
  casualty: Ratio;
  claimant_side: Ratio;
  /** Sub-event type agreement over matched incidents (shown in the table, not in the JSON line). */
  type: Ratio;
};

export type DocumentScore = Metrics & {
  document_id: string;
  matches: Match[];
  /** Gold ids nothing was matched to. */
  missed: string[];
  /** Indexes of non-background predicted incidents matched to no gold incident. */
  spurious: number[];
};

const DAY_MS = 86_400_000;
/** How far apart two ranges may lie and still match when either is known only to the month or year. */
const COARSE_SLACK_DAYS = 31;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function isCoarse(precision: string): boolean {
  return precision.startsWith('month') || precision.startsWith('year');
}

/** How two date ranges relate: null when too far apart to be one incident, else their overlap over their union. */
export function dateAffinity(gold: GoldIncident['date'], predicted: PredictedIncident['date']): number | null {
  const [gs, ge, ps, pe] = [dayNumber(gold.start), dayNumber(gold.end), dayNumber(predicted.start), dayNumber(predicted.end)];
  if ([gs, ge, ps, pe].some(Number.isNaN)) return null;
  const overlap = Math.min(ge, pe) - Math.max(gs, ps) + 1;
  if (overlap > 0) return overlap / (Math.max(ge, pe) - Math.min(gs, ps) + 1);
  const gap = -overlap + 1;
  return (isCoarse(gold.precision) || isCoarse(predicted.precision)) && gap <= COARSE_SLACK_DAYS ? 0 : null;
}

function resolvedPlaces(predicted: PredictedIncident, places: PlaceIndex): string[] {
  return [...new Set(predicted.places.flatMap((p) => places.resolve(p)))];
}

/** True when a predicted place is the gold place or lies inside it. */
function covers(gold: string, predicted: string[], places: PlaceIndex): boolean {
  return predicted.some((p) => p === gold || places.ancestors(p).includes(gold));
}

/** True when the two are the same place or one contains the other. */
function related(gold: string, predicted: string[], places: PlaceIndex): boolean {
  return covers(gold, predicted, places) || predicted.some((p) => places.ancestors(gold).includes(p));
}

export function figureFound(figure: GoldFigure, predicted: PredictedIncident): boolean {
  return predicted.casualties.some((row) => row.outcome === figure.outcome && row.side === figure.side && row.low <= figure.value && figure.value <= row.high);
}

/**
 * How well a predicted incident fits a gold one, or null when they cannot be the same.
 * Dates must overlap, or lie within a month when either is known only to the month or year.
 * Places count next: shared places (or one inside the other) raise the score; when both
 * name places and none relate, the pair is allowed only on overlapping dates, and scores
 * lower, so a wrong place shows up in the place metric rather than as a missed incident.
 * The same sub-event type breaks ties.
 */
export function pairScore(gold: GoldIncident, predicted: PredictedIncident, places: PlaceIndex): number | null {
  const affinity = dateAffinity(gold.date, predicted.date);
  if (affinity === null) return null;
  const ids = resolvedPlaces(predicted, places);
  const conflict = gold.places.length > 0 && ids.length > 0 && !gold.places.some((g) => related(g, ids, places));
  if (conflict && affinity === 0) return null;
  const exact = gold.date.start === predicted.date.start && gold.date.end === predicted.date.end;
  const placeShare = gold.places.length ? gold.places.filter((g) => covers(g, ids, places)).length / gold.places.length : 0;
  const typeBonus = gold.type === predicted.type.sub_event_type ? 0.1 : 0;
  return (exact ? 1 : 0) + affinity + placeShare + typeBonus - (conflict ? 0.5 : 0);
}

function judge(gold: GoldIncident, predicted: PredictedIncident, index: number, score: number, places: PlaceIndex): Match {
  const ids = resolvedPlaces(predicted, places);
  const sides = new Set(predicted.claims.map((c) => c.claimant.country));
  return {
    gold: gold.id,
    predicted: index,
    score,
    exact_date: gold.date.start === predicted.date.start && gold.date.end === predicted.date.end,
    type: gold.type === predicted.type.sub_event_type,
    place: gold.places.length ? gold.places.every((g) => covers(g, ids, places)) : null,
    casualties: { hit: gold.casualties.filter((f) => figureFound(f, predicted)).length, of: gold.casualties.length },
    claimant_side: gold.claimant_sides.length ? gold.claimant_sides.every((s) => sides.has(s)) : null,
  };
}

function count(matches: Match[], pick: (m: Match) => boolean | null): Ratio {
  const judged = matches.map(pick).filter((v): v is boolean => v !== null);
  return { hit: judged.filter(Boolean).length, of: judged.length };
}

/**
 * Scores one document: predicted non-background incidents are matched one-to-one to gold
 * incidents, greedily by best pair score, then each metric is counted over the matches.
 * @example scoreDocument('gv-2024-02-flare-up', gold.incidents, result.incidents, placeIndex(record.places))
 */
export function scoreDocument(documentId: string, gold: GoldIncident[], predicted: PredictedIncident[], places: PlaceIndex): DocumentScore {
  const candidates = predicted.map((p, index) => ({ p, index })).filter(({ p }) => !p.background);
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    for (const { p, index } of candidates) {
      const score = pairScore(g, p, places);
      if (score !== null) pairs.push({ g: gi, p: index, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: Match[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPredicted.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPredicted.add(pair.p);
    matches.push(judge(gold[pair.g], predicted[pair.p], pair.p, pair.score, places));
  }
  matches.sort((a, b) => gold.findIndex((g) => g.id === a.gold) - gold.findIndex((g) => g.id === b.gold));
  const casualties = matches.reduce((acc, m) => ({ hit: acc.hit + m.casualties.hit, of: acc.of + m.casualties.of }), { hit: 0, of: 0 });
  return {
    document_id: documentId,
    incident_recall: { hit: matches.length, of: gold.length },
    incident_precision: { hit: matches.length, of: candidates.length },
    exact_date: count(matches, (m) => m.exact_date),
    place: count(matches, (m) => m.place),
    casualty: casualties,
    claimant_side: count(matches, (m) => m.claimant_side),
    type: count(matches, (m) => m.type),
    matches,
    missed: gold.filter((_, gi) => !usedGold.has(gi)).map((g) => g.id),
    spurious: candidates.filter(({ index }) => !usedPredicted.has(index)).map(({ index }) => index),
  };
}

const METRIC_KEYS = ['incident_recall', 'incident_precision', 'exact_date', 'place', 'casualty', 'claimant_side', 'type'] as const;

/** The documents' counts added up (micro-averaged). */
export function overall(scores: DocumentScore[]): Metrics {
  const total = Object.fromEntries(METRIC_KEYS.map((k) => [k, { hit: 0, of: 0 }])) as Metrics;
  for (const s of scores) for (const k of METRIC_KEYS) total[k] = { hit: total[k].hit + s[k].hit, of: total[k].of + s[k].of };
  return total;
}

/** A ratio as a number in [0, 1], rounded to 3 places; null when there was nothing to count. */
export function rate(r: Ratio): number | null {
  return r.of ? Math.round((r.hit / r.of) * 1000) / 1000 : null;
}

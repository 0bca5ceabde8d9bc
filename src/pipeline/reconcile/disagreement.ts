import type { Claim, DateRange, IncidentPlace, Responsibility } from '../../domain/index.js';
import { finestPlaces, placesMatch } from './place-match.js';
import type { Report } from './report.js';
import type { Disagreement } from './reconciled-incident.js';

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** Share of day-dated reports whose dates miss the dates most independent sources give. */
export function dateDisagreement(reports: Report[], sourceOf: (r: Report) => string): number {
  const precise = reports.filter((r) => r.date.precision === 'day' || r.date.precision === 'days');
  if (precise.length < 2) return 0;
  const votes = new Map<string, { date: DateRange; sources: Set<string> }>();
  for (const r of precise) {
    const key = `${r.date.start}/${r.date.end}`;
    const v = votes.get(key) ?? { date: r.date, sources: new Set() };
    v.sources.add(sourceOf(r));
    votes.set(key, v);
  }
  const modal = [...votes.values()].sort((a, b) => b.sources.size - a.sources.size || (a.date.start < b.date.start ? -1 : 1))[0].date;
  return share(precise.filter((r) => r.date.start > modal.end || r.date.end < modal.start).length, precise.length);
}

/** Share of located reports whose finest places cannot be the incident's places. */
export function placeDisagreement(reports: Report[], merged: Report['places']): number {
  const located = reports.filter((r) => r.places.length > 0);
  return share(located.filter((r) => placesMatch(finestPlaces(r.places), merged) < 0).length, located.length);
}

/** Share of reports (statements aside, beside violence) whose event type is not the incident's. */
export function typeDisagreement(reports: Report[], eventType: string): number {
  const typed = reports.filter((r) => eventType === 'Strategic developments' || r.type.event_type !== 'Strategic developments');
  return share(typed.filter((r) => r.type.event_type !== eventType).length, typed.length);
}

/**
 * The widest spread of stated counts for any (outcome, group, side): (high - low) / (high + 1)
 * over the counts the claims state, so 3 against 3 is 0, 4 against 6 is 0.29, 1 against 100 is 0.98.
 */
export function casualtyDisagreement(claims: Claim[]): number {
  const cells = new Map<string, { low: number; high: number }>();
  for (const c of claims) {
    if (c.status === 'rejected') continue;
    for (const f of c.casualties) {
      const key = `${f.combined?.join('+') ?? f.outcome}|${f.group}|${f.side}`;
      const cell = cells.get(key);
      if (cell) {
        cell.low = Math.min(cell.low, f.count);
        cell.high = Math.max(cell.high, f.count);
      } else cells.set(key, { low: f.count, high: f.count });
    }
  }
  let worst = 0;
  for (const { low, high } of cells.values()) worst = Math.max(worst, (high - low) / (high + 1));
  return worst;
}

/** Each field, and their mean as the score. */
export function disagreementOf(
  reports: Report[],
  merged: { places: (IncidentPlace & Report['places'][number])[]; event_type: string; claims: Claim[]; responsibility: Responsibility },
  sourceOf: (r: Report) => string,
): Disagreement {
  const fields = {
    date: dateDisagreement(reports, sourceOf),
    place: placeDisagreement(reports, merged.places),
    type: typeDisagreement(reports, merged.event_type),
    casualties: casualtyDisagreement(merged.claims),
    responsibility: merged.responsibility.status === 'disputed' ? 1 : 0,
  };
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const values = Object.values(fields);
  return {
    score: round(values.reduce((a, b) => a + b, 0) / values.length),
    fields: { date: round(fields.date), place: round(fields.place), type: round(fields.type), casualties: round(fields.casualties), responsibility: fields.responsibility },
  };
}

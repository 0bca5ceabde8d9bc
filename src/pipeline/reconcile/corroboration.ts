import type { Report } from './report.js';
import type { Corroboration, MergeContext } from './reconciled-incident.js';

/** The side a claimant counts for: a party's code, "third", or "unknown". */
export function sideFor(side: string, parties?: string[]): string {
  if (side === 'unknown' || side === 'third') return side;
  return !parties || parties.includes(side) ? side : 'third';
}

/**
 * Independent sources and the sides they carry. A source counts for the side of each claimant
 * it reports (a wire quoting both ministries counts for both); a report without claims counts
 * for its publisher's side. Both sides confirm when claimants of two parties report the
 * occurrence in anything but a denial.
 */
export function corroborationOf(reports: Report[], sourceOfReport: (r: Report) => string, ctx: Pick<MergeContext, 'sideOf' | 'parties'>): Corroboration {
  const sidesBySource = new Map<string, Set<string>>();
  const confirming = new Set<string>();
  for (const r of reports) {
    const source = sourceOfReport(r);
    const sides = sidesBySource.get(source) ?? new Set<string>();
    sidesBySource.set(source, sides);
    const claims = r.claims.filter((c) => c.status !== 'rejected');
    if (claims.length === 0) {
      const side = sideFor(ctx.sideOf(r.source_id), ctx.parties);
      sides.add(side);
      confirming.add(side);
    }
    for (const c of claims) {
      const side = sideFor(ctx.sideOf(c.claimant_id), ctx.parties);
      sides.add(side);
      if (c.kind !== 'denial' && c.stance !== 'denies') confirming.add(side);
    }
  }
  const bySide: Record<string, number> = {};
  for (const sides of sidesBySource.values()) for (const s of sides) bySide[s] = (bySide[s] ?? 0) + 1;
  const partiesConfirming = [...confirming].filter((s) => s !== 'third' && s !== 'unknown');
  return {
    independent_sources: sidesBySource.size,
    by_side: Object.fromEntries(Object.entries(bySide).sort(([a], [b]) => (a < b ? -1 : 1))),
    both_sides_confirm: partiesConfirming.length >= 2,
  };
}

import type { CasualtyRange } from './casualty.js';
import type { Claim } from './claim.js';

/**
 * THE RULE for an incident's casualty figures, per (outcome, group, side), over the
 * figures its claims state (rejected claims excluded). Written out in docs/casualty-rule.md.
 *
 * - low: the smallest lower bound any claim sets ("at least 4" sets 4, "more than 200"
 *   sets 201, an exact 6 sets 6; "up to 20" sets none). 0 when no claim sets one.
 * - high: the largest figure any claim states, whether as a count or an upper bound.
 * - best: the count stated by the most independent sources (distinct publishers); on a tie,
 *   the smaller count. Then held within [low, high].
 * - conservative (ACLED's single figure): low.
 *
 * @example
 * casualtyRanges(claims, (documentId) => publisherOf(documentId))
 */
export function casualtyRanges(claims: Claim[], sourceOf: (documentId: string) => string): CasualtyRange[] {
  type Cell = { lows: number[]; highs: number[]; votes: Map<number, Set<string>>; claimIds: Set<string>; combined?: CasualtyRange['combined'] };
  const cells = new Map<string, Cell & { key: [string, string, string] }>();
  for (const claim of claims) {
    if (claim.status === 'rejected') continue;
    for (const figure of claim.casualties) {
      const id = `${figure.combined?.join('+') ?? figure.outcome}|${figure.group}|${figure.side}`;
      let cell = cells.get(id);
      if (!cell) {
        cell = { key: [figure.outcome, figure.group, figure.side], lows: [], highs: [], votes: new Map(), claimIds: new Set(), combined: figure.combined };
        cells.set(id, cell);
      }
      if (figure.low !== undefined) cell.lows.push(figure.low);
      cell.highs.push(Math.max(figure.count, figure.high ?? figure.count));
      const voters = cell.votes.get(figure.count) ?? new Set<string>();
      voters.add(sourceOf(claim.document_id));
      cell.votes.set(figure.count, voters);
      cell.claimIds.add(claim.id);
    }
  }
  const ranges: CasualtyRange[] = [];
  for (const cell of cells.values()) {
    const low = cell.lows.length ? Math.min(...cell.lows) : 0;
    const high = Math.max(low, ...cell.highs);
    const [best] = [...cell.votes.entries()]
      .map(([count, voters]) => ({ count, votes: voters.size }))
      .sort((a, b) => b.votes - a.votes || a.count - b.count);
    const [outcome, group, side] = cell.key;
    ranges.push({
      outcome: outcome as CasualtyRange['outcome'],
      group: group as CasualtyRange['group'],
      side,
      low,
      best: Math.min(high, Math.max(low, best.count)),
      high,
      conservative: low,
      claim_ids: [...cell.claimIds],
      ...(cell.combined ? { combined: cell.combined } : {}),
    });
  }
  const order = ['killed', 'wounded', 'missing', 'captured', 'displaced'];
  return ranges.sort(
    (a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome) || a.side.localeCompare(b.side) || a.group.localeCompare(b.group),
  );
}
